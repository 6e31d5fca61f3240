package dk.borgerdialog.plan.application;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessTarget;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.common.UnableToChangeException;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.FreeSlot;
import dk.borgerdialog.plan.model.FreeSlotId;
import dk.borgerdialog.plan.model.FreeSlots;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** Staff publish and withdraw free slots; citizens see the slots offered for an appointment. */
public final class ManagingFreeSlots {
  /** The most slots one call returns. */
  public static final int MAX_SLOTS = 200;

  private final Lookups lookups;
  private final FreeSlots slots;
  private final AccessControl access;
  private final Transactions transactions;
  private final Clock clock;

  @Inject
  ManagingFreeSlots(
      Lookups lookups,
      FreeSlots slots,
      AccessControl access,
      Transactions transactions,
      Clock clock) {
    this.lookups = lookups;
    this.slots = slots;
    this.access = access;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Publishes a free slot.
   *
   * @param actor staff of the unit, or the system
   * @param command the slot
   * @return the open slot
   * @throws dk.borgerdialog.common.InvalidInputException if a field is wrong, or the staff member
   *     is not of the unit
   * @throws NoSuchEntityException if the unit does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit or the system
   */
  public FreeSlot publish(Actor actor, PublishFreeSlotCommand command) {
    Check.notNull("command", command);
    lookups.unit(command.unit());
    AccessControl.Grant grant =
        access.authorize(
            actor, Operation.MANAGE_FREE_SLOTS, AccessTarget.unit(command.unit()), null);
    if (command.staffMember() != null) {
      lookups.requireStaffOf(command.unit(), Set.of(command.staffMember()), "staffMember");
    }
    return transactions.inTransaction(
        () -> {
          FreeSlot slot =
              FreeSlot.open(
                  command.unit(),
                  command.type(),
                  command.staffMember(),
                  command.start(),
                  command.end(),
                  command.mode(),
                  clock.instant());
          slots.add(slot);
          grant.record();
          return slot;
        });
  }

  /**
   * Withdraws an open slot.
   *
   * @param actor staff of the unit, or the system
   * @param slot the slot
   * @throws NoSuchEntityException if the slot does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit or the system
   * @throws UnableToChangeException if it has been taken
   */
  public void withdraw(Actor actor, FreeSlotId slot) {
    Check.notNull("slot", slot);
    FreeSlot current =
        slots.byId(slot).orElseThrow(() -> new NoSuchEntityException("free slot", slot));
    AccessControl.Grant grant =
        access.authorize(
            actor, Operation.MANAGE_FREE_SLOTS, AccessTarget.unit(current.unit()), slot.value());
    transactions.inTransaction(
        () -> {
          if (!slots.withdraw(slot)) {
            throw new UnableToChangeException("slot.taken", "The slot has been taken.");
          }
          grant.record();
          return null;
        });
  }

  /**
   * The open slots an appointment may be moved into: same unit and type, in the future.
   *
   * @param actor the citizen, staff of the unit, or the system
   * @param appointment the appointment
   * @param limit the most slots to return, 1 to {@value #MAX_SLOTS}
   * @return the slots, earliest first
   * @throws dk.borgerdialog.common.InvalidInputException if the limit is out of range
   * @throws NoSuchEntityException if the appointment does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own, or staff of the
   *     unit
   */
  public List<FreeSlot> offeredFor(Actor actor, AppointmentId appointment, int limit) {
    Check.notNull("appointment", appointment);
    Check.that(limit >= 1 && limit <= MAX_SLOTS, "limit", "must be 1 to " + MAX_SLOTS);
    Appointment current = lookups.appointment(appointment);
    AccessControl.Grant grant =
        access.authorize(
            actor,
            Operation.VIEW_FREE_SLOTS,
            AccessTarget.of(current.citizen(), current.unit()),
            appointment.value());
    return transactions.inTransaction(
        () -> {
          grant.record();
          return slots.open(current.unit(), current.type(), clock.instant(), limit);
        });
  }

  /**
   * The open slots of a unit and type, for staff planning.
   *
   * @param actor staff of the unit, or the system
   * @param unit the unit
   * @param type the appointment type
   * @param limit the most slots to return, 1 to {@value #MAX_SLOTS}
   * @return the slots, earliest first
   * @throws dk.borgerdialog.common.InvalidInputException if the limit is out of range
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit or the system
   */
  public List<FreeSlot> open(Actor actor, UnitId unit, AppointmentType type, int limit) {
    Check.notNull("unit", unit);
    Check.notNull("type", type);
    Check.that(limit >= 1 && limit <= MAX_SLOTS, "limit", "must be 1 to " + MAX_SLOTS);
    AccessControl.Grant grant =
        access.authorize(actor, Operation.MANAGE_FREE_SLOTS, AccessTarget.unit(unit), null);
    return transactions.inTransaction(
        () -> {
          grant.record();
          return slots.open(unit, type, clock.instant(), limit);
        });
  }
}
