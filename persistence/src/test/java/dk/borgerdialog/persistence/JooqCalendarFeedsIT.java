package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.calendar.model.CalendarFeeds;
import dk.borgerdialog.calendar.model.FeedToken;
import dk.borgerdialog.citizen.model.Citizen;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqCalendarFeedsIT {

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

    CalendarFeeds feeds() {
      return persistence.calendarFeeds();
    }

    @Test
    void a_token_finds_its_citizen_until_a_new_one_is_issued() {
      Citizen karen = fixture.citizen();
      FeedToken first = FeedToken.random();
      FeedToken second = FeedToken.random();

      feeds().issue(karen.id(), first.hash(), NOW);
      assertThat(feeds().citizenOf(first.hash())).contains(karen.id());

      feeds().issue(karen.id(), second.hash(), NOW.plusSeconds(60));
      assertThat(feeds().citizenOf(first.hash())).isEmpty();
      assertThat(feeds().citizenOf(second.hash())).contains(karen.id());
      assertThat(feeds().citizenOf(FeedToken.random().hash())).isEmpty();
    }

    @Test
    void revoke_ends_every_token_of_the_citizen_and_no_one_elses() {
      Citizen karen = fixture.citizen();
      Citizen anna = fixture.citizen();
      FeedToken karens = FeedToken.random();
      FeedToken annas = FeedToken.random();
      feeds().issue(karen.id(), karens.hash(), NOW);
      feeds().issue(anna.id(), annas.hash(), NOW);

      assertThat(feeds().revoke(karen.id(), NOW.plusSeconds(1))).isEqualTo(1);
      assertThat(feeds().revoke(karen.id(), NOW.plusSeconds(2))).isZero();

      assertThat(feeds().citizenOf(karens.hash())).isEmpty();
      assertThat(feeds().citizenOf(annas.hash())).contains(anna.id());
    }

    @Test
    void only_the_hash_is_stored() throws Exception {
      Citizen karen = fixture.citizen();
      FeedToken token = FeedToken.random();
      feeds().issue(karen.id(), token.hash(), NOW);

      try (var connection = dataSource.getConnection();
          var statement =
              connection.prepareStatement(
                  "SELECT token_hash FROM borgerdialog.calendar_feed WHERE citizen_id = ?")) {
        statement.setObject(1, karen.id().value());
        try (var rows = statement.executeQuery()) {
          assertThat(rows.next()).isTrue();
          assertThat(rows.getString(1)).isEqualTo(token.hash()).isNotEqualTo(token.value());
        }
      }
    }
  }
}
