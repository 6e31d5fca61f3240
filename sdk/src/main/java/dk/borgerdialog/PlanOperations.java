package dk.borgerdialog;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.application.BookAppointmentCommand;
import dk.borgerdialog.plan.application.CancelAppointmentCommand;
import dk.borgerdialog.plan.application.MoveAppointmentCommand;
import dk.borgerdialog.plan.application.PublishFreeSlotCommand;
import dk.borgerdialog.plan.application.StatePreferenceCommand;
import dk.borgerdialog.plan.application.WritePlanItemCommand;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.CitizenOverview;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.plan.model.CourseState;
import dk.borgerdialog.plan.model.CourseTemplateId;
import dk.borgerdialog.plan.model.FreeSlot;
import dk.borgerdialog.plan.model.FreeSlotId;
import dk.borgerdialog.plan.model.PlanItem;
import dk.borgerdialog.plan.model.PlanItemId;
import dk.borgerdialog.plan.model.Preference;
import java.util.List;

/**
 * Min planlægning, as one actor: the citizen's overview, appointments and plan.
 *
 * <p>Every method checks access first (a refusal is an {@link
 * dk.borgerdialog.common.AccessDeniedException}, audited), runs in one transaction, and changes
 * nothing when it throws. Commands validate their fields when constructed ({@link
 * dk.borgerdialog.common.InvalidInputException}).
 */
public interface PlanOperations {

  /**
   * The citizen's overview with up to ten upcoming appointments. Staff see only the courses of
   * their own units.
   *
   * @param citizen the citizen
   * @return the overview
   * @throws dk.borgerdialog.common.NoSuchEntityException if there is no such citizen
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen, or staff of one of the
   *     citizen's units
   */
  CitizenOverview overview(CitizenId citizen);

  /**
   * The citizen's overview.
   *
   * @param citizen the citizen
   * @param maxUpcoming the most upcoming appointments, 1 to 100
   * @return the overview
   * @throws dk.borgerdialog.common.InvalidInputException if maxUpcoming is out of range
   * @throws dk.borgerdialog.common.NoSuchEntityException if there is no such citizen
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen, or staff of one of the
   *     citizen's units
   */
  CitizenOverview overview(CitizenId citizen, int maxUpcoming);

  /**
   * Books an appointment (staff).
   *
   * @param command what to book
   * @return the booked appointment
   * @throws dk.borgerdialog.common.InvalidInputException if a participant is not staff of the unit
   * @throws dk.borgerdialog.common.NoSuchEntityException if the course or slot does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the course's unit
   * @throws dk.borgerdialog.common.UnableToChangeException if the course is not active or the slot
   *     is not offered for the type
   * @throws dk.borgerdialog.common.ConflictException if the slot was taken first
   */
  Appointment book(BookAppointmentCommand command);

  /**
   * Books many appointments at given times, all or none, in one transaction (staff): the bulk
   * booking for importing a week of visits or a course's series of meetings from a case system.
   *
   * <p>Each booking is checked as {@link #book} checks one; one bad booking fails the call, names
   * the booking ({@code bookings[i].field}) and nothing is written. At most {@value
   * dk.borgerdialog.plan.application.BookingAppointments#MAX_BULK} bookings per call; a free slot
   * is booked one by one with {@link #book}. Access is decided, and audited, once per distinct
   * course. The reminders are planned as for {@link #book}.
   *
   * @param bookings what to book, each at a given time
   * @return the booked appointments, in the order of the bookings
   * @throws dk.borgerdialog.common.InvalidInputException if there are none or too many bookings, or
   *     a booking is null, names a free slot, starts in the past or has a participant who is not
   *     staff of the course's unit; the field names the booking
   * @throws dk.borgerdialog.common.NoSuchEntityException if a course does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of every course's unit; every
   *     refused course is audited
   * @throws dk.borgerdialog.common.UnableToChangeException if a course is not active; the message
   *     names the booking
   */
  java.util.List<Appointment> bookAll(java.util.List<BookAppointmentCommand> bookings);

  /**
   * Moves an appointment: citizens into an offered free slot before the unit's deadline, staff into
   * a slot or to any time.
   *
   * @param command where to
   * @return the replacement appointment; the old one is now moved
   * @throws dk.borgerdialog.common.InvalidInputException if a citizen names no slot
   * @throws dk.borgerdialog.common.NoSuchEntityException if the appointment or slot does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own, or staff of the
   *     unit
   * @throws dk.borgerdialog.common.UnableToChangeException if the deadline has passed, the unit
   *     does not offer moves, or the slot is not offered for this appointment
   * @throws dk.borgerdialog.common.ConflictException if the appointment changed since it was read,
   *     or someone else took the slot first
   */
  Appointment move(MoveAppointmentCommand command);

