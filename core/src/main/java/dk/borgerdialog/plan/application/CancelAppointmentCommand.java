package dk.borgerdialog.plan.application;

import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.plan.model.CancellationReason;

/**
 * Cancel an appointment with a reason.
 *
 * @param appointment the appointment
 * @param expectedVersion the version the caller read
 * @param reason the reason
 */
public record CancelAppointmentCommand(
    AppointmentId appointment, long expectedVersion, CancellationReason reason) {

  /** Validates the command. */
  public CancelAppointmentCommand {
    Check.notNull("appointment", appointment);
    Check.that(expectedVersion >= 0, "expectedVersion", "must not be negative");
    Check.notNull("reason", reason);
  }
}
