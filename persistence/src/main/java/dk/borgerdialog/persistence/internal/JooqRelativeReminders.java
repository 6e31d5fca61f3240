package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.RELATIVE_REMINDER;
import static dk.borgerdialog.persistence.internal.jooq.Tables.RELATIVE_REMINDER_ATTEMPT;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.persistence.internal.jooq.tables.records.RelativeReminderRecord;
import dk.borgerdialog.relative.model.RelativeId;
import dk.borgerdialog.reminder.model.DeliveryAttempt;
import dk.borgerdialog.reminder.model.RelativeReminder;
import dk.borgerdialog.reminder.model.RelativeReminderLog;
import dk.borgerdialog.reminder.model.RelativeReminders;
import dk.borgerdialog.reminder.model.ReminderId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;

/**
 * Relatives' copies of reminders and their attempts in jOOQ. {@link #addOnce} relies on the unique
 * (reminder, relative); an attempt's reminder is read from its copy. A reminder's copies with their
 * attempts ({@link #logOf}) are one join.
 */
public final class JooqRelativeReminders implements RelativeReminders {
  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqRelativeReminders(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public boolean addOnce(RelativeReminder copy) {
    Objects.requireNonNull(copy, "copy");
    try {
      return dsl.insertInto(RELATIVE_REMINDER)
              .set(RELATIVE_REMINDER.ID, copy.id())
              .set(RELATIVE_REMINDER.REMINDER_ID, copy.reminder().value())
              .set(RELATIVE_REMINDER.RELATIVE_ID, copy.relative().value())
              .set(RELATIVE_REMINDER.CITIZEN_ID, copy.citizen().value())
              .set(RELATIVE_REMINDER.CREATED_AT, copy.createdAt())
              .set(RELATIVE_REMINDER.STATUS, copy.status().name())
              .set(
                  RELATIVE_REMINDER.SENT_VIA, copy.sentVia() == null ? null : copy.sentVia().name())
              .set(RELATIVE_REMINDER.FINISHED_AT, copy.finishedAt())
              .set(RELATIVE_REMINDER.VERSION, copy.version())
              .onConflictDoNothing()
              .execute()
          == 1;
    } catch (DataAccessException e) {
      if (SqlErrors.UNIQUE_VIOLATION.equals(e.sqlState())) {
        // H2 only, as for notice deliveries: a concurrent insert of the same copy
        return false;
      }
      throw SqlErrors.translate(e, "relative reminder " + copy.id() + " was added concurrently");
    }
  }

  @Override
  public Optional<RelativeReminder> byId(UUID id) {
    Objects.requireNonNull(id, "id");
    return dsl.selectFrom(RELATIVE_REMINDER)
        .where(RELATIVE_REMINDER.ID.eq(id))
        .fetchOptional(JooqRelativeReminders::toCopy);
  }

  @Override
  public Optional<RelativeReminder> lockById(UUID id) {
    Objects.requireNonNull(id, "id");
    return dsl.selectFrom(RELATIVE_REMINDER)
        .where(RELATIVE_REMINDER.ID.eq(id))
        .forUpdate()
        .fetchOptional(JooqRelativeReminders::toCopy);
  }

  @Override
  public List<RelativeReminder> ofReminder(ReminderId reminder) {
    Objects.requireNonNull(reminder, "reminder");
    return dsl.selectFrom(RELATIVE_REMINDER)
        .where(RELATIVE_REMINDER.REMINDER_ID.eq(reminder.value()))
        .orderBy(RELATIVE_REMINDER.CREATED_AT, RELATIVE_REMINDER.ID)
        .fetch(JooqRelativeReminders::toCopy);
  }

  @Override
  public RelativeReminder update(RelativeReminder copy) {
    Objects.requireNonNull(copy, "copy");
    int rows;
    try {
      rows =
          dsl.update(RELATIVE_REMINDER)
              .set(RELATIVE_REMINDER.STATUS, copy.status().name())
              .set(
                  RELATIVE_REMINDER.SENT_VIA, copy.sentVia() == null ? null : copy.sentVia().name())
              .set(RELATIVE_REMINDER.FINISHED_AT, copy.finishedAt())
              .set(RELATIVE_REMINDER.VERSION, copy.version() + 1)
              .where(RELATIVE_REMINDER.ID.eq(copy.id()))
              .and(RELATIVE_REMINDER.VERSION.eq(copy.version()))
              .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "relative reminder " + copy.id() + " was changed concurrently");
    }
    Versions.requireUpdated(
        dsl, rows, RELATIVE_REMINDER, RELATIVE_REMINDER.ID, copy.id(), "relative reminder");
    return byId(copy.id()).orElseThrow();
  }

