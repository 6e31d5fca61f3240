package dk.borgerdialog.plan.model;

import dk.borgerdialog.organisation.model.UnitId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Free slots (a secondary port). */
public interface FreeSlots {

  /**
   * Adds an open slot.
   *
   * @param slot the slot
   */
  void add(FreeSlot slot);

  /**
   * Looks up a slot.
   *
   * @param id the id
   * @return the slot, if any
   */
  Optional<FreeSlot> byId(FreeSlotId id);

  /**
   * Takes an open slot for an appointment, atomically: of two transactions taking the same slot,
   * exactly one succeeds.
   *
   * @param slot the slot
   * @param appointment the appointment taking it
   * @throws dk.borgerdialog.common.ConflictException if the slot is taken or gone
   */
  void claim(FreeSlotId slot, AppointmentId appointment);

  /**
   * Opens a taken slot again.
   *
   * @param slot the slot
   */
  void release(FreeSlotId slot);

  /**
   * Removes an open slot.
   *
   * @param slot the slot
   * @return true if an open slot was removed; false if it was taken or unknown
   */
  boolean withdraw(FreeSlotId slot);

  /**
   * The open slots of a unit and type that start after {@code from}, earliest first.
   *
   * @param unit the unit
   * @param type the appointment type
   * @param from the earliest start, exclusive
   * @param limit the most slots to return
   * @return the slots
   */
  List<FreeSlot> open(UnitId unit, AppointmentType type, Instant from, int limit);
}
