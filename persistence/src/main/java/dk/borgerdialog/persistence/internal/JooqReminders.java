package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.REMINDER;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.persistence.internal.jooq.tables.records.ReminderRecord;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.reminder.model.Reminder;
import dk.borgerdialog.reminder.model.ReminderId;
import dk.borgerdialog.reminder.model.ReminderStatus;
import dk.borgerdialog.reminder.model.Reminders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.exception.DataAccessException;

/** Reminders in jOOQ, with optimistic versions. */
public final class JooqReminders implements Reminders {
  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqReminders(DSLContext dsl) {
    this.dsl = dsl;
  }

  /**
   * {@inheritDoc}
   *
   * <p>All are added in one statement, so that they are added together or not at all.
   *
   * @throws InvalidInputException if an offset is not whole seconds
   * @throws dk.borgerdialog.common.ConflictException if an id exists already
   * @throws dk.borgerdialog.common.UnableToAccessDatabaseException if an appointment does not exist
   */
  @Override
  public void addAll(List<Reminder> reminders) {
    Objects.requireNonNull(reminders, "reminders");
    if (reminders.isEmpty()) {
      return;
    }
    InsertSetMoreStep<ReminderRecord> insert = dsl.insertInto(REMINDER).set(row(reminders.get(0)));
    for (Reminder reminder : reminders.subList(1, reminders.size())) {
      insert = insert.newRecord().set(row(reminder));
    }
    try {
      insert.execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(
          e, "a reminder of appointment " + reminders.get(0).appointment() + " already exists");
    }
  }

  @Override
  public Reminder update(Reminder reminder) {
    Objects.requireNonNull(reminder, "reminder");
    UUID id = reminder.id().value();
    ReminderRecord row = row(reminder);
    row.setVersion(reminder.version() + 1);
    int rows;
    try {
      rows =
          dsl.update(REMINDER)
              .set(row)
              .where(REMINDER.ID.eq(id))
              .and(REMINDER.VERSION.eq(reminder.version()))
              .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "reminder " + reminder.id() + " was changed concurrently");
    }
    Versions.requireUpdated(dsl, rows, REMINDER, REMINDER.ID, id, "reminder");
    return withVersion(reminder, reminder.version() + 1);
  }

  @Override
  public Optional<Reminder> byId(ReminderId id) {
    Objects.requireNonNull(id, "id");
    return dsl.selectFrom(REMINDER)
        .where(REMINDER.ID.eq(id.value()))
        .fetchOptional(JooqReminders::toReminder);
  }

  @Override
  public Optional<Reminder> lockById(ReminderId id) {
    Objects.requireNonNull(id, "id");
    return dsl.selectFrom(REMINDER)
        .where(REMINDER.ID.eq(id.value()))
        .forUpdate()
        .fetchOptional(JooqReminders::toReminder);
  }

  @Override
  public List<Reminder> undelivered(UnitId unit, Instant since, int limit) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(since, "since");
    return dsl.selectFrom(REMINDER)
        .where(REMINDER.UNIT_ID.eq(unit.value()))
        .and(REMINDER.STATUS.eq(ReminderStatus.UNDELIVERED.name()))
        .and(REMINDER.APPOINTMENT_START.ge(since))
        .orderBy(REMINDER.DUE_AT.desc(), REMINDER.ID)
        .limit(limit)
        .fetch(JooqReminders::toReminder);
  }

  @Override
  public List<Reminder> of(AppointmentId appointment) {
    Objects.requireNonNull(appointment, "appointment");
    return dsl.selectFrom(REMINDER)
        .where(REMINDER.APPOINTMENT_ID.eq(appointment.value()))
        .orderBy(REMINDER.DUE_AT, REMINDER.ID)
        .fetch(JooqReminders::toReminder);
  }

  private ReminderRecord row(Reminder r) {
    Duration offset = r.offset();
    if (offset.getNano() != 0) {
      throw new InvalidInputException("offset", "must be whole seconds");
    }
    ChannelKind sentVia = r.sentVia();
    ReminderRecord row = dsl.newRecord(REMINDER);
    row.setId(r.id().value());
    row.setAppointmentId(r.appointment().value());
    row.setCitizenId(r.citizen().value());
    row.setUnitId(r.unit().value());
    row.setOffsetSeconds(offset.getSeconds());
    row.setDueAt(r.dueAt());
    row.setAppointmentStart(r.appointmentStart());
    row.setStatus(r.status().name());
    row.setSentVia(sentVia == null ? null : sentVia.name());
    row.setSentAt(r.sentAt());
    row.setVersion(r.version());
    return row;
  }

  static Reminder toReminder(ReminderRecord r) {
    String sentVia = r.getSentVia();
    return new Reminder(
        new ReminderId(r.getId()),
        new AppointmentId(r.getAppointmentId()),
        new CitizenId(r.getCitizenId()),
        new UnitId(r.getUnitId()),
        Duration.ofSeconds(r.getOffsetSeconds()),
        r.getDueAt(),
        r.getAppointmentStart(),
        ReminderStatus.valueOf(r.getStatus()),
        sentVia == null ? null : ChannelKind.valueOf(sentVia),
        r.getSentAt(),
        r.getVersion());
  }

  private static Reminder withVersion(Reminder r, long version) {
    return new Reminder(
        r.id(),
        r.appointment(),
        r.citizen(),
        r.unit(),
        r.offset(),
        r.dueAt(),
        r.appointmentStart(),
        r.status(),
        r.sentVia(),
        r.sentAt(),
        version);
  }
}