  @Override
  public int withdrawPending(List<ReminderId> reminders, Instant at) {
    Objects.requireNonNull(reminders, "reminders");
    Objects.requireNonNull(at, "at");
    if (reminders.isEmpty()) {
      return 0;
    }
    try {
      return dsl.update(RELATIVE_REMINDER)
          .set(RELATIVE_REMINDER.STATUS, RelativeReminder.Status.WITHDRAWN.name())
          .set(RELATIVE_REMINDER.FINISHED_AT, at)
          .set(RELATIVE_REMINDER.VERSION, RELATIVE_REMINDER.VERSION.plus(1L))
          .where(
              RELATIVE_REMINDER.REMINDER_ID.in(reminders.stream().map(ReminderId::value).toList()))
          .and(RELATIVE_REMINDER.STATUS.eq(RelativeReminder.Status.PENDING.name()))
          .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "relative reminders were changed concurrently");
    }
  }

  @Override
  public void addAttempt(UUID copy, DeliveryAttempt attempt) {
    Objects.requireNonNull(copy, "copy");
    Objects.requireNonNull(attempt, "attempt");
    try {
      dsl.insertInto(RELATIVE_REMINDER_ATTEMPT)
          .set(RELATIVE_REMINDER_ATTEMPT.ID, attempt.id())
          .set(RELATIVE_REMINDER_ATTEMPT.RELATIVE_REMINDER_ID, copy)
          .set(RELATIVE_REMINDER_ATTEMPT.CHANNEL, attempt.channel().name())
          .set(RELATIVE_REMINDER_ATTEMPT.IDEMPOTENCY_KEY, attempt.idempotencyKey())
          .set(RELATIVE_REMINDER_ATTEMPT.ATTEMPTED_AT, attempt.attemptedAt())
          .set(RELATIVE_REMINDER_ATTEMPT.OUTCOME, attempt.outcome().name())
          .set(RELATIVE_REMINDER_ATTEMPT.PROVIDER_ID, attempt.providerId())
          .set(RELATIVE_REMINDER_ATTEMPT.ERROR, attempt.error())
          .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "relative reminder attempt " + attempt.id() + " already exists");
    }
  }

  @Override
  public List<DeliveryAttempt> attempts(UUID copy) {
    Objects.requireNonNull(copy, "copy");
    return dsl.select(RELATIVE_REMINDER_ATTEMPT.fields())
        .select(RELATIVE_REMINDER.REMINDER_ID)
        .from(RELATIVE_REMINDER_ATTEMPT)
        .join(RELATIVE_REMINDER)
        .on(RELATIVE_REMINDER.ID.eq(RELATIVE_REMINDER_ATTEMPT.RELATIVE_REMINDER_ID))
        .where(RELATIVE_REMINDER_ATTEMPT.RELATIVE_REMINDER_ID.eq(copy))
        .orderBy(RELATIVE_REMINDER_ATTEMPT.ATTEMPTED_AT, RELATIVE_REMINDER_ATTEMPT.SEQ)
        .fetch(r -> toAttempt(r, new ReminderId(r.get(RELATIVE_REMINDER.REMINDER_ID))));
  }

  /**
   * {@inheritDoc}
   *
   * <p>One statement: the copies joined with their attempts (a copy without attempts on a row of
   * its own), in the order of {@link #ofReminder} and then of {@link #attempts}.
   */
  @Override
  public List<RelativeReminderLog> logOf(ReminderId reminder) {
    Objects.requireNonNull(reminder, "reminder");
    Map<UUID, RelativeReminder> copies = new LinkedHashMap<>();
    Map<UUID, List<DeliveryAttempt>> attempts = new HashMap<>();
    dsl.select(RELATIVE_REMINDER.fields())
        .select(RELATIVE_REMINDER_ATTEMPT.fields())
        .from(RELATIVE_REMINDER)
        .leftJoin(RELATIVE_REMINDER_ATTEMPT)
        .on(RELATIVE_REMINDER_ATTEMPT.RELATIVE_REMINDER_ID.eq(RELATIVE_REMINDER.ID))
        .where(RELATIVE_REMINDER.REMINDER_ID.eq(reminder.value()))
        .orderBy(
            RELATIVE_REMINDER.CREATED_AT,
            RELATIVE_REMINDER.ID,
            RELATIVE_REMINDER_ATTEMPT.ATTEMPTED_AT,
            RELATIVE_REMINDER_ATTEMPT.SEQ)
        .forEach(
            r -> {
              UUID copy = r.get(RELATIVE_REMINDER.ID);
              copies.computeIfAbsent(copy, c -> toCopy(r.into(RELATIVE_REMINDER)));
              List<DeliveryAttempt> ofCopy = attempts.computeIfAbsent(copy, c -> new ArrayList<>());
              if (r.get(RELATIVE_REMINDER_ATTEMPT.ID) != null) {
                ofCopy.add(toAttempt(r, reminder));
              }
            });
    return copies.values().stream()
        .map(copy -> new RelativeReminderLog(copy, attempts.get(copy.id())))
        .toList();
  }

  private static DeliveryAttempt toAttempt(Record r, ReminderId reminder) {
    return new DeliveryAttempt(
        r.get(RELATIVE_REMINDER_ATTEMPT.ID),
        reminder,
        ChannelKind.valueOf(r.get(RELATIVE_REMINDER_ATTEMPT.CHANNEL)),
        r.get(RELATIVE_REMINDER_ATTEMPT.IDEMPOTENCY_KEY),
        r.get(RELATIVE_REMINDER_ATTEMPT.ATTEMPTED_AT),
        DeliveryAttempt.Outcome.valueOf(r.get(RELATIVE_REMINDER_ATTEMPT.OUTCOME)),
        r.get(RELATIVE_REMINDER_ATTEMPT.PROVIDER_ID),
        r.get(RELATIVE_REMINDER_ATTEMPT.ERROR));
  }

  private static RelativeReminder toCopy(RelativeReminderRecord r) {
    return new RelativeReminder(
        r.getId(),
        new ReminderId(r.getReminderId()),
        new RelativeId(r.getRelativeId()),
        new CitizenId(r.getCitizenId()),
        r.getCreatedAt(),
        RelativeReminder.Status.valueOf(r.getStatus()),
        r.getSentVia() == null ? null : ChannelKind.valueOf(r.getSentVia()),
        r.getFinishedAt(),
        r.getVersion());
  }
}
