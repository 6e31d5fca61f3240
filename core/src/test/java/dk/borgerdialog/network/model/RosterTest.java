package dk.borgerdialog.network.model;

import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.organisation.model.MunicipalityId;
import dk.borgerdialog.organisation.model.UnitId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RosterTest {
  private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
  private static final Instant NOW = Instant.parse("2030-03-01T08:00:00Z");
  private static final Instant FIRST = Instant.parse("2030-03-05T08:30:00Z");
  private static final Instant SECOND = FIRST.plus(Duration.ofDays(7));
  private static final List<Instant> UPCOMING = List.of(FIRST, SECOND);

  private final Activity walk = walk(2);
  private final List<Signup> signups = new ArrayList<>();

  private static Activity walk(int capacity) {
    return new Activity(
        ActivityId.random(),
        MunicipalityId.random(),
        OrganiserId.random(),
        UnitId.random(),
        "Morgengåtur",
        "Vi går en tur.",
        List.of("walking"),
        Place.at("Frederiksberg Runddel 1", "Frederiksberg C"),
        Schedule.recurring(
            LocalDateTime.of(2030, 3, 5, 9, 30), Duration.ofHours(1), CPH, Frequency.WEEKLY, null),
        capacity,
        null,
        null,
        Price.free(),
        Duration.ofHours(2),
        0);
  }

  private Signup add(@Nullable Instant occurrence, SignupStatus status) {
    Signup signup =
        new Signup(
            SignupId.random(),
            walk.id(),
            CitizenId.random(),
            occurrence,
            status,
            signups.size() + 1,
            NOW,
            0);
    signups.add(signup);
    return signup;
  }

  private Roster roster() {
    return new Roster(walk, signups);
  }

  @Test
  void a_series_signup_takes_a_seat_at_every_occurrence() {
    add(null, SignupStatus.SEATED);
    add(FIRST, SignupStatus.SEATED);

    assertThat(roster().seatsTaken(FIRST)).isEqualTo(2);
    assertThat(roster().seatsTaken(SECOND)).isEqualTo(1);
    assertThat(roster().seatsLeft(FIRST)).isZero();
    assertThat(roster().fits(FIRST, UPCOMING)).isFalse();
    assertThat(roster().fits(SECOND, UPCOMING)).isTrue();
    assertThat(roster().fits(null, UPCOMING)).isFalse();
  }

  @Test
  void waitlisted_and_left_signups_take_no_seat() {
    add(FIRST, SignupStatus.WAITLISTED);
    add(FIRST, SignupStatus.LEFT);
    add(FIRST, SignupStatus.SEATED);

    assertThat(roster().seatsTaken(FIRST)).isEqualTo(1);
    assertThat(roster().fits(FIRST, UPCOMING)).isTrue();
    assertThat(roster().fits(null, List.of())).isFalse();
  }

  @Test
  void existing_finds_the_citizens_signup_for_the_occurrence_or_the_series() {
    Signup series = add(null, SignupStatus.WAITLISTED);
    Signup once = add(FIRST, SignupStatus.SEATED);

    assertThat(roster().existing(series.citizen(), SECOND)).isEqualTo(series);
    assertThat(roster().existing(once.citizen(), FIRST)).isEqualTo(once);
    assertThat(roster().existing(once.citizen(), SECOND)).isNull();
    assertThat(roster().existing(once.citizen(), null)).isEqualTo(once);
    assertThat(roster().existing(CitizenId.random(), FIRST)).isNull();
  }

  @Test
  void promotable_seats_the_waitlisted_who_fit_first_come_first_served() {
    add(FIRST, SignupStatus.SEATED);
    Signup firstWaiting = add(FIRST, SignupStatus.WAITLISTED);
    Signup secondWaiting = add(FIRST, SignupStatus.WAITLISTED);
    Signup seriesWaiting = add(null, SignupStatus.WAITLISTED);
    Signup pastWaiting = add(Instant.parse("2030-02-26T08:30:00Z"), SignupStatus.WAITLISTED);

    List<Signup> promoted = roster().promotable(UPCOMING);

    // one seat was free at the first walk: the first waiting takes it, then the walk is full,
    // so neither the second nor the series fits; an occurrence no longer open is skipped
    assertThat(promoted).extracting(Signup::id).containsExactly(firstWaiting.id());
    assertThat(promoted.get(0).status()).isEqualTo(SignupStatus.SEATED);
    assertThat(promoted.get(0).version()).isEqualTo(1);
    assertThat(promoted)
        .extracting(Signup::id)
        .doesNotContain(secondWaiting.id(), seriesWaiting.id(), pastWaiting.id());
  }

  @Test
  void promotable_seats_nobody_while_the_activity_is_full() {
    add(null, SignupStatus.SEATED);
    add(null, SignupStatus.SEATED);
    add(FIRST, SignupStatus.WAITLISTED);

    assertThat(roster().promotable(UPCOMING)).isEmpty();
  }
}
