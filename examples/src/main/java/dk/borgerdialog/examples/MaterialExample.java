package dk.borgerdialog.examples;

import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.MaterialOperations;
import dk.borgerdialog.SetupOperations;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.material.application.AttachMaterialCommand;
import dk.borgerdialog.material.model.ItemStatus;
import dk.borgerdialog.material.model.MaterialAttachment;
import dk.borgerdialog.material.model.MaterialItem;
import dk.borgerdialog.material.model.MaterialVariant;
import dk.borgerdialog.material.model.ReleaseRule;
import dk.borgerdialog.material.model.ReleasedItem;
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
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.plan.model.CourseTemplate;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Information material along a course: the citizen centre attaches a welcome text and the "Vis Vej"
 * video about the way to the centre to its course template; the video is released two calendar days
 * before the first conversation. Jonas Berg watches it on Saturday, re-watches it on Monday morning
 * before he leaves, and marks it understood; his caseworker sees what was released, seen and
 * understood.
 *
 * <p>A settable clock walks through the days, so the example finishes at once. Run it with {@code
 * mvn -q -pl examples -am package -DskipTests exec:java -Dexample=MaterialExample}.
 */
public final class MaterialExample {
  private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
  private static final AppointmentType CONVERSATION = AppointmentType.of("conversation");

  private MaterialExample() {}

  /**
   * Runs the example on an in-memory H2 database.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    SettableClock clock = SettableClock.at("2026-11-18T10:00", "Europe/Copenhagen");
    try (Borgerdialog dialog = Borgerdialog.builder().clock(clock).start()) {
      run(dialog, clock, System.out);
    }
  }

  /**
   * Runs the story on a started Borgerdialog whose clock is {@code clock}.
   *
   * @param dialog a started Borgerdialog on an empty database
   * @param clock its clock, set to Wednesday 18 November 2026 10:00 in Copenhagen
   * @param out where to print
   * @return what the caseworker sees at the end
   */
  public static List<ItemStatus> run(Borgerdialog dialog, SettableClock clock, PrintStream out) {
    SetupOperations setup = dialog.setup();
    Municipality kk = setup.createMunicipality("Københavns Kommune");
    Centre centre = setup.createCentre(kk.id(), "Borgercenter Voksne");
    Unit treatment =
        setup.createUnit(
            centre.id(), "Ambulant behandling", "Borgercenter Nord", BookingRules.defaults());
    StaffMember caseworker =
        setup.addStaffMember(
            kk.id(),
            null,
            "Mette Sørensen",
            "Sagsbehandler",
            List.of(new UnitRole(treatment.id(), StaffRole.CASEWORKER)));
    Citizen jonas =
        setup.registerCitizen(kk.id(), ExternalRef.of("sensum", "J-1"), null, "Jonas Berg");
    CourseTemplate template =
        setup.addCourseTemplate(kk.id(), "Samtaleforløb", CourseKind.TREATMENT, null);

    // the host attaches the centre's material to the template once
    MaterialOperations host = dialog.as(Actor.system("citizen-portal")).material();
    MaterialAttachment everyCourse = MaterialAttachment.template(template.id());
    host.attach(
        AttachMaterialCommand.text(
            everyCourse,
            ReleaseRule.atStart(),
            MaterialVariant.text(
                Language.DA,
                "Velkommen til Borgercenter Nord",
                "Vi glæder os til at se dig. Du kan altid **ringe**, hvis noget er svært."),
            MaterialVariant.text(
                Language.EN,
                "Welcome to Borgercenter Nord",
                "We look forward to seeing you. You can always **call** if something is hard.")));
    MaterialItem video =
        host.attach(
            AttachMaterialCommand.video(
                everyCourse,
                Duration.ofSeconds(154),
                ReleaseRule.daysBefore(2, CONVERSATION),
                MaterialVariant.video(
                    Language.DA,
                    "Vis Vej: vejen til centret",
                    URI.create("https://video.example.dk/visvej/vejen-til-centret.mp4"),
                    URI.create("https://video.example.dk/visvej/vejen-til-centret.da.vtt"),
                    "Fra Nørreport tager du bus 5C til Nørrebrogade. Indgangen er i gården.")));

    // the caseworker opens Jonas's course and books the first conversation on Monday
    Actor mette = Actor.staff(caseworker.id(), AssuranceLevel.SUBSTANTIAL);
    Course course = dialog.as(mette).plan().openCourse(jonas.id(), treatment.id(), template.id());
    Instant monday = local("2026-11-23T10:00");
    dialog
        .as(mette)
        .plan()
        .book(
            BookAppointmentCommand.at(
                course.id(),
                CONVERSATION,
                monday,
                monday.plus(Duration.ofHours(1)),
                AppointmentMode.inPerson("Nørrebrogade 10, 2200 København N"),
                List.of(caseworker.id())));

    MaterialOperations citizen =
        dialog.as(Actor.citizen(jonas.id(), AssuranceLevel.SUBSTANTIAL)).material();
    show(out, clock, citizen.released(course.id()));

    clock.set(local("2026-11-21T09:30"));
    show(out, clock, citizen.released(course.id()));
    ReleasedItem watched = citizen.open(course.id(), video.id());
    out.println(
        "Jonas watches \""
            + watched.title()
            + "\" ("
            + watched.duration().toSeconds()
            + " s, captions "
            + (watched.captions() != null ? "on" : "off")
            + "): view "
            + watched.progress().views());

    clock.set(local("2026-11-23T08:40"));
    ReleasedItem again = citizen.open(course.id(), video.id());
    out.println(
        at(clock) + " Jonas re-watches it before he leaves: view " + again.progress().views());
    ReleasedItem understood = citizen.markUnderstood(course.id(), video.id());
    out.println(at(clock) + " Jonas marks it understood.");

    List<ItemStatus> report = dialog.as(mette).material().progress(course.id());
    out.println("Mette sees for the course:");
    for (ItemStatus status : report) {
      out.println(
          "  "
              + status.title()
              + ": "
              + (status.released() ? "released" : "not released")
              + ", "
              + status.progress().views()
              + " view(s)"
              + (status.understood() ? ", understood" : ""));
    }
    if (understood.progress().understoodAt() == null) {
      throw new IllegalStateException("the mark was not kept");
    }
    return report;
  }

  private static void show(PrintStream out, SettableClock clock, List<ReleasedItem> items) {
    out.println(
        at(clock)
            + " Jonas sees: "
            + String.join(", ", items.stream().map(ReleasedItem::title).toList()));
  }

  private static String at(SettableClock clock) {
    return WHEN.format(clock.instant().atZone(COPENHAGEN));
  }

  private static Instant local(String text) {
    return LocalDateTime.parse(text).atZone(COPENHAGEN).toInstant();
  }
}