  /**
   * Cancels an appointment with a reason: citizens before the unit's deadline, staff until it
   * starts.
   *
   * @param command which, and why
   * @return the cancelled appointment
   * @throws dk.borgerdialog.common.NoSuchEntityException if the appointment does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own, or staff of the
   *     unit
   * @throws dk.borgerdialog.common.UnableToChangeException if the deadline has passed or it is not
   *     booked
   * @throws dk.borgerdialog.common.ConflictException if it changed since it was read
   */
  Appointment cancel(CancelAppointmentCommand command);

  /**
   * Marks an appointment attended (staff), once it has started.
   *
   * @param appointment the appointment
   * @param expectedVersion the version the caller read
   * @return the marked appointment
   * @throws dk.borgerdialog.common.NoSuchEntityException if the appointment does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit
   * @throws dk.borgerdialog.common.UnableToChangeException if it has not started or is not booked
   * @throws dk.borgerdialog.common.ConflictException if it changed since it was read
   */
  Appointment markAttended(AppointmentId appointment, long expectedVersion);

  /**
   * Marks an appointment no-show (staff), once it has started.
   *
   * @param appointment the appointment
   * @param expectedVersion the version the caller read
   * @return the marked appointment
   * @throws dk.borgerdialog.common.NoSuchEntityException if the appointment does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit
   * @throws dk.borgerdialog.common.UnableToChangeException if it has not started or is not booked
   * @throws dk.borgerdialog.common.ConflictException if it changed since it was read
   */
  Appointment markNoShow(AppointmentId appointment, long expectedVersion);

  /**
   * Writes a goal, task or the way forward (staff).
   *
   * @param command what to write
   * @return the plan item
   * @throws dk.borgerdialog.common.NoSuchEntityException if the course does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the course's unit
   * @throws dk.borgerdialog.common.UnableToChangeException if the course is closed
   */
  PlanItem writePlanItem(WritePlanItemCommand command);

  /**
   * Revises a plan item's text (staff).
   *
   * @param item the plan item
   * @param expectedVersion the version the caller read
   * @param text the new text
   * @return the revised plan item
   * @throws dk.borgerdialog.common.InvalidInputException if the text is blank, too long or holds
   *     control characters
   * @throws dk.borgerdialog.common.NoSuchEntityException if the plan item does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the course's unit
   * @throws dk.borgerdialog.common.ConflictException if someone revised it since it was read
   */
  PlanItem revisePlanItem(PlanItemId item, long expectedVersion, String text);

  /**
   * States a preference (the citizen).
   *
   * @param command what to state
   * @return the preference
   * @throws dk.borgerdialog.common.NoSuchEntityException if the course does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own course
   * @throws dk.borgerdialog.common.UnableToChangeException if the course is closed
   */
  Preference statePreference(StatePreferenceCommand command);

  /**
   * The free slots an appointment may be moved into, earliest first, at most 50.
   *
   * @param appointment the appointment
   * @return the open slots of its unit and type
   * @throws dk.borgerdialog.common.NoSuchEntityException if the appointment does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own, or staff of the
   *     unit
   */
  List<FreeSlot> freeSlotsFor(AppointmentId appointment);

  /**
   * Publishes a free slot (staff of the unit).
   *
   * @param command the slot
   * @return the open slot
   * @throws dk.borgerdialog.common.InvalidInputException if the staff member is not of the unit
   * @throws dk.borgerdialog.common.NoSuchEntityException if the unit does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit
   */
  FreeSlot publishFreeSlot(PublishFreeSlotCommand command);

  /**
   * Withdraws an open free slot (staff of the unit).
   *
   * @param slot the slot
   * @throws dk.borgerdialog.common.NoSuchEntityException if the slot does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit
   * @throws dk.borgerdialog.common.UnableToChangeException if it has been taken
   */
  void withdrawFreeSlot(FreeSlotId slot);

  /**
   * The open free slots of a unit and type, earliest first (staff of the unit).
   *
   * @param unit the unit
   * @param type the appointment type
   * @param limit the most slots, 1 to 200
   * @return the slots
   * @throws dk.borgerdialog.common.InvalidInputException if the limit is out of range
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit
   */
  List<FreeSlot> openFreeSlots(UnitId unit, AppointmentType type, int limit);

  /**
   * Opens a course for a citizen in a unit (staff of the unit).
   *
   * @param citizen the citizen
   * @param unit the unit
   * @param template the course template
   * @return the active course
   * @throws dk.borgerdialog.common.InvalidInputException if the template is of another municipality
   * @throws dk.borgerdialog.common.NoSuchEntityException if the citizen (in the unit's
   *     municipality), unit or template does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit
   */
  Course openCourse(CitizenId citizen, UnitId unit, CourseTemplateId template);

  /**
   * Pauses, resumes or closes a course (staff of the unit).
   *
   * @param course the course
   * @param expectedVersion the version the caller read
   * @param state the new state
   * @return the changed course
   * @throws dk.borgerdialog.common.NoSuchEntityException if the course does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit
   * @throws dk.borgerdialog.common.UnableToChangeException if the change is not possible
   * @throws dk.borgerdialog.common.ConflictException if it changed since it was read
   */
  Course changeCourseState(CourseId course, long expectedVersion, CourseState state);
}
