package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.network.model.Activity;
import dk.borgerdialog.network.model.Suggestion;
import dk.borgerdialog.network.model.SuggestionId;
import dk.borgerdialog.network.model.Suggestions;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqSuggestionsIT {

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
    Contract(Database database) {
      super(database);
    }

    Suggestions suggestions() {
      return persistence.suggestions();
    }

    @Test
    void a_citizens_suggestions_come_newest_first_and_no_one_elses() {
      NetworkFixture network = new NetworkFixture(fixture);
      Activity walk = network.weeklyWalk(LocalDate.of(2030, 5, 28));
      Activity lunch = network.lunch(LocalDateTime.of(2030, 3, 7, 12, 0));
      Citizen karen = fixture.citizen();
      Citizen other = fixture.citizen();
      Suggestion first =
          new Suggestion(SuggestionId.random(), walk.id(), karen.id(), fixture.nurse.id(), NOW);
      Suggestion second =
          new Suggestion(
              SuggestionId.random(),
              lunch.id(),
              karen.id(),
              fixture.mentor.id(),
              NOW.plusSeconds(60));
      Suggestion others =
          new Suggestion(SuggestionId.random(), walk.id(), other.id(), fixture.nurse.id(), NOW);
      suggestions().add(first);
      suggestions().add(second);
      suggestions().add(others);

      assertThat(suggestions().forCitizen(karen.id(), 10)).containsExactly(second, first);
      assertThat(suggestions().forCitizen(karen.id(), 1)).containsExactly(second);
      assertThat(suggestions().forCitizen(other.id(), 10)).containsExactly(others);
    }

    @Test
    void an_activity_is_suggested_to_a_citizen_once() {
      Activity walk = new NetworkFixture(fixture).weeklyWalk(LocalDate.of(2030, 5, 28));
      Citizen karen = fixture.citizen();
      suggestions()
          .add(
              new Suggestion(
                  SuggestionId.random(), walk.id(), karen.id(), fixture.nurse.id(), NOW));

      assertThatThrownBy(
              () ->
                  suggestions()
                      .add(
                          new Suggestion(
                              SuggestionId.random(),
                              walk.id(),
                              karen.id(),
                              fixture.mentor.id(),
                              NOW)))
          .isInstanceOf(ConflictException.class);
      assertThat(suggestions().forCitizen(karen.id(), 10)).hasSize(1);
    }
  }
}
