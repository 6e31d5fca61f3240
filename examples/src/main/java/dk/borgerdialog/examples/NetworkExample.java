package dk.borgerdialog.examples;

import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.NetworkOperations;
import dk.borgerdialog.SetupOperations;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.calendar.model.FeedToken;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.network.application.ActivityQuery;
import dk.borgerdialog.network.application.PublishActivityCommand;
import dk.borgerdialog.network.model.Activity;
import dk.borgerdialog.network.model.Frequency;
import dk.borgerdialog.network.model.Interest;
import dk.borgerdialog.network.model.Occurrence;
import dk.borgerdialog.network.model.OccurrencePage;
import dk.borgerdialog.network.model.Organiser;
import dk.borgerdialog.network.model.OrganiserKind;
import dk.borgerdialog.network.model.Place;
import dk.borgerdialog.network.model.Price;
import dk.borgerdialog.network.model.Schedule;
import dk.borgerdialog.network.model.Signup;
import dk.borgerdialog.network.model.SuggestedActivity;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.Centre;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitRole;
import dk.borgerdialog.plan.model.CourseKind;
import java.io.PrintStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mit netværk for Karen Holm, 84, in Frederiksberg: she finds a morning walking group and the
 * senior centre's Thursday lunch, signs up, and gets a calendar feed.
 *
 * <p>Sets up Frederiksberg's senior centre with an association, four activities (a weekly morning
 * walk, the Thursday lunch, an online singing evening every second week and a talk), Karen with a
 * rehabilitation course and her therapist. Karen states her interests, sees the activities that
 * match them and her therapist's suggestion, signs up, and the feed her calendar app subscribes to
 * is printed.
 *
 * <pre>
 * mvn -q -pl examples -am package -DskipTests exec:java -Dexample=NetworkExample
 * </pre>
 */
