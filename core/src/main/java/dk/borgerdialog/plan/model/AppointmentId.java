package dk.borgerdialog.plan.model;

import dk.borgerdialog.common.internal.Check;
import java.util.UUID;

/**
 * The id of an appointment.
 *
 * @param value the UUID
 */
public record AppointmentId(UUID value) {
  /** Validates the id. */
  public AppointmentId {
    Check.notNull("appointmentId", value);
  }

  /**
   * A new random id.
   *
   * @return the id
   */
  public static AppointmentId random() {
    return new AppointmentId(UUID.randomUUID());
  }

  /**
   * Parses an id.
   *
   * @param text a UUID in its usual text form
   * @return the id
   * @throws dk.borgerdialog.common.InvalidInputException if the text is not a UUID
   */
  public static AppointmentId parse(String text) {
    return new AppointmentId(Check.uuid("appointmentId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
