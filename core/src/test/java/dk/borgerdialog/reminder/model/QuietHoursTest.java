package dk.borgerdialog.reminder.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.InvalidInputException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {
  private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

  private static Instant cph(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(CPH).toInstant();
  }

  @Test
  void default_is2100To0800() {
    assertThat(QuietHours.DEFAULT)
        .isEqualTo(new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0)));
  }

  @Test
  void contains_acrossMidnight_includesTheStartAndExcludesTheEnd() {
    QuietHours quiet = QuietHours.DEFAULT;

    assertThat(quiet.contains(cph("2026-01-12T20:59:59"), CPH)).isFalse();
    assertThat(quiet.contains(cph("2026-01-12T21:00"), CPH)).isTrue();
    assertThat(quiet.contains(cph("2026-01-13T00:00"), CPH)).isTrue();
    assertThat(quiet.contains(cph("2026-01-13T07:59:59"), CPH)).isTrue();
    assertThat(quiet.contains(cph("2026-01-13T08:00"), CPH)).isFalse();
    assertThat(quiet.contains(cph("2026-01-13T12:00"), CPH)).isFalse();
  }

  @Test
  void contains_windowWithinADay() {
    QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0));

    assertThat(lunch.contains(cph("2026-01-13T11:59"), CPH)).isFalse();
    assertThat(lunch.contains(cph("2026-01-13T12:00"), CPH)).isTrue();
    assertThat(lunch.contains(cph("2026-01-13T13:59"), CPH)).isTrue();
    assertThat(lunch.contains(cph("2026-01-13T14:00"), CPH)).isFalse();
    assertThat(lunch.contains(cph("2026-01-13T03:00"), CPH)).isFalse();
  }

  @Test
  void contains_readsTheLocalTimeInTheCitizensZone() {
    Instant evening = Instant.parse("2026-07-01T19:30:00Z"); // 21:30 CEST, 20:30 in London

    assertThat(QuietHours.DEFAULT.contains(evening, CPH)).isTrue();
    assertThat(QuietHours.DEFAULT.contains(evening, ZoneId.of("Europe/London"))).isFalse();
  }

  @Test
  void contains_onTheNightsTheClockChanges() {
    assertThat(QuietHours.DEFAULT.contains(Instant.parse("2026-03-29T01:30:00Z"), CPH)).isTrue();
    // the first and the second 02:30 of 25 October
    assertThat(QuietHours.DEFAULT.contains(Instant.parse("2026-10-25T00:30:00Z"), CPH)).isTrue();
    assertThat(QuietHours.DEFAULT.contains(Instant.parse("2026-10-25T01:30:00Z"), CPH)).isTrue();
  }

  @Test
  void startOfPeriod_afterMidnight_isTheEveningBefore() {
    assertThat(QuietHours.DEFAULT.startOfPeriod(cph("2026-01-13T03:00"), CPH))
        .isEqualTo(cph("2026-01-12T21:00"));
  }

  @Test
  void startOfPeriod_beforeMidnight_isTheSameEvening() {
    assertThat(QuietHours.DEFAULT.startOfPeriod(cph("2026-01-12T23:59"), CPH))
        .isEqualTo(cph("2026-01-12T21:00"));
  }

  @Test
  void startOfPeriod_atTheStart_isItself() {
    assertThat(QuietHours.DEFAULT.startOfPeriod(cph("2026-01-12T21:00"), CPH))
        .isEqualTo(cph("2026-01-12T21:00"));
  }

  @Test
  void startOfPeriod_acrossTheSpringChange_isAnHourLessThanTheWallClockSays() {
    // Sunday 07:00 CEST (05:00Z) to Saturday 21:00 CET (20:00Z): 9 hours, not 10
    assertThat(QuietHours.DEFAULT.startOfPeriod(Instant.parse("2026-03-29T05:00:00Z"), CPH))
        .isEqualTo(Instant.parse("2026-03-28T20:00:00Z"));
  }

  @Test
  void startOfPeriod_acrossTheAutumnChange_isAnHourMoreThanTheWallClockSays() {
    // Sunday 07:00 CET (06:00Z) to Saturday 21:00 CEST (19:00Z)
    assertThat(QuietHours.DEFAULT.startOfPeriod(Instant.parse("2026-10-25T06:00:00Z"), CPH))
        .isEqualTo(Instant.parse("2026-10-24T19:00:00Z"));
  }

  @Test
  void startOfPeriod_whenTheStartFallsInTheSpringGap_isTheJump() {
    QuietHours fromHalfPastTwo = new QuietHours(LocalTime.of(2, 30), LocalTime.of(6, 0));

    Instant start =
        fromHalfPastTwo.startOfPeriod(Instant.parse("2026-03-29T01:10:00Z"), CPH); // 03:10 CEST

    assertThat(start).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
    assertThat(fromHalfPastTwo.contains(start, CPH)).isTrue();
  }

  @Test
  void startOfPeriod_whenTheStartFallsInTheAutumnOverlap_isTheFirstTime() {
    QuietHours fromHalfPastTwo = new QuietHours(LocalTime.of(2, 30), LocalTime.of(6, 0));

    assertThat(fromHalfPastTwo.startOfPeriod(Instant.parse("2026-10-25T00:45:00Z"), CPH))
        .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
  }

  @Test
  void new_sameFromAndTo_namesTo() {
    assertThatThrownBy(() -> new QuietHours(LocalTime.NOON, LocalTime.NOON))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field())
        .isEqualTo("quietHours.to");
  }

  @Test
  void new_missingTimes_nameTheField() {
    assertThatThrownBy(() -> new QuietHours(null, LocalTime.NOON))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field())
        .isEqualTo("quietHours.from");
    assertThatThrownBy(() -> new QuietHours(LocalTime.NOON, null))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field())
        .isEqualTo("quietHours.to");
  }
}
