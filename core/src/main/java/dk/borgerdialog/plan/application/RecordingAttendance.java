package dk.borgerdialog.plan.application;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessTarget;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.common.DomainEvents;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentAttended;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.plan.model.AppointmentMarkedNoShow;
import dk.borgerdialog.plan.model.Appointments;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/** Staff mark an appointment attended or no-show once it has started. */
public final class RecordingAttendance {
  private final Lookups lookups;
  private final Appointments appointments;
  private final DomainEvents events;
  private final AccessControl access;
  private final Transactions transactions;
  private final Clock clock;

  @Inject
  RecordingAttendance(
      Lookups lookups,
      Appointments appointments,
      DomainEvents events,
      AccessControl access,
      Transactions transactions,
      Clock clock) {
    this.lookups = lookups;
    this.appointments = appointments;
    this.events = events;
    this.access = access;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Marks an appointment attended or no-show.
   *
   * @param actor who records it
   * @param appointment the appointment
   * @param expectedVersion the version the caller read
   * @param attended true for attended, false for no-show
   * @return the marked appointment
   * @throws dk.borgerdialog.common.InvalidInputException if the appointment is missing or the
   *     version negative
   * @throws dk.borgerdialog.common.NoSuchEntityException if the appointment does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException if the actor may not record it
   * @throws dk.borgerdialog.common.UnableToChangeException if it has not started or is not booked
   * @throws dk.borgerdialog.common.ConflictException if it changed since it was read
   */
  public Appointment record(
      Actor actor, AppointmentId appointment, long expectedVersion, boolean attended) {
    Check.notNull("appointment", appointment);
    Check.that(expectedVersion >= 0, "expectedVersion", "must not be negative");
    Appointment current = lookups.appointment(appointment);
    AccessControl.Grant grant =
        access.authorize(
            actor,
            Operation.RECORD_ATTENDANCE,
            AccessTarget.of(current.citizen(), current.unit()),
            current.id().value());
    // checked after access, so that a refused actor learns nothing
    Check.sameVersion("appointment", current.id(), current.version(), expectedVersion);
    return transactions.inTransaction(
        () -> {
          Instant now = clock.instant();
          Appointment marked =
              (attended ? current.markAttended(now) : current.markNoShow(now)).orElseThrow();
          Appointment saved = appointments.update(marked);
          events.record(
              attended
                  ? AppointmentAttended.now(saved, now)
                  : AppointmentMarkedNoShow.now(saved, now));
          grant.record();
          return saved;
        });
  }
}
