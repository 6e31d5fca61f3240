package dk.borgerdialog.benchmarks;

import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.PlanOperations;
import dk.borgerdialog.SetupOperations;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.contact.application.StartThreadCommand;
import dk.borgerdialog.contact.model.Message;
import dk.borgerdialog.contact.model.ThreadId;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.Centre;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitRole;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.plan.model.CourseTemplate;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.QuietHours;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The data set of {@code post}, made through the SDK: one unit with one staff member, and citizens
 * who prefer SMS, each with a course in the unit and one thread with the unit's inbox, started by
 * the citizen.
 *
 * <p>The clock stands at {@link #START}, 22:00 in Copenhagen: inside the citizens' quiet hours, so
 * that the SMS notice of a staff message is written and scheduled for the morning, as on every
 * post, but not sent while the posts are measured (sending is what {@code dispatch} measures).
 */
final class MessageData {
  /** Tuesday 10 March 2026, 22:00 in Copenhagen. */
  static final Instant START = Instant.parse("2026-03-10T21:00:00Z");

  /** A message of ordinary length. */
  static final String BODY =
      "Hej. Jeg kan desværre ikke komme på torsdag, fordi jeg skal til lægen. Kan vi finde en ny"
          + " tid i næste uge? Jeg kan bedst om formiddagen. Venlig hilsen";

  final Borgerdialog dialog;
  final Unit unit;
  final StaffMember staff;
  final List<CitizenId> citizens = new ArrayList<>();
  final List<ThreadId> threads = new ArrayList<>();

  private MessageData(Borgerdialog dialog, Unit unit, StaffMember staff) {
    this.dialog = dialog;
    this.unit = unit;
    this.staff = staff;
  }

  /**
   * Creates the organisation, the citizens and their threads through the SDK.
   *
   * @param dialog a started Borgerdialog whose clock stands at {@link #START}
   * @param citizens how many citizens
   * @param out where progress goes
   * @return the data set
   */
  static MessageData create(Borgerdialog dialog, int citizens, PrintStream out) {
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
    MessageData data = new MessageData(dialog, unit, staff);
    PlanOperations plan = dialog.as(Actor.staff(staff.id(), AssuranceLevel.SUBSTANTIAL)).plan();
    for (int i = 0; i < citizens; i++) {
      Citizen citizen =
          setup.registerCitizen(
              municipality.id(), ExternalRef.of("bench", "M-" + i), null, "Borger " + i);
      var self = dialog.as(Actor.citizen(citizen.id(), AssuranceLevel.SUBSTANTIAL));
      self.reminders()
          .saveContactPreferences(
              new ContactPreferences(
                  citizen.id(),
                  List.of(ChannelKind.SMS),
                  null,
                  "+45" + (30_000_000 + i),
                  QuietHours.DEFAULT,
                  Set.of(),
                  0));
      Course course = plan.openCourse(citizen.id(), unit.id(), template.id());
      Message first =
          self.contacts()
              .startThread(
                  new StartThreadCommand(
                      citizen.id(), unit.id(), null, course.id(), null, "Ny tid", BODY, List.of()));
      data.citizens.add(citizen.id());
      data.threads.add(first.thread());
      if ((i + 1) % 500 == 0) {
        out.printf("  %d of %d citizens with a thread%n", i + 1, citizens);
      }
    }
    return data;
  }

  /**
   * Posts the n-th message: citizens in turn, each in their own thread; in even rounds the citizen
   * writes, in odd rounds the staff member answers.
   *
   * @param n 0, 1, ...
   */
  void post(int n) {
    int citizen = n % threads.size();
    boolean fromCitizen = (n / threads.size()) % 2 == 0;
    Actor actor =
        fromCitizen
            ? Actor.citizen(citizens.get(citizen), AssuranceLevel.SUBSTANTIAL)
            : Actor.staff(staff.id(), AssuranceLevel.SUBSTANTIAL);
    dialog.as(actor).contacts().write(threads.get(citizen), BODY);
  }

  /** Whether the n-th post is the citizen's (else staff's). */
  boolean fromCitizen(int n) {
    return (n / threads.size()) % 2 == 0;
  }
}
