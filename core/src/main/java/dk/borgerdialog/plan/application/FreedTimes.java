package dk.borgerdialog.plan.application;

import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.FreeSlotId;
import dk.borgerdialog.plan.model.FreeSlots;
import jakarta.inject.Inject;

/**
 * Opens a free slot again when the appointment that took it is cancelled or moved, by anyone, so
 * that a slot never stays taken by an appointment that no longer holds it.
 *
 * <p>A time that was booked without a slot is not published as a new slot: its mode may be the
 * citizen's home address or private video link, which must never be offered to someone else. Staff
 * publish free slots themselves.
 */
final class FreedTimes {
  private final FreeSlots slots;

  @Inject
  FreedTimes(FreeSlots slots) {
    this.slots = slots;
  }

  void free(Appointment given) {
    FreeSlotId slot = given.slot();
    if (slot != null) {
      slots.release(slot);
    }
  }
}
