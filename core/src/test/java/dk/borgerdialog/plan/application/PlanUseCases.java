package dk.borgerdialog.plan.application;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.citizen.model.Citizens;
import dk.borgerdialog.common.DomainEvents;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.organisation.model.Organisations;
import dk.borgerdialog.organisation.model.StaffMembers;
import dk.borgerdialog.plan.model.Appointments;
import dk.borgerdialog.plan.model.CourseTemplates;
import dk.borgerdialog.plan.model.Courses;
import dk.borgerdialog.plan.model.FreeSlots;
import dk.borgerdialog.plan.model.Overviews;
import dk.borgerdialog.plan.model.PlanItems;
import dk.borgerdialog.plan.model.Preferences;
import dk.borgerdialog.reminder.application.ReminderPlanning;
import java.time.Clock;

/**
 * The use cases of Min planlægning, wired by hand for tests.
 *
 * <p>The use cases' constructors are package-private (a DI container calls them); this test-only
 * class sits in their package to reach them, so that the fixtures need no change to main code.
 *
 * @param booking booking appointments
 * @param moving moving appointments
 * @param canceling cancelling appointments
 * @param attendance recording attendance
 * @param planItems writing plan items
 * @param preferences stating preferences
 * @param freeSlots managing free slots
 * @param overview viewing the overview
 * @param courses managing courses
 */
public record PlanUseCases(
    BookingAppointments booking,
    MovingAppointments moving,
    CancelingAppointments canceling,
    RecordingAttendance attendance,
    WritingPlanItems planItems,
    StatingPreferences preferences,
    ManagingFreeSlots freeSlots,
    ViewingOverview overview,
    ManagingCourses courses) {

  /**
   * The ports the use cases need.
   *
   * @param appointments the appointments
   * @param courses the courses
   * @param templates the course templates
   * @param organisations the organisations
   * @param citizens the citizens
   * @param staff the staff directory
   * @param slots the free slots
   * @param planItems the plan items
   * @param preferences the preferences
   * @param overviews the overview read path
   * @param events the outbox
   * @param transactions the transactions
   * @param clock the clock
   * @param reminderPlanning plans and withdraws reminders
   * @param inApp the citizens' in-app notifications
   */
  public record Ports(
      Appointments appointments,
      Courses courses,
      CourseTemplates templates,
      Organisations organisations,
      Citizens citizens,
      StaffMembers staff,
      FreeSlots slots,
      PlanItems planItems,
      Preferences preferences,
      Overviews overviews,
      DomainEvents events,
      Transactions transactions,
      Clock clock,
      ReminderPlanning reminderPlanning,
      dk.borgerdialog.notification.model.InAppNotifications inApp) {}

  /**
   * Wires every use case.
   *
   * @param ports the ports
   * @param access the access control
   * @return the use cases
   */
  public static PlanUseCases wire(Ports ports, AccessControl access) {
    Lookups lookups =
        new Lookups(
            ports.appointments(),
            ports.courses(),
            ports.organisations(),
            ports.citizens(),
            ports.staff());
    FreedTimes freedTimes = new FreedTimes(ports.slots());
    Transactions tx = ports.transactions();
    Clock clock = ports.clock();
    return new PlanUseCases(
        new BookingAppointments(
            lookups,
            ports.appointments(),
            ports.slots(),
            ports.events(),
            access,
            tx,
            clock,
            ports.reminderPlanning()),
        new MovingAppointments(
            lookups,
            ports.appointments(),
            ports.slots(),
            freedTimes,
            ports.events(),
            access,
            tx,
            clock,
            ports.reminderPlanning()),
        new CancelingAppointments(
            lookups,
            ports.appointments(),
            freedTimes,
            ports.events(),
            access,
            tx,
            clock,
            ports.reminderPlanning()),
        new RecordingAttendance(lookups, ports.appointments(), ports.events(), access, tx, clock),
        new WritingPlanItems(lookups, ports.planItems(), access, tx, clock),
        new StatingPreferences(lookups, ports.preferences(), access, tx, clock),
        new ManagingFreeSlots(lookups, ports.slots(), access, tx, clock),
        new ViewingOverview(ports.overviews(), access, tx, clock),
        new ManagingCourses(lookups, ports.courses(), ports.templates(), access, tx, clock));
  }
}
