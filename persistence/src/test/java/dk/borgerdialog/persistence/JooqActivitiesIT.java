package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.NetworkFixture.CPH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.network.model.Activities;
import dk.borgerdialog.network.model.Activity;
import dk.borgerdialog.network.model.ActivityId;
import dk.borgerdialog.network.model.Frequency;
import dk.borgerdialog.network.model.Place;
import dk.borgerdialog.network.model.Schedule;
import dk.borgerdialog.network.model.SearchCriteria;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqActivitiesIT {

  @Nested
  class OnH2 extends Contract {
    OnH2() {
      super(Database.H2);
    }
  }

  @Nested
  class OnPostgres extends Contract {
    OnPostgres() {
      super(Database.POSTGRES);
    }
  }

  abstract static class Contract extends DatabaseContract {
    private static final Instant MARCH = local("2030-03-01T00:00");
    private static final Instant JUNE = local("2030-06-01T00:00");

    NetworkFixture network;

    Contract(Database database) {
      super(database);
    }

    @BeforeEach
    void network() {
      network = new NetworkFixture(fixture);
    }

    Activities activities() {
      return persistence.activities();
    }

    static Instant local(String text) {
      return LocalDateTime.parse(text).atZone(CPH).toInstant();
    }

    List<Activity> search(
        Set<String> interests,
        @Nullable String district,
        @Nullable String text,
        Instant from,
        Instant to) {
      return activities()
          .search(
              new SearchCriteria(fixture.municipality.id(), interests, district, text, from, to),
              100);
    }

    @Test
    void an_activity_round_trips_with_every_part() {
      Activity walk = network.weeklyWalk(LocalDate.of(2030, 5, 28));
      Activity online =
          network.activity(
              "Sangaften på skærmen",
              List.of("singing", "food"),
              Place.online("https://moede.frederiksberg.dk/sang"),
              Schedule.recurring(
                  LocalDateTime.of(2030, 3, 6, 19, 0),
                  Duration.ofMinutes(45),
                  CPH,
                  Frequency.BIWEEKLY,
                  null),
              50,
              "Undertekster på skærmen");

      assertThat(activities().byId(walk.id())).contains(walk);
      assertThat(activities().byId(online.id())).contains(online);
      assertThat(online.interests()).containsExactly("food", "singing");
      assertThat(activities().byId(ActivityId.random())).isEmpty();
      assertThat(activities().byIds(List.of(walk.id(), online.id(), ActivityId.random())))
          .containsExactlyInAnyOrder(walk, online);
      assertThat(activities().byIds(List.of())).isEmpty();
      assertThat(activities().ofUnit(fixture.unit.id())).containsExactly(walk, online);
      assertThat(activities().ofUnit(fixture.otherUnit.id())).isEmpty();
    }

    @Test
    void lock_by_id_reads_the_activity_inside_a_transaction() {
      Activity lunch = network.lunch(LocalDateTime.of(2030, 3, 7, 12, 0));

      assertThat(persistence.transactions().inTransaction(() -> activities().lockById(lunch.id())))
          .contains(lunch);
      assertThat(
              persistence
                  .transactions()
                  .inTransaction(() -> activities().lockById(ActivityId.random())))
          .isEmpty();
    }

    @Test
    void adding_an_activity_twice_is_a_conflict() {
      Activity lunch = network.lunch(LocalDateTime.of(2030, 3, 7, 12, 0));

      assertThatThrownBy(() -> activities().add(lunch)).isInstanceOf(ConflictException.class);
    }

    @Test
    void search_filters_by_interest_district_text_and_the_bounds_of_the_occurrences() {
      Activity walk = network.weeklyWalk(LocalDate.of(2030, 4, 30));
      Activity lunch = network.lunch(LocalDateTime.of(2030, 3, 7, 12, 0));
      Activity endless =
          network.activity(
              "Strikkeklub",
              List.of("singing"),
              Place.at("Biblioteket, Solbjergvej 21", "Frederiksberg"),
              Schedule.recurring(
                  LocalDateTime.of(2030, 3, 4, 14, 0),
                  Duration.ofHours(2),
                  CPH,
                  Frequency.MONTHLY,
                  null),
              15,
              null);
      Activity elsewhere =
          new NetworkFixture(Fixture.create(persistence))
              .lunch(LocalDateTime.of(2030, 3, 7, 12, 0));

      assertThat(search(Set.of(), null, null, MARCH, JUNE)).containsExactly(endless, walk, lunch);
      assertThat(search(Set.of("walking"), null, null, MARCH, JUNE)).containsExactly(walk);
      assertThat(search(Set.of("walking", "food"), null, null, MARCH, JUNE))
          .containsExactly(walk, lunch);
      assertThat(search(Set.of(), "frederiksberg c", null, MARCH, JUNE)).containsExactly(walk);
      assertThat(search(Set.of(), "Frederiksberg", null, MARCH, JUNE))
          .containsExactly(endless, lunch);
      assertThat(search(Set.of(), null, "TORSDAG", MARCH, JUNE)).containsExactly(lunch);
      assertThat(search(Set.of(), null, "hygger strik", MARCH, JUNE)).containsExactly(endless);
      assertThat(search(Set.of(), null, "100%", MARCH, JUNE)).isEmpty();
      // the walk's last day is 30 April; the lunch was on 7 March; the club never ends
      assertThat(search(Set.of(), null, null, local("2030-05-02T00:00"), JUNE))
          .containsExactly(endless);
      assertThat(search(Set.of(), null, null, local("2029-01-01T00:00"), local("2029-02-01T00:00")))
          .isEmpty();
      assertThat(
              activities()
                  .search(
                      new SearchCriteria(
                          fixture.municipality.id(), Set.of(), null, null, MARCH, JUNE),
                      2))
          .containsExactly(endless, walk);
      assertThat(elsewhere).isNotIn(search(Set.of(), null, null, MARCH, JUNE));
    }
  }
}
