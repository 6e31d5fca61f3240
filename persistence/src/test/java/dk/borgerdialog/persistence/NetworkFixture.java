package dk.borgerdialog.persistence;

import dk.borgerdialog.network.model.Activity;
import dk.borgerdialog.network.model.ActivityId;
import dk.borgerdialog.network.model.Frequency;
import dk.borgerdialog.network.model.Interest;
import dk.borgerdialog.network.model.Organiser;
import dk.borgerdialog.network.model.OrganiserId;
import dk.borgerdialog.network.model.OrganiserKind;
import dk.borgerdialog.network.model.Place;
import dk.borgerdialog.network.model.Price;
import dk.borgerdialog.network.model.Schedule;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Interests, an organiser and activities of the fixture's municipality, stored. */
final class NetworkFixture {
  static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

  final Fixture fixture;
  final Organiser organiser;

  NetworkFixture(Fixture fixture) {
    this.fixture = fixture;
    JooqPersistence p = fixture.persistence;
    p.interests().define(fixture.municipality.id(), new Interest("walking", "Gåture", "Walks"));
    p.interests().define(fixture.municipality.id(), new Interest("food", "Mad", "Food"));
    p.interests().define(fixture.municipality.id(), new Interest("singing", "Sang", "Singing"));
    organiser =
        new Organiser(
            OrganiserId.random(),
            fixture.municipality.id(),
            fixture.unit.id(),
            OrganiserKind.ASSOCIATION,
            "Ældre Sagen Frederiksberg",
            "frederiksberg@aeldresagen.dk",
            "+4533000000");
    p.organisers().add(organiser);
  }

  Activity activity(
      String title,
      List<String> interests,
      Place place,
      Schedule schedule,
      int capacity,
      @Nullable String accessibility) {
    Activity activity =
        new Activity(
            ActivityId.random(),
            fixture.municipality.id(),
            organiser.id(),
            organiser.unit(),
            title,
            "Vi mødes og hygger os. " + title,
            interests,
            place,
            schedule,
            capacity,
            "Seniorer 65+",
            accessibility,
            Price.free(),
            Duration.ofHours(2),
            0);
    fixture.persistence.activities().add(activity);
    return activity;
  }

  Activity weeklyWalk(LocalDate until) {
    return activity(
        "Morgengåtur i Frederiksberg Have",
        List.of("walking"),
        Place.at("Frederiksberg Runddel 1, 2000 Frederiksberg", "Frederiksberg C"),
        Schedule.recurring(
            LocalDateTime.of(2030, 3, 5, 9, 30), Duration.ofHours(1), CPH, Frequency.WEEKLY, until),
        12,
        "Jævnt underlag, bænke undervejs");
  }

  Activity lunch(LocalDateTime at) {
    return activity(
        "Torsdagsfrokost i Seniorcentret",
        List.of("food"),
        Place.at("Seniorcenter Søndermarken, Roskildevej 30", "Frederiksberg"),
        Schedule.once(at, Duration.ofMinutes(90), CPH),
        30,
        null);
  }
}
