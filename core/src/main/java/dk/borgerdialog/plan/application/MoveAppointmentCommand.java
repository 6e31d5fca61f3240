package dk.borgerdialog.plan.application;

import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.FreeSlotId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Move an appointment into a free slot (citizens and staff) or to a given time (staff only).
 *
 * @param appointment the appointment
 * @param expectedVersion the version the caller read
 * @param slot the free slot to move into, or null
 * @param start the new start, or null when moving into a slot
 * @param end the new end, or null when moving into a slot
 * @param mode the new mode, or null to keep the mode (or take the slot's)
 */
public record MoveAppointmentCommand(
    AppointmentId appointment,
    long expectedVersion,
    @Nullable FreeSlotId slot,
    @Nullable Instant start,
    @Nullable Instant end,
    @Nullable AppointmentMode mode) {

  /** Validates the command. */
  public MoveAppointmentCommand {
    Check.notNull("appointment", appointment);
    Check.that(expectedVersion >= 0, "expectedVersion", "must not be negative");
    if (slot == null) {
      Check.interval(start, end);
    } else {
      Check.that(
          start == null && end == null && mode == null, "slot", "excludes start, end and mode");
    }
  }

  /**
   * Move into a free slot.
   *
   * @param appointment the appointment
   * @param expectedVersion the version the caller read
   * @param slot the slot
   * @return the command
   */
  public static MoveAppointmentCommand toSlot(
      AppointmentId appointment, long expectedVersion, FreeSlotId slot) {
    return new MoveAppointmentCommand(appointment, expectedVersion, slot, null, null, null);
  }

  /**
   * Move to a given time, keeping the mode (staff only).
   *
   * @param appointment the appointment
   * @param expectedVersion the version the caller read
   * @param start the new start
   * @param end the new end
   * @return the command
   */
  public static MoveAppointmentCommand toTime(
      AppointmentId appointment, long expectedVersion, Instant start, Instant end) {
    return new MoveAppointmentCommand(appointment, expectedVersion, null, start, end, null);
  }
}
