package dk.borgerdialog.plan.application;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessTarget;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.DomainEvents;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentBooked;
import dk.borgerdialog.plan.model.Appointments;
import dk.borgerdialog.plan.model.Course;
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

/** Staff book an appointment in a citizen's course, at a time or into a free slot. */
public final class BookingAppointments {
  private final Lookups lookups;
  private final Appointments appointments;
  private final FreeSlots slots;
  private final DomainEvents events;
  private final AccessControl access;
  private final Transactions transactions;
  private final Clock clock;
  private final ReminderPlanning reminderPlanning;

  @Inject
  BookingAppointments(
      Lookups lookups,
      Appointments appointments,
      FreeSlots slots,
      DomainEvents events,
      AccessControl access,
      Transactions transactions,
      Clock clock,
      ReminderPlanning reminderPlanning) {
    this.lookups = lookups;
    this.appointments = appointments;
    this.slots = slots;
    this.events = events;
    this.access = access;
    this.transactions = transactions;
    this.clock = clock;
    this.reminderPlanning = reminderPlanning;
  }

  /**
   * Books an appointment.
   *
   * @param actor who books
   * @param command what to book
   * @return the booked appointment
   * @throws dk.borgerdialog.common.InvalidInputException if a field is wrong, or a participant is
   *     not staff of the course's unit
   * @throws NoSuchEntityException if the course or slot does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException if the actor may not book in the unit
   * @throws dk.borgerdialog.common.UnableToChangeException if the course is not active, or the slot
   *     is not offered for this type
   * @throws dk.borgerdialog.common.ConflictException if the slot was taken first
   */
  public Appointment book(Actor actor, BookAppointmentCommand command) {
    Check.notNull("command", command);
    Course course = lookups.course(command.course());
    AccessControl.Grant grant =
        access.authorize(
            actor,
            Operation.BOOK_APPOINTMENT,
            AccessTarget.of(course.citizen(), course.unit()),
            course.id().value());
    lookups.requireStaffOf(course.unit(), command.participants(), "participants");
    Citizen citizen = lookups.citizen(course.citizen());
    return transactions.inTransaction(
        () -> {
          Instant now = clock.instant();
          Course locked = lookups.lockedCourse(course.id());
          Appointment booked;
          FreeSlotId slotId = command.slot();
          if (slotId != null) {
            FreeSlot slot =
                slots
                    .byId(slotId)
                    .orElseThrow(() -> new NoSuchEntityException("free slot", slotId));
            slot.offeredFor(course.unit(), command.type(), now).orElseThrow();
            List<StaffMemberId> participants = new ArrayList<>(command.participants());
            if (slot.staffMember() != null) {
              participants.add(0, slot.staffMember());
            }
            booked =
                Appointment.book(
                        locked,
                        command.type(),
                        slot.start(),
                        slot.end(),
                        slot.mode(),
                        participants,
                        slotId,
                        now)
                    .orElseThrow();
            if (!slot.isOpen()) {
              throw new ConflictException(FreeSlot.TAKEN);
            }
            slots.claim(slotId, booked.id());
          } else {
            booked =
                Appointment.book(
                        locked,
                        command.type(),
                        Objects.requireNonNull(command.start()),
                        Objects.requireNonNull(command.end()),
                        Objects.requireNonNull(command.mode()),
                        command.participants(),
                        null,
                        now)
                    .orElseThrow();
          }
          appointments.add(booked);
          reminderPlanning.planFor(booked, citizen, now);
          events.record(AppointmentBooked.now(booked, now));
          grant.record();
          return booked;
        });
  }
}
