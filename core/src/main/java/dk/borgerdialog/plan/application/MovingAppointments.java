package dk.borgerdialog.plan.application;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessTarget;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.DomainEvents;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentBooked;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.AppointmentMoved;
import dk.borgerdialog.plan.model.Appointments;
import dk.borgerdialog.plan.model.FreeSlot;
import dk.borgerdialog.plan.model.FreeSlotId;
import dk.borgerdialog.plan.model.FreeSlots;
import dk.borgerdialog.reminder.application.ReminderPlanning;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Citizens move an appointment into an offered free slot before the unit's deadline; staff move
 * into a slot or to any time. The old appointment becomes moved, a replacement is booked, and the
 * time a citizen gives up is offered again.
 */
public final class MovingAppointments {
  private final Lookups lookups;
  private final Appointments appointments;
  private final FreeSlots slots;
  private final FreedTimes freedTimes;
  private final DomainEvents events;
  private final AccessControl access;
  private final Transactions transactions;
  private final Clock clock;
  private final ReminderPlanning reminderPlanning;

  @Inject
  MovingAppointments(
      Lookups lookups,
      Appointments appointments,
      FreeSlots slots,
      FreedTimes freedTimes,
      DomainEvents events,
      AccessControl access,
      Transactions transactions,
      Clock clock,
      ReminderPlanning reminderPlanning) {
    this.reminderPlanning = reminderPlanning;
    this.lookups = lookups;
    this.appointments = appointments;
    this.slots = slots;
    this.freedTimes = freedTimes;
    this.events = events;
    this.access = access;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Moves an appointment.
   *
   * @param actor who moves
   * @param command where to
   * @return the replacement appointment
   * @throws InvalidInputException if a field is wrong, or a citizen names no slot
   * @throws NoSuchEntityException if the appointment or slot does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException if the actor may not move it
   * @throws dk.borgerdialog.common.UnableToChangeException if the deadline has passed, the unit
   *     does not offer moves, or the slot is not offered for this appointment
   * @throws dk.borgerdialog.common.ConflictException if the appointment changed since it was read,
   *     or someone else took the slot first
   */
  public Appointment move(Actor actor, MoveAppointmentCommand command) {
    Check.notNull("command", command);
    Appointment current = lookups.appointment(command.appointment());
    AccessControl.Grant grant =
        access.authorize(
            actor,
            Operation.MOVE_APPOINTMENT,
            AccessTarget.of(current.citizen(), current.unit()),
            current.id().value());
    // checked after access, so that a refused actor learns nothing
    Check.sameVersion("appointment", current.id(), current.version(), command.expectedVersion());
    if (actor.kind().boundByCitizenRules() && command.slot() == null) {
      throw new InvalidInputException(
          "slot", "is required: citizens move into an offered free slot");
    }
    Unit unit = lookups.unit(current.unit());
    Citizen citizen = lookups.citizen(current.citizen());
    return transactions.inTransaction(
        () -> {
          Instant now = clock.instant();
          FreeSlotId slotId = command.slot();
          Appointment.Moved moved;
          if (slotId != null) {
            FreeSlot slot =
                slots
                    .byId(slotId)
                    .orElseThrow(() -> new NoSuchEntityException("free slot", slotId));
            slot.offeredFor(current, now).orElseThrow();
            List<StaffMemberId> participants = new ArrayList<>(current.participants());
            if (slot.staffMember() != null) {
              participants.add(0, slot.staffMember());
            }
            moved =
                current
                    .moveTo(
                        actor.kind(),
                        slot.start(),
                        slot.end(),
                        slot.mode(),
                        participants,
                        slotId,
                        unit.rules(),
                        citizen.zone(),
                        now)
                    .orElseThrow();
            // the deadline speaks before the race: a late citizen hears about the deadline
            if (!slot.isOpen()) {
              throw new ConflictException(FreeSlot.TAKEN);
            }
            slots.claim(slotId, moved.replacement().id());
          } else {
            AppointmentMode mode = command.mode() != null ? command.mode() : current.mode();
            moved =
                current
                    .moveTo(
                        actor.kind(),
                        Objects.requireNonNull(command.start()),
                        Objects.requireNonNull(command.end()),
                        mode,
                        current.participants(),
                        null,
                        unit.rules(),
                        citizen.zone(),
                        now)
                    .orElseThrow();
          }
          Appointment old = appointments.update(moved.moved());
          appointments.add(moved.replacement());
          freedTimes.free(current);
          reminderPlanning.withdrawFor(current);
          reminderPlanning.planFor(moved.replacement(), citizen, now);
          events.record(AppointmentMoved.now(old, moved.replacement(), now));
          events.record(AppointmentBooked.now(moved.replacement(), now));
          grant.record();
          return moved.replacement();
        });
  }
}
