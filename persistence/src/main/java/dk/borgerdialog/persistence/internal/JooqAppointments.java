package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.APPOINTMENT;
import static dk.borgerdialog.persistence.internal.jooq.Tables.APPOINTMENT_PARTICIPANT;

import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.persistence.internal.jooq.tables.records.AppointmentParticipantRecord;
import dk.borgerdialog.persistence.internal.jooq.tables.records.AppointmentRecord;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.Appointments;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.plan.model.FreeSlotId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jspecify.annotations.Nullable;

/** Appointments and their participants in jOOQ. */
public final class JooqAppointments implements Appointments {
  private final DSLContext dsl;
  private final Transactions transactions;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   * @param transactions the transactions that make an appointment and its participants one write
   */
  public JooqAppointments(DSLContext dsl, Transactions transactions) {
    this.dsl = dsl;
    this.transactions = transactions;
  }

  @Override
  public void add(Appointment appointment) {
    transactions.inTransaction(
        () -> {
          AppointmentRecord row = dsl.newRecord(APPOINTMENT);
          row.setId(appointment.id().value());
          row.setVersion(appointment.version());
          write(row, appointment);
          try {
            dsl.insertInto(APPOINTMENT).set(row).execute();
          } catch (DataAccessException e) {
            throw SqlErrors.translate(e, "appointment " + appointment.id() + " already exists");
          }
          insertParticipants(appointment);
          return null;
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>Two JDBC batches: the appointments, then their participants. Each statement is rendered once
   * and bound per row (rather than one rendered insert per record, which costs more CPU than the
   * database spends on the rows).
   */
  @Override
  public void addAll(List<Appointment> appointments) {
    if (appointments.isEmpty()) {
      return;
    }
    transactions.inTransaction(
        () -> {
          org.jooq.Field<?>[] fields = APPOINTMENT.fields();
          org.jooq.BatchBindStep rows =
              dsl.batch(
                  dsl.insertInto(APPOINTMENT).columns(fields).values(new Object[fields.length]));
          org.jooq.BatchBindStep participants =
              dsl.batch(
                  dsl.insertInto(
                          APPOINTMENT_PARTICIPANT,
                          APPOINTMENT_PARTICIPANT.APPOINTMENT_ID,
                          APPOINTMENT_PARTICIPANT.STAFF_MEMBER_ID,
                          APPOINTMENT_PARTICIPANT.POSITION_NO)
                      .values((UUID) null, (UUID) null, (Integer) null));
          boolean anyParticipant = false;
          for (Appointment appointment : appointments) {
            AppointmentRecord row = dsl.newRecord(APPOINTMENT);
            row.setId(appointment.id().value());
            row.setVersion(appointment.version());
            write(row, appointment);
            rows = rows.bind(row.intoArray());
            for (AppointmentParticipantRecord p : participantRows(appointment)) {
              participants =
                  participants.bind(p.getAppointmentId(), p.getStaffMemberId(), p.getPositionNo());
              anyParticipant = true;
            }
          }
          try {
            rows.execute();
          } catch (DataAccessException e) {
            throw SqlErrors.translate(e, "an appointment of the batch already exists");
          }
          if (anyParticipant) {
            participants.execute();
          }
          return null;
        });
  }

  @Override
  public Appointment update(Appointment appointment) {
    return transactions.inTransaction(
        () -> {
          UUID id = appointment.id().value();
          AppointmentRecord row = dsl.newRecord(APPOINTMENT);
          write(row, appointment);
          row.setVersion(appointment.version() + 1);
          int rows;
          try {
            rows =
                dsl.update(APPOINTMENT)
                    .set(row)
                    .where(APPOINTMENT.ID.eq(id))
                    .and(APPOINTMENT.VERSION.eq(appointment.version()))
                    .execute();
          } catch (DataAccessException e) {
            throw SqlErrors.translate(
                e, "appointment " + appointment.id() + " was changed concurrently");
          }
          Versions.requireUpdated(dsl, rows, APPOINTMENT, APPOINTMENT.ID, id, "appointment");
          dsl.deleteFrom(APPOINTMENT_PARTICIPANT)
              .where(APPOINTMENT_PARTICIPANT.APPOINTMENT_ID.eq(id))
              .execute();
          insertParticipants(appointment);
          return withVersion(appointment, appointment.version() + 1);
        });
  }

  @Override
  public Optional<Appointment> byId(AppointmentId id) {
    AppointmentRecord row =
        dsl.selectFrom(APPOINTMENT).where(APPOINTMENT.ID.eq(id.value())).fetchOne();
    if (row == null) {
      return Optional.empty();
    }
    List<StaffMemberId> participants =
        participantsOf(dsl, List.of(id.value())).getOrDefault(id.value(), List.of());
    return Optional.of(toAppointment(row, participants));
  }

  @Override
  public Optional<AppointmentStatus> statusOf(AppointmentId id) {
    return dsl.select(APPOINTMENT.STATUS)
        .from(APPOINTMENT)
        .where(APPOINTMENT.ID.eq(id.value()))
        .fetchOptional(r -> AppointmentStatus.valueOf(r.value1()));
  }

  @Override
  public List<Appointment> ofCitizen(
      dk.borgerdialog.citizen.model.CitizenId citizen, java.time.Instant from, int limit) {
    Versions.requireLimit(limit);
    List<AppointmentRecord> rows =
        dsl.selectFrom(APPOINTMENT)
            .where(APPOINTMENT.CITIZEN_ID.eq(citizen.value()))
            .and(APPOINTMENT.STARTS_AT.ge(from))
            .orderBy(APPOINTMENT.STARTS_AT, APPOINTMENT.ID)
            .limit(limit)
            .fetch();
    java.util.Map<java.util.UUID, List<StaffMemberId>> participants =
        participantsOf(dsl, rows.stream().map(AppointmentRecord::getId).toList());
    return rows.stream()
        .map(r -> toAppointment(r, participants.getOrDefault(r.getId(), List.of())))
        .toList();
  }

  private void insertParticipants(Appointment appointment) {
    List<AppointmentParticipantRecord> rows = participantRows(appointment);
    if (!rows.isEmpty()) {
      dsl.batchInsert(rows).execute();
    }
  }

  private static List<AppointmentParticipantRecord> participantRows(Appointment appointment) {
    List<AppointmentParticipantRecord> rows = new ArrayList<>();
    for (int i = 0; i < appointment.participants().size(); i++) {
      rows.add(
          new AppointmentParticipantRecord(
              appointment.id().value(), appointment.participants().get(i).value(), i));
    }
    return rows;
  }

  /** The participants of appointments, in the order they were given, in one query. */
  static Map<UUID, List<StaffMemberId>> participantsOf(
      DSLContext dsl, Collection<UUID> appointments) {
    if (appointments.isEmpty()) {
      return Map.of();
    }
    return dsl
        .selectFrom(APPOINTMENT_PARTICIPANT)
        .where(APPOINTMENT_PARTICIPANT.APPOINTMENT_ID.in(appointments))
        .orderBy(APPOINTMENT_PARTICIPANT.APPOINTMENT_ID, APPOINTMENT_PARTICIPANT.POSITION_NO)
        .fetch()
        .stream()
        .collect(
            Collectors.groupingBy(
                AppointmentParticipantRecord::getAppointmentId,
                Collectors.mapping(
                    r -> new StaffMemberId(r.getStaffMemberId()), Collectors.toList())));
  }

  private static void write(AppointmentRecord row, Appointment a) {
    CancellationReason cancellation = a.cancellation();
    ActorKind cancelledBy = a.cancelledBy();
    row.setCourseId(a.course().value());
    row.setCitizenId(a.citizen().value());
    row.setUnitId(a.unit().value());
    row.setAppointmentType(a.type().code());
    row.setStartsAt(a.start());
    row.setEndsAt(a.end());
    row.setModeKind(a.mode().code());
    row.setModeAddress(Modes.address(a.mode()));
    row.setModeLink(Modes.link(a.mode()));
    row.setStatus(a.status().name());
    row.setCancelReasonCode(cancellation == null ? null : cancellation.code().name());
    row.setCancelReasonText(cancellation == null ? null : cancellation.text());
    row.setCancelledBy(cancelledBy == null ? null : cancelledBy.name());
    row.setReplacesId(uuid(a.replaces()));
    row.setReplacedById(uuid(a.replacedBy()));
    FreeSlotId slot = a.slot();
    row.setSlotId(slot == null ? null : slot.value());
    row.setBookedAt(a.bookedAt());
    row.setChangedAt(a.changedAt());
  }

  private static @Nullable UUID uuid(@Nullable AppointmentId id) {
    return id == null ? null : id.value();
  }

  private static @Nullable AppointmentId appointmentId(@Nullable UUID id) {
    return id == null ? null : new AppointmentId(id);
  }

  static Appointment toAppointment(AppointmentRecord r, List<StaffMemberId> participants) {
    String reasonCode = r.getCancelReasonCode();
    String cancelledBy = r.getCancelledBy();
    UUID slot = r.getSlotId();
    return new Appointment(
        new AppointmentId(r.getId()),
        new CourseId(r.getCourseId()),
        new CitizenId(r.getCitizenId()),
        new UnitId(r.getUnitId()),
        new AppointmentType(r.getAppointmentType()),
        r.getStartsAt(),
        r.getEndsAt(),
        Modes.mode(r.getModeKind(), r.getModeAddress(), r.getModeLink()),
        participants,
        AppointmentStatus.valueOf(r.getStatus()),
        reasonCode == null
            ? null
            : new CancellationReason(
                CancellationReasonCode.valueOf(reasonCode), r.getCancelReasonText()),
        cancelledBy == null ? null : ActorKind.valueOf(cancelledBy),
        appointmentId(r.getReplacesId()),
        appointmentId(r.getReplacedById()),
        slot == null ? null : new FreeSlotId(slot),
        r.getBookedAt(),
        r.getChangedAt(),
        r.getVersion());
  }

  private static Appointment withVersion(Appointment a, long version) {
    return new Appointment(
        a.id(),
        a.course(),
        a.citizen(),
        a.unit(),
        a.type(),
        a.start(),
        a.end(),
        a.mode(),
        a.participants(),
        a.status(),
        a.cancellation(),
        a.cancelledBy(),
        a.replaces(),
        a.replacedBy(),
        a.slot(),
        a.bookedAt(),
        a.changedAt(),
        version);
  }
}
