package dk.borgerdialog.organisation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Deadlines around the two DST changes of 2026 in Copenhagen: 29 March (02:00 → 03:00) and 25
 * October (03:00 → 02:00).
 */
class ChangeDeadlineTest {
  private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

  private static Instant local(String text) {
    return LocalDateTime.parse(text).atZone(COPENHAGEN).toInstant();
  }

  private static LocalDateTime localOf(Instant instant) {
    return instant.atZone(COPENHAGEN).toLocalDateTime();
  }

  @ParameterizedTest(name = "{1} h before {0} is {2}, {3} h earlier")
  @CsvSource({
    // an ordinary week: a day is 24 h
    "2026-01-12T09:00, 24, 2026-01-11T09:00, 24",
    // Monday after the spring change: Sunday is already summer time
    "2026-03-30T09:00, 24, 2026-03-29T09:00, 24",
    // the spring Sunday itself has 23 hours
    "2026-03-29T09:00, 24, 2026-03-28T09:00, 23",
    "2026-03-30T09:00, 48, 2026-03-28T09:00, 47",
    // the autumn Sunday has 25 hours
    "2026-10-25T09:00, 24, 2026-10-24T09:00, 25",
    "2026-10-26T09:00, 24, 2026-10-25T09:00, 24",
    "2026-10-26T09:00, 48, 2026-10-24T09:00, 49",
    "2026-10-27T09:00, 72, 2026-10-24T09:00, 73",
  })
  void wholeDays_countCalendarDaysInTheCitizensZone(
      String start, long hours, String expectedLocal, long expectedHours) {
    ChangeDeadline deadline = ChangeDeadline.hoursBefore(hours);

    Instant latest = deadline.latestChange(local(start), COPENHAGEN);

    assertThat(localOf(latest)).isEqualTo(LocalDateTime.parse(expectedLocal));
    assertThat(Duration.between(latest, local(start))).isEqualTo(Duration.ofHours(expectedHours));
  }

  @ParameterizedTest(name = "{1} h before {0} is {2}")
  @CsvSource({
    // spring: 12 h before Sunday 09:00 summer time is Saturday 20:00 winter time, not 21:00
    "2026-03-29T09:00, 12, 2026-03-28T20:00",
    // 2 h before 03:30 just after the gap is 00:30
    "2026-03-29T03:30, 2, 2026-03-29T00:30",
    "2026-03-30T09:00, 12, 2026-03-29T21:00",
    // autumn: 12 h before Sunday 09:00 winter time is Saturday 22:00 summer time
    "2026-10-25T09:00, 12, 2026-10-24T22:00",
    "2026-10-26T09:00, 12, 2026-10-25T21:00",
    "2026-10-25T04:00, 2, 2026-10-25T02:00",
    "2026-10-25T09:00, 36, 2026-10-23T22:00",
  })
  void otherDeadlines_areExactDurations(String start, long hours, String expectedLocal) {
    ChangeDeadline deadline = ChangeDeadline.hoursBefore(hours);

    Instant latest = deadline.latestChange(local(start), COPENHAGEN);

    assertThat(latest).isEqualTo(local(start).minus(Duration.ofHours(hours)));
    assertThat(localOf(latest)).isEqualTo(LocalDateTime.parse(expectedLocal));
  }

  @Test
  void twoHoursBeforeTheRepeatedHour_isTheFirstPass() {
    // 03:00 winter time on 25 October is 02:00 UTC; two hours earlier is 02:00 summer time
    Instant start = local("2026-10-25T03:00");

    Instant latest = ChangeDeadline.hoursBefore(2).latestChange(start, COPENHAGEN);

    assertThat(latest).isEqualTo(Instant.parse("2026-10-25T00:00:00Z"));
  }

  @Test
  void aDayBeforeATimeInTheSpringGap_fallsAnHourLater() {
    // Sunday 29 March 02:30 does not exist; java.time shifts it by the gap, to 03:30
    Instant latest =
        ChangeDeadline.hoursBefore(24).latestChange(local("2026-03-30T02:30"), COPENHAGEN);

    assertThat(localOf(latest)).isEqualTo(LocalDateTime.parse("2026-03-29T03:30"));
  }

  @Test
  void aDayBeforeATimeInTheAutumnOverlap_keepsTheLocalTime() {
    Instant start = local("2026-10-26T02:30");

    Instant latest = ChangeDeadline.hoursBefore(24).latestChange(start, COPENHAGEN);

    assertThat(localOf(latest)).isEqualTo(LocalDateTime.parse("2026-10-25T02:30"));
  }

  @Test
  void zero_meansUntilTheStart() {
    Instant start = local("2026-03-29T09:00");

    assertThat(new ChangeDeadline(Duration.ZERO).latestChange(start, COPENHAGEN)).isEqualTo(start);
  }

  @Test
  void aDayAndAMillisecond_isAnExactDuration() {
    Instant start = local("2026-03-29T09:00");
    Duration before = Duration.ofDays(1).plusMillis(1);

    assertThat(new ChangeDeadline(before).latestChange(start, COPENHAGEN))
        .isEqualTo(start.minus(before));
  }

  @Test
  void allows_isInclusiveOfTheLatestChange() {
    ChangeDeadline deadline = ChangeDeadline.hoursBefore(24);
    Instant start = local("2026-03-29T09:00");
    Instant latest = local("2026-03-28T09:00");

    assertThat(deadline.allows(latest, start, COPENHAGEN)).isTrue();
    assertThat(deadline.allows(latest.minusSeconds(3600), start, COPENHAGEN)).isTrue();
    assertThat(deadline.allows(latest.plusNanos(1), start, COPENHAGEN)).isFalse();
  }

  @Test
  void outOfRange_isInvalidInputNamingTheDeadline() {
    assertThatThrownBy(() -> new ChangeDeadline(Duration.ofSeconds(-1)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("deadline"));
    assertThatThrownBy(() -> new ChangeDeadline(Duration.ofDays(30).plusSeconds(1)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("deadline"));
    assertThatThrownBy(() -> new ChangeDeadline(null))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("deadline"));
    assertThatThrownBy(() -> ChangeDeadline.hoursBefore(-1))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> ChangeDeadline.hoursBefore(721))
        .isInstanceOf(InvalidInputException.class);
    assertThat(ChangeDeadline.hoursBefore(720).before()).isEqualTo(ChangeDeadline.MAX);
  }
}
