package dk.borgerdialog.testfixtures;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.plan.model.CitizenOverview;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseSummary;
import dk.borgerdialog.plan.model.CourseTemplate;
import dk.borgerdialog.plan.model.Overviews;
import dk.borgerdialog.plan.model.Participant;
import dk.borgerdialog.plan.model.UpcomingAppointment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The overview read path, assembled from the other in-memory fakes. */
public final class InMemoryOverviews implements Overviews {
  private final InMemoryCitizens citizens;
  private final InMemoryCourses courses;
  private final InMemoryCourseTemplates templates;
  private final InMemoryOrganisations organisations;
  private final InMemoryStaffMembers staff;
  private final InMemoryAppointments appointments;
  private final InMemoryPlanItems planItems;
  private final InMemoryPreferences preferences;
  private final InMemoryInAppNotifications inApp;

  /**
   * Creates the read path over the fakes it reads.
   *
   * @param citizens the citizens
   * @param courses the courses
   * @param templates the course templates
   * @param organisations the organisations
   * @param staff the staff directory
   * @param appointments the appointments
   * @param planItems the plan items
   * @param preferences the preferences
   * @param inApp the in-app notifications
   */
  public InMemoryOverviews(
      InMemoryCitizens citizens,
      InMemoryCourses courses,
      InMemoryCourseTemplates templates,
      InMemoryOrganisations organisations,
      InMemoryStaffMembers staff,
      InMemoryAppointments appointments,
      InMemoryPlanItems planItems,
      InMemoryPreferences preferences,
      InMemoryInAppNotifications inApp) {
    this.citizens = citizens;
    this.courses = courses;
    this.templates = templates;
    this.organisations = organisations;
    this.staff = staff;
    this.appointments = appointments;
    this.planItems = planItems;
    this.preferences = preferences;
    this.inApp = inApp;
  }

  @Override
  public Optional<Read> read(
      CitizenId citizen,
      Instant now,
      int maxUpcoming,
      @Nullable Set<UnitId> onlyUnits,
      int notifications) {
    Optional<Citizen> found = citizens.byId(citizen);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Citizen person = found.get();
    List<CourseSummary> summaries = new ArrayList<>();
    Set<UnitId> courseUnits = new java.util.HashSet<>();
    for (Course course : courses.of(citizen)) {
      courseUnits.add(course.unit());
      if (onlyUnits != null && !onlyUnits.contains(course.unit())) {
        continue;
      }
      CourseTemplate template = templates.byId(course.template()).orElseThrow();
      summaries.add(
          new CourseSummary(
              course,
              template.name(),
              template.kind(),
              unit(course.unit()).publicName(),
              planItems.of(course.id()),
              preferences.of(course.id())));
    }
    List<UpcomingAppointment> upcoming =
        appointments.of(citizen, AppointmentStatus.BOOKED).stream()
            .filter(a -> a.end().isAfter(now))
            .filter(a -> onlyUnits == null || onlyUnits.contains(a.unit()))
            .limit(maxUpcoming)
            .map(this::upcoming)
            .toList();
    return Optional.of(
        new Read(
            new CitizenOverview(
                citizen,
                person.name(),
                person.language(),
                person.zone(),
                summaries,
                upcoming,
                notifications == 0 ? List.of() : inApp.of(citizen, notifications),
                notifications == 0 ? 0 : inApp.unread(citizen)),
            courseUnits));
  }

  private UpcomingAppointment upcoming(Appointment appointment) {
    Unit unit = unit(appointment.unit());
    List<Participant> participants = new ArrayList<>();
    for (StaffMemberId id : appointment.participants()) {
      staff.byId(id).ifPresent(m -> participants.add(new Participant(m.id(), m.name(), m.title())));
    }
    return new UpcomingAppointment(appointment, unit.publicName(), unit.rules(), participants);
  }

  private Unit unit(UnitId id) {
    return organisations.unit(id).orElseThrow();
  }
}
