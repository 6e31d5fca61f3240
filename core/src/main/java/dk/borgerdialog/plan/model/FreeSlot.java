package dk.borgerdialog.plan.model;

import dk.borgerdialog.common.Decision;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.UnitId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A free time that staff offer for appointments of one type in one unit, optionally with one staff
 * member. A citizen moves an appointment only into an open free slot.
 *
 * @param id the id
 * @param unit the unit
 * @param type the appointment type it is for
 * @param staffMember the staff member, or null for anyone in the unit
 * @param start the start
 * @param end the end
 * @param mode in person, phone or video
 * @param takenBy the appointment that took it, or null while open
 * @param version the optimistic version
 */
public record FreeSlot(
    FreeSlotId id,
    UnitId unit,
    AppointmentType type,
    @Nullable StaffMemberId staffMember,
    Instant start,
    Instant end,
    AppointmentMode mode,
    @Nullable AppointmentId takenBy,
    long version) {

  /** Validates the slot. */
  public FreeSlot {
    Check.notNull("id", id);
    Check.notNull("unit", unit);
    Check.notNull("type", type);
    Check.interval(start, end);
    Check.notNull("mode", mode);
  }

  /**
   * A new open slot.
   *
   * @param unit the unit
   * @param type the appointment type
   * @param staffMember the staff member, or null
   * @param start the start, in the future
   * @param end the end
   * @param mode the mode
   * @param now the current instant
   * @return the slot
   */
  public static FreeSlot open(
      UnitId unit,
      AppointmentType type,
      @Nullable StaffMemberId staffMember,
      Instant start,
      Instant end,
      AppointmentMode mode,
      Instant now) {
    Check.interval(start, end);
    Check.that(start.isAfter(now), "start", "must be in the future");
    return new FreeSlot(FreeSlotId.random(), unit, type, staffMember, start, end, mode, null, 0);
  }

  /** The message for a slot someone else took first. */
  public static final String TAKEN = "This time has just been taken. Please choose another.";

  /**
   * Whether nobody has taken the slot yet.
   *
   * @return true while open
   */
  public boolean isOpen() {
    return takenBy == null;
  }

  /**
   * Whether this slot is on offer for an appointment: same unit, same type, not yet begun.
   *
   * <p>Whether it is still open is not a rule but a race, decided when the slot is claimed: a taken
   * slot is a {@link dk.borgerdialog.common.ConflictException}.
   *
   * @param appointment the appointment to move or book into it
   * @param now the current instant
   * @return this slot, or a refusal: another unit or type, or in the past
   */
  public Decision<FreeSlot> offeredFor(Appointment appointment, Instant now) {
    return offeredFor(appointment.unit(), appointment.type(), now);
  }

  /**
   * Whether this slot is on offer for an appointment of a unit and type, as {@link
   * #offeredFor(Appointment, Instant)}.
   *
   * @param forUnit the appointment's unit
   * @param forType the appointment's type
   * @param now the current instant
   * @return this slot, or a refusal: another unit or type, or in the past
   */
  public Decision<FreeSlot> offeredFor(UnitId forUnit, AppointmentType forType, Instant now) {
    if (!unit.equals(forUnit) || !type.equals(forType)) {
      return Decision.refuse("slot.not-offered", "This time is not offered for this appointment.");
    }
    if (!start.isAfter(now)) {
      return Decision.refuse("slot.past", "This time has passed. Please choose another.");
    }
    return Decision.accept(this);
  }
}