public final class NetworkExample {
  static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH).withZone(COPENHAGEN);

  private NetworkExample() {}

  /**
   * Runs the example on an in-memory H2, on the coming Monday at 08:00 in Copenhagen.
   *
   * @param args none
   */
  public static void main(String[] args) {
    Clock monday = Clock.fixed(nextMondayMorning(Instant.now()), COPENHAGEN);
    try (Borgerdialog dialog = Borgerdialog.builder().clock(monday).start()) {
      run(dialog, monday, System.out);
    }
  }

  /**
   * Monday 08:00 in Copenhagen, in the week after {@code now}.
   *
   * @param now the current instant
   * @return the coming Monday at 08:00 local time
   */
  static Instant nextMondayMorning(Instant now) {
    return now.atZone(COPENHAGEN)
        .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
        .with(LocalTime.of(8, 0))
        .toInstant();
  }

  /**
   * The story.
   *
   * @param dialog a started Borgerdialog on an empty database
   * @param clock its clock
   * @param out where to print
   * @return Karen's calendar feed
   */
  static String run(Borgerdialog dialog, Clock clock, PrintStream out) {
    LocalDate monday = LocalDate.now(clock);
    SetupOperations setup = dialog.setup();
    Municipality frederiksberg = setup.createMunicipality("Frederiksberg Kommune");
    Centre health = setup.createCentre(frederiksberg.id(), "Sundhed og Omsorg");
    Unit rehabilitation =
        setup.createUnit(
            health.id(), "Rehabiliteringsteamet", "Sundhedshuset", BookingRules.defaults());
    Unit seniorCentre =
        setup.createUnit(
            health.id(),
            "Seniorcenter Søndermarken",
            "Seniorcenter Søndermarken",
            BookingRules.defaults());
    StaffMember therapist =
        setup.addStaffMember(
            frederiksberg.id(),
            null,
            "Lise Dahl",
            "Fysioterapeut",
            List.of(new UnitRole(rehabilitation.id(), StaffRole.CONTACT_PERSON)));
    StaffMember activities =
        setup.addStaffMember(
            frederiksberg.id(),
            null,
            "Bent Madsen",
            "Aktivitetsmedarbejder",
            List.of(new UnitRole(seniorCentre.id(), StaffRole.CONTACT_PERSON)));
    Citizen karen =
        setup.registerCitizen(
            frederiksberg.id(), ExternalRef.of("cura", "KH-1"), null, "Karen Holm");
    var template =
        setup.addCourseTemplate(frederiksberg.id(), "Genoptræning", CourseKind.GUIDANCE, null);
    dialog
        .as(Actor.staff(therapist.id(), AssuranceLevel.SUBSTANTIAL))
        .plan()
        .openCourse(karen.id(), rehabilitation.id(), template.id());

    NetworkOperations system = dialog.as(Actor.system("setup")).network();
    system.defineInterest(frederiksberg.id(), new Interest("walking", "Gåture", "Walks"));
    system.defineInterest(frederiksberg.id(), new Interest("food", "Mad og fællesskab", "Food"));
    system.defineInterest(frederiksberg.id(), new Interest("singing", "Sang og musik", "Singing"));
    system.defineInterest(frederiksberg.id(), new Interest("talks", "Foredrag", "Talks"));

    NetworkOperations staff =
        dialog.as(Actor.staff(activities.id(), AssuranceLevel.SUBSTANTIAL)).network();
    Organiser centre =
        staff.registerOrganiser(
            seniorCentre.id(),
            OrganiserKind.MUNICIPAL_UNIT,
            "Seniorcenter Søndermarken",
            "soendermarken@frederiksberg.dk",
            "+4538211000");
    Organiser association =
        staff.registerOrganiser(
            seniorCentre.id(), OrganiserKind.ASSOCIATION, "Ældre Sagen Frederiksberg", null, null);
    Activity walk =
        staff.publish(
            activity(
                association,
                "Morgengåtur i Frederiksberg Have",
                "walking",
                Place.at("Frederiksberg Runddel 1, 2000 Frederiksberg", "Frederiksberg C"),
                Schedule.recurring(
                    monday.plusDays(1).atTime(9, 30),
                    Duration.ofHours(1),
                    COPENHAGEN,
                    Frequency.WEEKLY,
                    monday.plusWeeks(8)),
                12,
                Price.free()));
    Activity lunch =
        staff.publish(
            activity(
                centre,
                "Torsdagsfrokost i seniorcentret",
                "food",
                Place.at("Roskildevej 30, 2000 Frederiksberg", "Frederiksberg"),
                Schedule.recurring(
                    monday.plusDays(3).atTime(12, 0),
                    Duration.ofMinutes(90),
                    COPENHAGEN,
                    Frequency.WEEKLY,
                    null),
                30,
                Price.of(45, 0)));
    staff.publish(
        activity(
            association,
            "Fællessang på skærmen",
            "singing",
            Place.online("https://moede.frederiksberg.dk/faellessang"),
            Schedule.recurring(
                monday.plusDays(2).atTime(19, 0),
                Duration.ofMinutes(45),
                COPENHAGEN,
                Frequency.BIWEEKLY,
                null),
            100,
            Price.free()));
    staff.publish(
        activity(
            centre,
            "Foredrag: Tryg i eget hjem",
            "talks",
            Place.at("Falkoner Allé 30, 2000 Frederiksberg", "Frederiksberg C"),
            Schedule.once(
                LocalDateTime.of(monday.plusDays(10), LocalTime.of(14, 0)),
                Duration.ofHours(2),
                COPENHAGEN),
            50,
            Price.free()));
    out.println("Now: " + WHEN.format(clock.instant()) + " in Copenhagen");

    dialog
        .as(Actor.staff(therapist.id(), AssuranceLevel.SUBSTANTIAL))
        .network()
        .suggest(karen.id(), lunch.id());

    NetworkOperations asKaren =
        dialog.as(Actor.citizen(karen.id(), AssuranceLevel.SUBSTANTIAL)).network();
    asKaren.stateInterests(karen.id(), Set.of("walking", "food"));
    out.println("Mit netværk for " + karen.name());
    for (SuggestedActivity s : asKaren.suggestions(karen.id())) {
      out.println(
          "  Suggested by your contact person "
              + s.suggestedByName()
              + ": "
              + s.activity().title());
    }
    OccurrencePage matching = asKaren.matchingInterests(karen.id(), null);
    out.println("  Matching your interests:");
    matching.occurrences().stream().limit(4).forEach(o -> out.println("    " + line(o)));
    OccurrencePage walks =
        asKaren.search(
            karen.id(), ActivityQuery.upcoming().district("Frederiksberg C").text("gåtur"));
    out.println("  Search \"gåtur\" in Frederiksberg C: " + walks.occurrences().size() + " walks");

    Signup series = asKaren.signUpForSeries(karen.id(), walk.id());
    Occurrence thursday =
        matching.occurrences().stream()
            .filter(o -> o.activity().id().equals(lunch.id()))
            .findFirst()
            .orElseThrow();
    Signup once = asKaren.signUp(karen.id(), lunch.id(), thursday.start());
    out.println("Signed up for every " + walk.title() + ": " + series.status());
    out.println(
        "Signed up for "
            + lunch.title()
            + " "
            + WHEN.format(once.occurrence())
            + ": "
            + once.status());

    FeedToken token =
        dialog
            .as(Actor.citizen(karen.id(), AssuranceLevel.SUBSTANTIAL))
            .calendar()
            .issueFeed(karen.id());
    out.println(
        "Calendar feed: https://minside.frederiksberg.dk/kalender/" + token.value() + ".ics");
    String feed = dialog.as(Actor.system("calendar-feed")).calendar().feed(token.value());
    long events = feed.lines().filter("BEGIN:VEVENT"::equals).count();
    out.println("The feed holds " + events + " events, for example:");
    feed.lines()
        .dropWhile(l -> !l.equals("BEGIN:VEVENT"))
        .takeWhile(l -> !l.equals("END:VEVENT"))
        .forEach(l -> out.println("  " + l));
    return feed;
  }

  private static String line(Occurrence o) {
    String seats = o.seatsLeft() == 0 ? "full, waiting list" : o.seatsLeft() + " seats left";
    return WHEN.format(o.start()) + "  " + o.activity().title() + " (" + seats + ")";
  }

  private static PublishActivityCommand activity(
      Organiser organiser,
      String title,
      String interest,
      Place place,
      Schedule schedule,
      int capacity,
      Price price) {
    return new PublishActivityCommand(
        organiser.id(),
        title,
        "Kom og vær med. Alle er velkomne, og der er kaffe bagefter.",
        List.of(interest),
        place,
        schedule,
        capacity,
        "Seniorer 65+",
        "Niveaufri adgang, toilet med plads til rollator",
        price,
        Duration.ofHours(2));
  }
}
