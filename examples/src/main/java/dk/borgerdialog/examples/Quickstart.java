package dk.borgerdialog.examples;

import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.PlanOperations;
import dk.borgerdialog.SetupOperations;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CprNumber;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.UnableToChangeException;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.Centre;
import dk.borgerdialog.organisation.model.ChangeDeadline;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitRole;
import dk.borgerdialog.plan.application.BookAppointmentCommand;
import dk.borgerdialog.plan.application.CancelAppointmentCommand;
import dk.borgerdialog.plan.application.MoveAppointmentCommand;
import dk.borgerdialog.plan.application.PublishFreeSlotCommand;
import dk.borgerdialog.plan.application.StatePreferenceCommand;
import dk.borgerdialog.plan.application.WritePlanItemCommand;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.plan.model.CitizenOverview;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.plan.model.CourseSummary;
import dk.borgerdialog.plan.model.CourseTemplate;
import dk.borgerdialog.plan.model.FreeSlot;
import dk.borgerdialog.plan.model.Participant;
import dk.borgerdialog.plan.model.PlanItem;
import dk.borgerdialog.plan.model.PlanItemKind;
import dk.borgerdialog.plan.model.Preference;
import dk.borgerdialog.plan.model.PreferenceKind;
import dk.borgerdialog.plan.model.UpcomingAppointment;
import java.io.PrintStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The quickstart: Jonas moves Monday's appointment on Sunday evening.
 *
 * <p>Sets up Københavns Kommune with a treatment unit whose deadline for changes is 12 hours, a
 * caseworker, the citizen Jonas and his course. The caseworker books three appointments and
 * publishes a free slot on Wednesday. On Sunday at 20:00, Jonas moves Monday's 09:00 into the
 * Wednesday slot, cancels Tuesday's with a reason, and tries to move Monday's 07:30, whose deadline
 * has passed. Then it prints his overview.
 *
 * <p>Run it with {@code mvn -q -pl examples -am package -DskipTests exec:java}. It uses an
 * in-memory H2 database; {@link PostgresQuickstart} runs the same on PostgreSQL.
 */
public final class Quickstart {
  private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
  private static final AppointmentType CONVERSATION = AppointmentType.of("conversation");

  private Quickstart() {}

  /**
   * Runs the quickstart on an in-memory H2 database.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Clock sundayEvening = Clock.fixed(nextSundayEvening(Instant.now()), COPENHAGEN);
    try (Borgerdialog dialog = Borgerdialog.builder().clock(sundayEvening).start()) {
      run(dialog, System.out);
    }
  }

  /**
   * Sunday 20:00 in Copenhagen, in the week after {@code now}.
   *
   * @param now the current instant
   * @return the coming Sunday at 20:00 local time
   */
  static Instant nextSundayEvening(Instant now) {
    return now.atZone(COPENHAGEN)
        .with(TemporalAdjusters.next(DayOfWeek.SUNDAY))
        .with(LocalTime.of(20, 0))
        .toInstant();
  }

