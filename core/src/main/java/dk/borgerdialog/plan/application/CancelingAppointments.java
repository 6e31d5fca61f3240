package dk.borgerdialog.plan.application;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessTarget;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.DomainEvents;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentCancelled;
import dk.borgerdialog.plan.model.Appointments;
import dk.borgerdialog.reminder.application.ReminderPlanning;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/** Citizens cancel before the unit's deadline; staff cancel any booked appointment not started. */
public final class CancelingAppointments {
  private final Lookups lookups;
  private final Appointments appointments;
  private final FreedTimes freedTimes;
  private final DomainEvents events;
  private final AccessControl access;
  private final Transactions transactions;
  private final Clock clock;
  private final ReminderPlanning reminderPlanning;

  @Inject
  CancelingAppointments(
      Lookups lookups,
      Appointments appointments,
      FreedTimes freedTimes,
      DomainEvents events,
      AccessControl access,
      Transactions transactions,
      Clock clock,
      ReminderPlanning reminderPlanning) {
    this.reminderPlanning = reminderPlanning;
    this.lookups = lookups;
    this.appointments = appointments;
    this.freedTimes = freedTimes;
    this.events = events;
    this.access = access;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Cancels an appointment.
   *
   * @param actor who cancels
   * @param command which appointment, and why
   * @return the cancelled appointment
   * @throws dk.borgerdialog.common.InvalidInputException if a field is wrong
   * @throws dk.borgerdialog.common.NoSuchEntityException if the appointment does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException if the actor may not cancel it
   * @throws dk.borgerdialog.common.UnableToChangeException if the deadline has passed, the unit
   *     does not let citizens cancel, or the appointment is not booked
   * @throws dk.borgerdialog.common.ConflictException if it changed since it was read
   */
  public Appointment cancel(Actor actor, CancelAppointmentCommand command) {
    Check.notNull("command", command);
    Appointment current = lookups.appointment(command.appointment());
    AccessControl.Grant grant =
        access.authorize(
            actor,
            Operation.CANCEL_APPOINTMENT,
            AccessTarget.of(current.citizen(), current.unit()),
            current.id().value());
    // checked after access, so that a refused actor learns nothing
    Check.sameVersion("appointment", current.id(), current.version(), command.expectedVersion());
    Unit unit = lookups.unit(current.unit());
    Citizen citizen = lookups.citizen(current.citizen());
    return transactions.inTransaction(
        () -> {
          Instant now = clock.instant();
          Appointment cancelled =
              current
                  .cancel(actor.kind(), command.reason(), unit.rules(), citizen.zone(), now)
                  .orElseThrow();
          Appointment saved = appointments.update(cancelled);
          freedTimes.free(current);
          reminderPlanning.withdrawFor(current);
          events.record(AppointmentCancelled.now(saved, now));
          grant.record();
          return saved;
        });
  }
}
