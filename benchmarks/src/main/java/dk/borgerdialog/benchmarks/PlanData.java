package dk.borgerdialog.benchmarks;

import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.PlanOperations;
import dk.borgerdialog.SetupOperations;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.Centre;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitRole;
import dk.borgerdialog.plan.application.BookAppointmentCommand;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.plan.model.CourseTemplate;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.QuietHours;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The data set of the plan benchmarks, made through the SDK: one unit with one staff member and a
 * reminder policy of one reminder a day before, and citizens with a course each who prefer SMS.
 *
 * <p>The clock starts at {@link #START}, 09:00 in Copenhagen on a weekday. Appointments are booked
 * for the next day between 10:00 and 16:40, so that every reminder is due during the first day and
 * every appointment is still ahead at {@link #allRemindersDue()}.
 */
final class PlanData {
  /** Where the clock starts: Tuesday 10 March 2026, 09:00 in Copenhagen. */
  static final Instant START = Instant.parse("2026-03-10T08:00:00Z");

  /** The appointment type booked. */
  static final AppointmentType TYPE = AppointmentType.of("conversation");

  /** The address of the appointments. */
  static final String ADDRESS = "Nørrebrogade 52, 2200 København N";

  /** How long apart one citizen's appointments are. */
  static final Duration SPACING = Duration.ofMinutes(40);

  final Borgerdialog dialog;
  final SettableClock clock;
  final Unit unit;
  final StaffMember staff;
  final List<CitizenId> citizens = new ArrayList<>();
  final List<CourseId> courses = new ArrayList<>();

  private PlanData(Borgerdialog dialog, SettableClock clock, Unit unit, StaffMember staff) {
    this.dialog = dialog;
    this.clock = clock;
    this.unit = unit;
    this.staff = staff;
  }

  /**
   * Creates the organisation and the citizens through the SDK.
   *
   * @param dialog a started Borgerdialog whose clock is {@code clock}
   * @param clock its clock, at {@link #START}
   * @param citizens how many citizens
   * @param out where progress goes
   * @return the data set
   */
  static PlanData create(Borgerdialog dialog, SettableClock clock, int citizens, PrintStream out) {
    SetupOperations setup = dialog.setup();
    Municipality municipality = setup.createMunicipality("Københavns Kommune");
    Centre centre = setup.createCentre(municipality.id(), "Borgercenter Voksne");
    Unit unit =
        setup.createUnit(
            centre.id(), "Ambulant behandling", "Borgercenter Nord", BookingRules.defaults());
    StaffMember staff =
        setup.addStaffMember(
            municipality.id(),
            null,
            "Mette Lund",
            "Kontaktperson",
            List.of(new UnitRole(unit.id(), StaffRole.CONTACT_PERSON)));
    CourseTemplate template =
        setup.addCourseTemplate(municipality.id(), "Ambulant forløb", CourseKind.TREATMENT, null);
    dialog
        .as(Actor.system("benchmark"))
        .reminders()
        .setReminderPolicy(unit.id(), new ReminderPolicy(List.of(Duration.ofDays(1)), false));
    PlanData data = new PlanData(dialog, clock, unit, staff);
    PlanOperations plan = data.staffPlan();
    for (int i = 0; i < citizens; i++) {
      Citizen citizen =
          setup.registerCitizen(
              municipality.id(), ExternalRef.of("bench", "C-" + i), null, "Borger " + i);
      dialog
          .as(Actor.citizen(citizen.id(), AssuranceLevel.SUBSTANTIAL))
          .reminders()
          .saveContactPreferences(
              new ContactPreferences(
                  citizen.id(),
                  List.of(ChannelKind.SMS),
                  null,
                  "+45" + (20_000_000 + i),
                  QuietHours.DEFAULT,
                  Set.of(),
                  0));
      Course course = plan.openCourse(citizen.id(), unit.id(), template.id());
      data.citizens.add(citizen.id());
      data.courses.add(course.id());
      if ((i + 1) % 500 == 0) {
        out.printf("  %d of %d citizens%n", i + 1, citizens);
      }
    }
    return data;
  }

  PlanOperations staffPlan() {
    return dialog.as(Actor.staff(staff.id(), AssuranceLevel.SUBSTANTIAL)).plan();
  }

  /**
   * The command of the n-th appointment: citizens in turn, each one's next 40 minutes later.
   *
   * @param n 0, 1, ...; fewer than {@code 10 × citizens}
   * @return the command
   */
  BookAppointmentCommand appointment(int n) {
    int citizen = n % courses.size();
    int slot = n / courses.size();
    Instant start = firstAppointment().plus(SPACING.multipliedBy(slot));
    return BookAppointmentCommand.at(
        courses.get(citizen),
        TYPE,
        start,
        start.plus(Duration.ofMinutes(30)),
        AppointmentMode.inPerson(ADDRESS),
        List.of(staff.id()));
  }

  /** The first appointment: 10:00 in Copenhagen the day after {@link #START}. */
  static Instant firstAppointment() {
    return START.plus(Duration.ofDays(1)).plus(Duration.ofHours(1));
  }

  /** A time the next morning when every reminder is due and every appointment still ahead. */
  static Instant allRemindersDue() {
    return START.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(30));
  }
}
