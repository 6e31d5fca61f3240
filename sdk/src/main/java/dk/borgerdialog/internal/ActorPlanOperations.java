package dk.borgerdialog.internal;

import dk.borgerdialog.PlanOperations;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.application.BookAppointmentCommand;
import dk.borgerdialog.plan.application.CancelAppointmentCommand;
import dk.borgerdialog.plan.application.MoveAppointmentCommand;
import dk.borgerdialog.plan.application.PublishFreeSlotCommand;
import dk.borgerdialog.plan.application.StatePreferenceCommand;
import dk.borgerdialog.plan.application.ViewingOverview;
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

/** {@link PlanOperations} bound to one actor. */
final class ActorPlanOperations implements PlanOperations {
  /** How many free slots {@link #freeSlotsFor} offers. */
  static final int OFFERED_SLOTS = 50;

  private final Actor actor;
  private final SessionFactory.PlanUseCases useCases;

  ActorPlanOperations(Actor actor, SessionFactory.PlanUseCases useCases) {
    this.actor = actor;
    this.useCases = useCases;
  }

  @Override
  public CitizenOverview overview(CitizenId citizen) {
    return overview(citizen, ViewingOverview.DEFAULT_UPCOMING);
  }

  @Override
  public CitizenOverview overview(CitizenId citizen, int maxUpcoming) {
    return useCases.overview().overview(actor, citizen, maxUpcoming);
  }

  @Override
  public Appointment book(BookAppointmentCommand command) {
    return useCases.booking().book(actor, command);
  }

  @Override
  public java.util.List<Appointment> bookAll(java.util.List<BookAppointmentCommand> bookings) {
    return useCases.booking().bookAll(actor, bookings);
  }

  @Override
  public Appointment move(MoveAppointmentCommand command) {
    return useCases.moving().move(actor, command);
  }

  @Override
  public Appointment cancel(CancelAppointmentCommand command) {
    return useCases.canceling().cancel(actor, command);
  }

  @Override
  public Appointment markAttended(AppointmentId appointment, long expectedVersion) {
    return useCases.attendance().record(actor, appointment, expectedVersion, true);
  }

  @Override
  public Appointment markNoShow(AppointmentId appointment, long expectedVersion) {
    return useCases.attendance().record(actor, appointment, expectedVersion, false);
  }

  @Override
  public PlanItem writePlanItem(WritePlanItemCommand command) {
    return useCases.planItems().write(actor, command);
  }

  @Override
  public PlanItem revisePlanItem(PlanItemId item, long expectedVersion, String text) {
    return useCases.planItems().revise(actor, item, expectedVersion, text);
  }

  @Override
  public Preference statePreference(StatePreferenceCommand command) {
    return useCases.preferences().state(actor, command);
  }

  @Override
  public List<FreeSlot> freeSlotsFor(AppointmentId appointment) {
    return useCases.slots().offeredFor(actor, appointment, OFFERED_SLOTS);
  }

  @Override
  public FreeSlot publishFreeSlot(PublishFreeSlotCommand command) {
    return useCases.slots().publish(actor, command);
  }

  @Override
  public void withdrawFreeSlot(FreeSlotId slot) {
    useCases.slots().withdraw(actor, slot);
  }

  @Override
  public List<FreeSlot> openFreeSlots(UnitId unit, AppointmentType type, int limit) {
    return useCases.slots().open(actor, unit, type, limit);
  }

  @Override
  public Course openCourse(CitizenId citizen, UnitId unit, CourseTemplateId template) {
    return useCases.courses().open(actor, citizen, unit, template);
  }

  @Override
  public Course changeCourseState(CourseId course, long expectedVersion, CourseState state) {
    return useCases.courses().changeState(actor, course, expectedVersion, state);
  }
}
