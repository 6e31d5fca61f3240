package dk.borgerdialog.plan.application;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessTarget;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.Decision;
import dk.borgerdialog.common.DomainEvents;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.common.UnableToChangeException;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentBooked;
import dk.borgerdialog.plan.model.Appointments;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.plan.model.FreeSlot;
import dk.borgerdialog.plan.model.FreeSlotId;
import dk.borgerdialog.plan.model.FreeSlots;
import dk.borgerdialog.reminder.application.ReminderPlanning;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Staff book an appointment in a citizen's course, at a time or into a free slot. */
public final class BookingAppointments {
  /** The most appointments one call of {@link #bookAll} books. */
  public static final int MAX_BULK = 1_000;

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

  /**
   * Books many appointments at given times, all or none, in one transaction: the bulk booking that
   * imports a week of visits or a course's series of meetings from a case system.
   *
   * <p>Every booking is checked exactly as {@link #book} checks one, and then some more: no booking
   * may be null or name a free slot (a slot is taken one by one, with {@link #book}), and there may
   * be at most {@link #MAX_BULK}. Access is decided once per distinct course, with the staff
   * member's units read once; if any course is refused, every refusal is audited and nothing is
   * written. Each distinct course is locked once, in the order of the course ids, so two bulk
   * bookings that share courses cannot deadlock. The appointments, their participants, their
   * reminders (planned with the same policies as for one booking), the reminders' scheduled
   * dispatch, the events and the audit records are written in batches; the courses, citizens,
   * participants' units and contact preferences are read in one statement each. The audit trail
   * holds one record per distinct course and call: the access decision, as for one booking.
   *
   * @param actor who books
   * @param commands what to book, each at a given time, in the order the appointments are returned
   * @return the booked appointments, in the order of the commands
   * @throws dk.borgerdialog.common.InvalidInputException if a field is wrong, naming the booking:
   *     {@code bookings} if there are none or more than {@link #MAX_BULK}, {@code bookings[i]} if
   *     one is null, {@code bookings[i].slot} if one names a free slot, {@code bookings[i].start}
   *     if one is not in the future, {@code bookings[i].participants} if a participant is not staff
   *     of the course's unit
   * @throws NoSuchEntityException if a course does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException if the actor may not book in the unit of
   *     one of the courses; every refusal is audited
   * @throws dk.borgerdialog.common.UnableToChangeException if a course is not active; the message
   *     names the booking ({@code bookings[i]: ...})
   */
  public List<Appointment> bookAll(Actor actor, List<BookAppointmentCommand> commands) {
    List<BookAppointmentCommand> bookings = checkedBulk(commands);
    Set<CourseId> courseIds = new LinkedHashSet<>();
    Set<StaffMemberId> members = new LinkedHashSet<>();
    for (BookAppointmentCommand command : bookings) {
      courseIds.add(command.course());
      members.addAll(command.participants());
    }
    Map<CourseId, Course> courses = lookups.courses(courseIds);
    List<AccessTarget> targets = new ArrayList<>();
    List<UUID> entityIds = new ArrayList<>();
    for (Course course : courses.values()) {
      targets.add(AccessTarget.of(course.citizen(), course.unit()));
      entityIds.add(course.id().value());
    }
    List<AccessControl.Grant> grants =
        access.authorizeEach(actor, Operation.BOOK_APPOINTMENT, targets, entityIds);
    Map<StaffMemberId, Set<UnitId>> units = lookups.unitsOf(members);
    for (int i = 0; i < bookings.size(); i++) {
      BookAppointmentCommand command = bookings.get(i);
      Course course = Objects.requireNonNull(courses.get(command.course()));
      for (StaffMemberId member : command.participants()) {
        if (!units.getOrDefault(member, Set.of()).contains(course.unit())) {
          throw new InvalidInputException(
              field(i, "participants"), "must be staff members of the unit");
        }
      }
    }
    Map<CitizenId, Citizen> citizens =
        lookups.citizens(courses.values().stream().map(Course::citizen).distinct().toList());
    return transactions.inTransaction(
        () -> {
          Instant now = clock.instant();
          Map<CourseId, Course> locked = lookups.lockedCourses(courseIds);
          List<Appointment> booked = new ArrayList<>(bookings.size());
          for (int i = 0; i < bookings.size(); i++) {
            BookAppointmentCommand command = bookings.get(i);
            Course course = Objects.requireNonNull(locked.get(command.course()));
            Decision<Appointment> decision;
            try {
              decision =
                  Appointment.book(
                      course,
                      command.type(),
                      Objects.requireNonNull(command.start()),
                      Objects.requireNonNull(command.end()),
                      Objects.requireNonNull(command.mode()),
                      command.participants(),
                      null,
                      now);
            } catch (InvalidInputException e) {
              throw new InvalidInputException(field(i, e.field()), e.rule());
            }
            if (decision instanceof Decision.Refused<Appointment> refused) {
              throw new UnableToChangeException(
                  refused.rule(), "bookings[" + i + "]: " + refused.reason());
            }
            booked.add(decision.orElseThrow());
          }
          appointments.addAll(booked);
          reminderPlanning.planForAll(booked, citizens, now);
          events.recordAll(booked.stream().map(b -> AppointmentBooked.now(b, now)).toList());
          grants.forEach(AccessControl.Grant::record);
          return List.copyOf(booked);
        });
  }

  private static List<BookAppointmentCommand> checkedBulk(
      @Nullable List<BookAppointmentCommand> commands) {
    Check.notNull("bookings", commands);
    Check.that(!commands.isEmpty(), "bookings", "must hold at least one booking");
    Check.that(
        commands.size() <= MAX_BULK, "bookings", "must hold at most " + MAX_BULK + " bookings");
    List<BookAppointmentCommand> bookings = new ArrayList<>(commands.size());
    for (int i = 0; i < commands.size(); i++) {
      BookAppointmentCommand command = commands.get(i);
      if (command == null) {
        throw new InvalidInputException("bookings[" + i + "]", "must not be null");
      }
      Check.that(
          command.slot() == null,
          field(i, "slot"),
          "a free slot is booked one by one, not in a bulk booking");
      bookings.add(command);
    }
    return bookings;
  }

  private static String field(int index, String field) {
    return "bookings[" + index + "]." + field;
  }
}
