package dk.borgerdialog.plan.application;

import dk.borgerdialog.access.Actor;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.FreeSlot;
import dk.borgerdialog.plan.model.FreeSlotId;
import dk.borgerdialog.plan.model.FreeSlots;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Offers a time again when a citizen gives it up by cancelling or moving.
 *
 * <p>If the appointment came from a free slot, the slot opens again; otherwise its time is
 * published as a new free slot with its first participant. When staff cancel or move, nothing is
 * offered: the unit may have cancelled because the time is no longer available.
 */
final class FreedTimes {
  private final FreeSlots slots;

  @Inject
  FreedTimes(FreeSlots slots) {
    this.slots = slots;
  }

  void free(Actor by, Appointment given, Instant now) {
    if (!(by instanceof Actor.Citizen) || !given.start().isAfter(now)) {
      return;
    }
    FreeSlotId slot = given.slot();
    if (slot != null) {
      slots.release(slot);
    } else {
      slots.add(
          FreeSlot.open(
              given.unit(),
              given.type(),
              given.participants().isEmpty() ? null : given.participants().get(0),
              given.start(),
              given.end(),
              given.mode(),
              now));
    }
  }
}
