package dk.borgerdialog.reliability.support;

import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.PlanOperations;
import dk.borgerdialog.SetupOperations;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.citizen.model.CprNumber;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.Centre;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.organisation.model.UnitRole;
import dk.borgerdialog.plan.application.BookAppointmentCommand;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.plan.model.CourseTemplate;
import dk.borgerdialog.plan.model.CourseTemplateId;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.QuietHours;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * A municipality with one unit, a caseworker and a course template, set up through the SDK, and
 * citizens with appointments in it.
 */
public final class Seed {
  /** The appointment type every seeded appointment has. */
  public static final AppointmentType CONVERSATION = AppointmentType.of("conversation");

  private final Borgerdialog dialog;
  private final Municipality municipality;
  private final Unit unit;
  private final StaffMember caseworker;
  private final CourseTemplate template;

  private Seed(
      Borgerdialog dialog,
      Municipality municipality,
      Unit unit,
      StaffMember caseworker,
      CourseTemplate template) {
    this.dialog = dialog;
    this.municipality = municipality;
    this.unit = unit;
    this.caseworker = caseworker;
    this.template = template;
  }

  /**
   * Sets up a municipality with a unit, a caseworker and a template.
   *
   * @param dialog the SDK
   * @param name the municipality's name
   * @param policy the unit's reminder policy
   * @return the seed
   */
  public static Seed organisation(Borgerdialog dialog, String name, ReminderPolicy policy) {
    SetupOperations setup = dialog.setup();
    Municipality kk = setup.createMunicipality(name);
    Centre centre = setup.createCentre(kk.id(), "Borgercenter Voksne");
    Unit unit =
        setup.createUnit(centre.id(), "Rådgivning", "Borgercenter Nord", BookingRules.defaults());
    StaffMember caseworker =
        setup.addStaffMember(
            kk.id(),
            null,
            "Mette Sørensen",
            null,
            List.of(new UnitRole(unit.id(), StaffRole.CASEWORKER)));
    CourseTemplate template =
        setup.addCourseTemplate(kk.id(), "Samtaleforløb", CourseKind.COUNSELLING, null);
    dialog.as(Actor.system("setup")).reminders().setReminderPolicy(unit.id(), policy);
    return new Seed(dialog, kk, unit, caseworker, template);
  }

  /** A citizen with an open course. */
  public record Booked(CitizenId citizen, Course course, @Nullable Appointment appointment) {}

  public Municipality municipality() {
    return municipality;
  }

  public UnitId unit() {
    return unit.id();
  }

  public StaffMemberId caseworker() {
    return caseworker.id();
  }

  public CourseTemplateId template() {
    return template.id();
  }

  /** The caseworker's plan operations. */
  public PlanOperations staffPlan() {
    return dialog.as(Actor.staff(caseworker.id(), AssuranceLevel.SUBSTANTIAL)).plan();
  }

  /**
   * Registers a citizen who prefers the given channels, with an open course.
   *
   * @param ref the host's id of the citizen
   * @param cpr the CPR number, if any
   * @param channels the channels in order
   * @param email the e-mail address, if any
   * @param phone the phone number, if any
   * @return the citizen and the course
   */
  public Booked citizen(
      String ref,
      @Nullable CprNumber cpr,
      List<ChannelKind> channels,
      @Nullable String email,
      @Nullable String phone) {
    Citizen citizen =
        dialog
            .setup()
            .registerCitizen(
                municipality.id(), ExternalRef.of("sensum", ref), cpr, "Borger " + ref);
    if (cpr != null) {
      LogLeaks.secret(cpr.value());
    }
    dialog
        .as(Actor.citizen(citizen.id(), AssuranceLevel.SUBSTANTIAL))
        .reminders()
        .saveContactPreferences(
            new ContactPreferences(
                citizen.id(), channels, email, phone, QuietHours.DEFAULT, Set.of(), 0));
    Course course = staffPlan().openCourse(citizen.id(), unit.id(), template.id());
    return new Booked(citizen.id(), course, null);
  }

  /**
   * Books an appointment of one hour in the citizen's course.
   *
   * @param citizen the citizen
   * @param start the start
   * @return the citizen with the appointment
   */
  public Booked book(Booked citizen, Instant start) {
    Appointment appointment =
        staffPlan()
            .book(
                BookAppointmentCommand.at(
                    citizen.course().id(),
                    CONVERSATION,
                    start,
                    start.plus(Duration.ofHours(1)),
                    AppointmentMode.phone(),
                    List.of(caseworker.id())));
    return new Booked(citizen.citizen(), citizen.course(), appointment);
  }

  /**
   * Registers {@code count} citizens who prefer SMS (phone {@code +45 2xxxxxxx}), each with one
   * appointment at {@code start}, on several threads.
   *
   * @param count how many
   * @param start the appointments' start
   * @param threads how many threads book at once
   * @return the citizens, in order
   * @throws Exception if a booking fails
   */
  public List<Booked> smsCitizens(int count, Instant start, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Booked>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int n = i;
        futures.add(
            pool.submit(
                () ->
                    book(
                        citizen("C-" + n, null, List.of(ChannelKind.SMS), null, phone(n)), start)));
      }
      List<Booked> booked = new ArrayList<>();
      for (Future<Booked> future : futures) {
        booked.add(future.get());
      }
      return booked;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The phone number of the n-th seeded citizen.
   *
   * @param n the citizen's number
   * @return a Danish mobile number
   */
  public static String phone(int n) {
    return String.format("+45%08d", 20000000 + n);
  }
}
