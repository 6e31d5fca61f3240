package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.network.model.Activity;
import dk.borgerdialog.network.model.Signup;
import dk.borgerdialog.network.model.SignupId;
import dk.borgerdialog.network.model.SignupStatus;
import dk.borgerdialog.network.model.Signups;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqSignupsIT {

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
    private static final int RACERS = 12;

    Activity walk;
    Activity lunch;

    Contract(Database database) {
      super(database);
    }

    @BeforeEach
    void activities() {
      NetworkFixture network = new NetworkFixture(fixture);
      walk = network.weeklyWalk(LocalDate.of(2030, 5, 28));
      lunch = network.lunch(LocalDateTime.of(2030, 3, 7, 12, 0));
    }

    Signups signups() {
      return persistence.signups();
    }

    Signup signup(
        Activity activity, Citizen citizen, @Nullable Instant occurrence, SignupStatus status) {
      Signup signup =
          new Signup(
              SignupId.random(),
              activity.id(),
              citizen.id(),
              occurrence,
              status,
              signups().nextPosition(activity.id()),
              NOW,
              0);
      signups().add(signup);
      return signup;
    }

    @Test
    void signups_round_trip_and_active_lists_the_seated_and_waitlisted_in_order() {
      Instant tuesday = walk.schedule().firstStartInstant();
      Signup series = signup(walk, fixture.citizen(), null, SignupStatus.SEATED);
      Signup once = signup(walk, fixture.citizen(), tuesday, SignupStatus.WAITLISTED);
      Signup left = signup(walk, fixture.citizen(), tuesday, SignupStatus.LEFT);
      Signup atLunch = signup(lunch, fixture.citizen(), null, SignupStatus.SEATED);

      assertThat(signups().byId(series.id())).contains(series);
      assertThat(signups().byId(once.id())).contains(once);
      assertThat(signups().byId(SignupId.random())).isEmpty();
      assertThat(signups().active(walk.id())).containsExactly(series, once);
      assertThat(signups().active(lunch.id())).containsExactly(atLunch);
      assertThat(List.of(series.position(), once.position(), left.position()))
          .containsExactly(1L, 2L, 3L);
      assertThat(signups().nextPosition(walk.id())).isEqualTo(4);
      assertThat(atLunch.position()).isEqualTo(1);
    }

    @Test
    void update_changes_the_status_and_refuses_a_stale_version() {
      Signup waiting = signup(walk, fixture.citizen(), null, SignupStatus.WAITLISTED);
      Signup seated = waiting.withStatus(SignupStatus.SEATED);

      signups().update(seated);

      assertThat(signups().byId(waiting.id())).contains(seated);
      assertThatThrownBy(() -> signups().update(waiting.withStatus(SignupStatus.LEFT)))
          .isInstanceOf(ConflictException.class);
      assertThat(signups().byId(waiting.id())).contains(seated);
    }

    @Test
    void of_citizen_lists_every_signup_newest_first() {
      Citizen karen = fixture.citizen();
      Signup first = signup(walk, karen, null, SignupStatus.LEFT);
      Signup second =
          new Signup(
              SignupId.random(),
              lunch.id(),
              karen.id(),
              null,
              SignupStatus.SEATED,
              signups().nextPosition(lunch.id()),
              NOW.plusSeconds(60),
              0);
      signups().add(second);
      signup(walk, fixture.citizen(), null, SignupStatus.SEATED);

      assertThat(signups().ofCitizen(karen.id(), 10)).containsExactly(second, first);
      assertThat(signups().ofCitizen(karen.id(), 1)).containsExactly(second);
    }

    @Test
    void two_signups_cannot_take_the_same_position() {
      Signup first = signup(walk, fixture.citizen(), null, SignupStatus.SEATED);
      Signup clash =
          new Signup(
              SignupId.random(),
              walk.id(),
              fixture.citizen().id(),
              null,
              SignupStatus.SEATED,
              first.position(),
              NOW,
              0);

      assertThatThrownBy(() -> signups().add(clash)).isInstanceOf(ConflictException.class);
    }

    @Test
    void transactions_holding_the_activitys_lock_take_positions_one_at_a_time() throws Exception {
      List<Citizen> citizens = new ArrayList<>();
      for (int i = 0; i < RACERS; i++) {
        citizens.add(fixture.citizen());
      }
      CyclicBarrier start = new CyclicBarrier(RACERS);
      ExecutorService racers = Executors.newFixedThreadPool(RACERS);
      try {
        List<Future<Long>> positions = new ArrayList<>();
        for (Citizen citizen : citizens) {
          positions.add(
              racers.submit(
                  () -> {
                    start.await(30, TimeUnit.SECONDS);
                    return persistence
                        .transactions()
                        .inTransaction(
                            () -> {
                              persistence.activities().lockById(walk.id()).orElseThrow();
                              return signup(walk, citizen, null, SignupStatus.SEATED).position();
                            });
                  }));
        }
        List<Long> taken = new ArrayList<>();
        for (Future<Long> position : positions) {
          taken.add(position.get(60, TimeUnit.SECONDS));
        }
        assertThat(taken)
            .hasSize(RACERS)
            .doesNotHaveDuplicates()
            .allMatch(p -> p >= 1 && p <= RACERS);
        assertThat(signups().active(walk.id())).hasSize(RACERS);
      } finally {
        racers.shutdownNow();
      }
    }
  }
}