  /**
   * Runs the story on a started Borgerdialog whose clock stands at a Sunday 20:00 in Copenhagen.
   *
   * @param dialog the started Borgerdialog
   * @param out where to print
   * @return Jonas's overview at the end
   */
  public static CitizenOverview run(Borgerdialog dialog, PrintStream out) {
    ZonedDateTime sunday = dialog.clock().instant().atZone(COPENHAGEN);

    // 1. The host sets up the organisation, as the system actor.
    SetupOperations setup = dialog.setup();
    Municipality kk = setup.createMunicipality("Københavns Kommune");
    Centre centre = setup.createCentre(kk.id(), "Borgercenter Voksne");
    Unit unit =
        setup.createUnit(
            centre.id(),
            "Ambulant rusmiddelbehandling",
            "Borgercenter Nord",
            new BookingRules(ChangeDeadline.hoursBefore(12), true, true));
    StaffMember caseworker =
        setup.addStaffMember(
            kk.id(),
            ExternalRef.of("ad", "mette.s"),
            "Mette Sørensen",
            "Sagsbehandler",
            List.of(new UnitRole(unit.id(), StaffRole.CASEWORKER)));
    Citizen jonas =
        setup.registerCitizen(
            kk.id(),
            ExternalRef.of("sensum", "J-1042"),
            CprNumber.parse("120392-1235"),
            "Jonas Berg");
    CourseTemplate template =
        setup.addCourseTemplate(
            kk.id(), "Samtaleforløb", CourseKind.TREATMENT, "Samtaler med din behandler");

    // 2. The caseworker opens the course, writes the plan and books appointments.
    PlanOperations staff =
        dialog.as(Actor.staff(caseworker.id(), AssuranceLevel.SUBSTANTIAL)).plan();
    Course course = staff.openCourse(jonas.id(), unit.id(), template.id());
    staff.writePlanItem(
        new WritePlanItemCommand(course.id(), PlanItemKind.GOAL, "Keep a steady place to live"));
    staff.writePlanItem(
        new WritePlanItemCommand(
            course.id(), PlanItemKind.WAY_FORWARD, "Weekly conversations until the new year"));
    AppointmentMode centreAddress = AppointmentMode.inPerson("Nørrebrogade 10, 2200 København N");
    Appointment monday =
        book(staff, course, sunday.plusDays(1).with(LocalTime.of(9, 0)), centreAddress, caseworker);
    Appointment early =
        book(
            staff,
            course,
            sunday.plusDays(1).with(LocalTime.of(7, 30)),
            AppointmentMode.phone(),
            caseworker);
    Appointment tuesday =
        book(
            staff, course, sunday.plusDays(2).with(LocalTime.of(10, 0)), centreAddress, caseworker);
    FreeSlot wednesday =
        staff.publishFreeSlot(
            new PublishFreeSlotCommand(
                unit.id(),
                CONVERSATION,
                caseworker.id(),
                sunday.plusDays(3).with(LocalTime.of(13, 0)).toInstant(),
                sunday.plusDays(3).with(LocalTime.of(14, 0)).toInstant(),
                centreAddress));

    // 3. Sunday 20:00: Jonas, signed in with MitID, moves, cancels and states a preference.
    PlanOperations citizen =
        dialog.as(Actor.citizen(jonas.id(), AssuranceLevel.SUBSTANTIAL)).plan();
    out.println("Now: " + WHEN.format(sunday) + " in Copenhagen. Deadline for changes: 12 hours.");
    out.println();

    Appointment moved =
        citizen.move(MoveAppointmentCommand.toSlot(monday.id(), monday.version(), wednesday.id()));
    out.println("Moved Monday 09:00 to " + WHEN.format(moved.start().atZone(COPENHAGEN)) + ".");

    citizen.cancel(
        new CancelAppointmentCommand(
            tuesday.id(),
            tuesday.version(),
            CancellationReason.of(CancellationReasonCode.WORK_OR_EDUCATION, "Job interview")));
    out.println("Cancelled Tuesday 10:00 with a reason.");

    try {
      citizen.move(MoveAppointmentCommand.toSlot(early.id(), early.version(), wednesday.id()));
    } catch (UnableToChangeException refused) {
      out.println("Moving Monday 07:30 was refused: " + refused.getMessage());
    }
    citizen.statePreference(
        new StatePreferenceCommand(
            course.id(), PreferenceKind.PREFERRED_TIME, "Afternoons, please"));
    out.println();

    CitizenOverview overview = citizen.overview(jonas.id());
    print(overview, dialog.clock().instant(), out);
    return overview;
  }

  private static Appointment book(
      PlanOperations staff,
      Course course,
      ZonedDateTime start,
      AppointmentMode mode,
      StaffMember with) {
    return staff.book(
        BookAppointmentCommand.at(
            course.id(),
            CONVERSATION,
            start.toInstant(),
            start.plusHours(1).toInstant(),
            mode,
            List.of(with.id())));
  }

  /**
   * Prints an overview as a readable table.
   *
   * @param overview the overview
   * @param now the current instant, for the "can change" column
   * @param out where to print
   */
  public static void print(CitizenOverview overview, Instant now, PrintStream out) {
    out.println("Min planlægning for " + overview.name());
    for (CourseSummary course : overview.courses()) {
      out.println(
          "  Course: "
              + course.templateName()
              + " at "
              + course.unitPublicName()
              + " ("
              + course.course().state().name().toLowerCase(Locale.ROOT)
              + ")");
      for (PlanItem item : course.planItems()) {
        out.println("    " + label(item.kind()) + ": " + item.text());
      }
      for (Preference preference : course.preferences()) {
        out.println("    My preference: " + preference.text());
      }
    }
    out.println();
    String format = "  %-18s %-20s %-10s %-16s %s%n";
    out.printf(format, "When", "Where", "How", "With", "Change until");
    out.printf(format, "----", "-----", "---", "----", "------------");
    for (UpcomingAppointment upcoming : overview.upcoming()) {
      Appointment a = upcoming.appointment();
      ZoneId zone = overview.zone();
      String with =
          upcoming.participants().stream().map(Participant::name).collect(Collectors.joining(", "));
      String until =
          upcoming.citizenMayMove(now, zone)
              ? WHEN.format(upcoming.changeDeadline(zone).atZone(zone))
              : "call the unit";
      out.printf(
          format,
          WHEN.format(a.start().atZone(zone)),
          upcoming.unitPublicName(),
          a.mode().code(),
          with,
          until);
    }
    overview
        .next()
        .ifPresent(
            next ->
                out.println(
                    "\nNext: "
                        + WHEN.format(next.appointment().start().atZone(overview.zone()))
                        + " at "
                        + next.unitPublicName()));
  }

  private static String label(PlanItemKind kind) {
    return switch (kind) {
      case GOAL -> "Goal";
      case TASK -> "Task";
      case WAY_FORWARD -> "The way forward";
    };
  }
}
