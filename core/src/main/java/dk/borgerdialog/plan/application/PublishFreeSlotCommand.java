package dk.borgerdialog.plan.application;

import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.AppointmentType;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Offer a free time in a unit for one appointment type.
 *
 * @param unit the unit
 * @param type the appointment type
 * @param staffMember the staff member who will take it, or null
 * @param start the start
 * @param end the end
 * @param mode the mode
 */
public record PublishFreeSlotCommand(
    UnitId unit,
    AppointmentType type,
    @Nullable StaffMemberId staffMember,
    Instant start,
    Instant end,
    AppointmentMode mode) {

  /** Validates the command. */
  public PublishFreeSlotCommand {
    Check.notNull("unit", unit);
    Check.notNull("type", type);
    Check.interval(start, end);
    Check.notNull("mode", mode);
  }
}
