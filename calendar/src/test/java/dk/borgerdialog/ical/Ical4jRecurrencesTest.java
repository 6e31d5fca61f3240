package dk.borgerdialog.ical;

import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.network.model.Frequency;
import dk.borgerdialog.network.model.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class Ical4jRecurrencesTest {
  private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
  private final Ical4jRecurrences recurrences = new Ical4jRecurrences();

  private static Instant local(String text) {
    return LocalDateTime.parse(text).atZone(CPH).toInstant();
  }

  @Test
  void a_weekly_walk_keeps_its_local_time_across_the_end_of_summer_time() {
    // summer time ends on Sunday 25 October 2026
    Schedule walk =
        Schedule.recurring(
            LocalDateTime.of(2026, 10, 13, 9, 30),
            Duration.ofHours(1),
            CPH,
            Frequency.WEEKLY,
            LocalDate.of(2026, 11, 3));

    List<Instant> starts =
        recurrences.starts(walk, local("2026-10-01T00:00"), local("2027-01-01T00:00"), 10);

    assertThat(starts)
        .containsExactly(
            Instant.parse("2026-10-13T07:30:00Z"),
            Instant.parse("2026-10-20T07:30:00Z"),
            Instant.parse("2026-10-27T08:30:00Z"),
            Instant.parse("2026-11-03T08:30:00Z"));
    assertThat(starts)
        .allSatisfy(s -> assertThat(s.atZone(CPH).toLocalTime()).isEqualTo(LocalTime.of(9, 30)));
  }

  @Test
  void a_biweekly_choir_keeps_its_local_time_across_the_start_of_summer_time() {
    // summer time starts on Sunday 28 March 2027
    Schedule choir =
        Schedule.recurring(
            LocalDateTime.of(2027, 3, 18, 14, 0),
            Duration.ofHours(2),
            CPH,
            Frequency.BIWEEKLY,
            null);

    assertThat(recurrences.starts(choir, local("2027-03-01T00:00"), local("2027-04-16T00:00"), 10))
        .containsExactly(
            Instant.parse("2027-03-18T13:00:00Z"),
            Instant.parse("2027-04-01T12:00:00Z"),
            Instant.parse("2027-04-15T12:00:00Z"));
  }

  @Test
  void the_range_is_from_inclusive_to_exclusive_and_the_limit_holds() {
    Schedule monthly =
        Schedule.recurring(
            LocalDateTime.of(2027, 1, 31, 10, 0),
            Duration.ofHours(1),
            CPH,
            Frequency.MONTHLY,
            null);
    Instant first = local("2027-01-31T10:00");

    // RFC 5545: a month without a 31st has no occurrence
    assertThat(recurrences.starts(monthly, first, local("2027-06-01T00:00"), 10))
        .containsExactly(first, local("2027-03-31T10:00"), local("2027-05-31T10:00"));
    assertThat(recurrences.starts(monthly, first.plusSeconds(1), local("2027-06-01T00:00"), 1))
        .containsExactly(local("2027-03-31T10:00"));
    assertThat(recurrences.starts(monthly, local("2027-01-01T00:00"), first, 10)).isEmpty();
    assertThat(recurrences.starts(monthly, first, local("2027-06-01T00:00"), 0)).isEmpty();
  }

  @Test
  void until_is_the_last_day_inclusive() {
    Schedule walk =
        Schedule.recurring(
            LocalDateTime.of(2027, 5, 4, 18, 0),
            Duration.ofHours(1),
            CPH,
            Frequency.WEEKLY,
            LocalDate.of(2027, 5, 18));

    assertThat(recurrences.starts(walk, local("2027-05-01T00:00"), local("2027-07-01T00:00"), 10))
        .containsExactly(
            local("2027-05-04T18:00"), local("2027-05-11T18:00"), local("2027-05-18T18:00"));
  }

  @Test
  void a_single_event_has_one_occurrence_if_it_is_in_range() {
    Schedule lunch =
        Schedule.once(LocalDateTime.of(2027, 5, 6, 12, 0), Duration.ofMinutes(90), CPH);
    Instant start = local("2027-05-06T12:00");

    assertThat(recurrences.starts(lunch, start, start.plusSeconds(1), 5)).containsExactly(start);
    assertThat(recurrences.starts(lunch, start.plusSeconds(1), start.plusSeconds(99), 5)).isEmpty();
  }
}
