package dk.borgerdialog;

import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CprNumber;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.network.application.PublishActivityCommand;
import dk.borgerdialog.network.model.Activity;
import dk.borgerdialog.network.model.Frequency;
import dk.borgerdialog.network.model.Interest;
import dk.borgerdialog.network.model.Organiser;
import dk.borgerdialog.network.model.OrganiserKind;
import dk.borgerdialog.network.model.Place;
import dk.borgerdialog.network.model.Price;
import dk.borgerdialog.network.model.Schedule;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.Centre;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitRole;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;

/**
 * Frederiksberg's Mit netværk on a real database: Karen Holm (84) with a rehabilitation course, a
 * therapist, the senior centre and an association with a morning walk, the Thursday lunch, an
 * online singing evening and a talk.
 */
final class FrederiksbergNetwork implements AutoCloseable {
  static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

  final SettableClock clock;
  final Borgerdialog dialog;
  final Municipality frederiksberg;
  final Unit rehabilitation;
  final Unit homeCare;
  final Unit seniorCentre;
  final StaffMember therapist;
  final StaffMember homeCareNurse;
  final StaffMember centreStaff;
  final Citizen karen;
  final Course karensCourse;
  final Organiser centre;
  final Organiser association;
  final Activity walk;
  final Activity lunch;
  final Activity singing;
  final Activity talk;
  private int citizens;

  FrederiksbergNetwork(DataSource dataSource) {
    // Monday 12 October 2026, 08:00 in Copenhagen
    clock = SettableClock.at("2026-10-12T08:00", "Europe/Copenhagen");
    dialog = Borgerdialog.builder().dataSource(dataSource).clock(clock).start();
    SetupOperations setup = dialog.setup();
    frederiksberg = setup.createMunicipality("Frederiksberg Kommune");
    Centre health = setup.createCentre(frederiksberg.id(), "Sundhed og Omsorg");
    rehabilitation =
        setup.createUnit(
            health.id(), "Rehabiliteringsteamet", "Sundhedshuset", BookingRules.defaults());
    homeCare =
        setup.createUnit(
            health.id(), "Hjemmeplejen gruppe Nord", "Hjemmeplejen Nord", BookingRules.defaults());
    seniorCentre =
        setup.createUnit(
            health.id(),
            "Seniorcenter Søndermarken",
            "Seniorcenter Søndermarken",
            BookingRules.defaults());
    therapist =
        setup.addStaffMember(
            frederiksberg.id(),
            null,
            "Lise Dahl",
            "Fysioterapeut",
            List.of(new UnitRole(rehabilitation.id(), StaffRole.CONTACT_PERSON)));
    homeCareNurse =
        setup.addStaffMember(
            frederiksberg.id(),
            null,
            "Sofie Lund",
            "Sygeplejerske",
            List.of(new UnitRole(homeCare.id(), StaffRole.CONTACT_PERSON)));
    centreStaff =
        setup.addStaffMember(
            frederiksberg.id(),
            null,
            "Bent Madsen",
            "Aktivitetsmedarbejder",
            List.of(new UnitRole(seniorCentre.id(), StaffRole.CONTACT_PERSON)));
    karen =
        setup.registerCitizen(
            frederiksberg.id(),
            ExternalRef.of("cura", "KH-1"),
            CprNumber.parse("0203424562"),
            "Karen Holm");
    var template =
        setup.addCourseTemplate(frederiksberg.id(), "Genoptræning", CourseKind.GUIDANCE, null);
    karensCourse =
        dialog
            .as(staffActor(therapist))
            .plan()
            .openCourse(karen.id(), rehabilitation.id(), template.id());

    NetworkOperations system = dialog.as(Actor.system("setup")).network();
    system.defineInterest(frederiksberg.id(), new Interest("walking", "Gåture", "Walks"));
    system.defineInterest(frederiksberg.id(), new Interest("food", "Mad og fællesskab", "Food"));
    system.defineInterest(frederiksberg.id(), new Interest("singing", "Sang og musik", "Singing"));
    system.defineInterest(frederiksberg.id(), new Interest("talks", "Foredrag", "Talks"));

    NetworkOperations staff = dialog.as(staffActor(centreStaff)).network();
    centre =
        staff.registerOrganiser(
            seniorCentre.id(),
            OrganiserKind.MUNICIPAL_UNIT,
            "Seniorcenter Søndermarken",
            "soendermarken@frederiksberg.dk",
            "+4538211000");
    association =
        staff.registerOrganiser(
            seniorCentre.id(),
            OrganiserKind.ASSOCIATION,
            "Ældre Sagen Frederiksberg",
            null,
            "+4533303030");
    walk =
        staff.publish(
            command(
                association,
                "Morgengåtur i Frederiksberg Have",
                List.of("walking"),
                Place.at("Frederiksberg Runddel 1, 2000 Frederiksberg", "Frederiksberg C"),
                Schedule.recurring(
                    LocalDateTime.of(2026, 10, 13, 9, 30),
                    Duration.ofHours(1),
                    CPH,
                    Frequency.WEEKLY,
                    LocalDate.of(2026, 12, 29)),
                12));
    lunch =
        staff.publish(
            command(
                centre,
                "Torsdagsfrokost i seniorcentret",
                List.of("food"),
                Place.at("Roskildevej 30, 2000 Frederiksberg", "Frederiksberg"),
                Schedule.recurring(
                    LocalDateTime.of(2026, 10, 15, 12, 0),
                    Duration.ofMinutes(90),
                    CPH,
                    Frequency.WEEKLY,
                    null),
                30));
    singing =
        staff.publish(
            command(
                association,
                "Fællessang på skærmen",
                List.of("singing"),
                Place.online("https://moede.frederiksberg.dk/faellessang"),
                Schedule.recurring(
                    LocalDateTime.of(2026, 10, 14, 19, 0),
                    Duration.ofMinutes(45),
                    CPH,
                    Frequency.BIWEEKLY,
                    null),
                100));
    talk =
        staff.publish(
            command(
                centre,
                "Foredrag: Tryg i eget hjem",
                List.of("talks"),
                Place.at("Falkoner Allé 30, 2000 Frederiksberg", "Frederiksberg C"),
                Schedule.once(LocalDateTime.of(2026, 11, 5, 14, 0), Duration.ofHours(2), CPH),
                50));
  }

  static PublishActivityCommand command(
      Organiser organiser,
      String title,
      List<String> interests,
      Place place,
      Schedule schedule,
      int capacity) {
    return new PublishActivityCommand(
        organiser.id(),
        title,
        "Kom og vær med. Alle er velkomne, og der er kaffe bagefter.",
        interests,
        place,
        schedule,
        capacity,
        "Seniorer 65+",
        "Niveaufri adgang, toilet med plads til rollator",
        Price.free(),
        Duration.ofHours(2));
  }

  static Actor staffActor(StaffMember member) {
    return Actor.staff(member.id(), AssuranceLevel.SUBSTANTIAL);
  }

  static Actor citizenActor(Citizen citizen) {
    return Actor.citizen(citizen.id(), AssuranceLevel.SUBSTANTIAL);
  }

  static Instant local(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(CPH).toInstant();
  }

  NetworkOperations asKaren() {
    return dialog.as(citizenActor(karen)).network();
  }

  Citizen neighbour() {
    citizens++;
    return dialog
        .setup()
        .registerCitizen(
            frederiksberg.id(), ExternalRef.of("cura", "N-" + citizens), null, "Nabo " + citizens);
  }

  @Override
  public void close() {
    dialog.close();
  }
}
