package dk.borgerdialog.organisation.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** ChangeDeadline for any instant of 2026–2030, with extra weight on the days the clocks change. */
class ChangeDeadlinePropertiesTest {
  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2031-01-01T00:00:00Z");

  @Property(tries = 2000)
  void wholeDays_keepTheLocalTimeOfDayWheneverItExists(
      @ForAll @IntRange(min = 1, max = 30) int days,
      @ForAll("starts") Instant start,
      @ForAll("zones") ZoneId zone) {
    LocalDateTime startLocal = LocalDateTime.ofInstant(start, zone);
    LocalDateTime wanted = startLocal.minusDays(days);

    Instant latest = ChangeDeadline.hoursBefore(days * 24L).latestChange(start, zone);

    LocalDateTime latestLocal = LocalDateTime.ofInstant(latest, zone);
    if (zone.getRules().getValidOffsets(wanted).isEmpty()) {
      // in a spring gap: the same day, pushed forward by the gap
      ZoneOffsetTransition gap = zone.getRules().getTransition(wanted);
      assertThat(latestLocal).isEqualTo(wanted.plus(gap.getDuration()));
    } else {
      assertThat(latestLocal).isEqualTo(wanted);
    }
    assertThat(latest).isBefore(start);
  }

  @Property(tries = 2000)
  void otherDeadlines_areExactDurations(
      @ForAll @IntRange(min = 0, max = 720) int hours,
      @ForAll("starts") Instant start,
      @ForAll("zones") ZoneId zone) {
    if (hours % 24 == 0 && hours > 0) {
      return;
    }
    Instant latest = ChangeDeadline.hoursBefore(hours).latestChange(start, zone);

    assertThat(latest).isEqualTo(start.minus(Duration.ofHours(hours)));
  }

  @Property
  void allows_exactlyUpToTheLatestChange(
      @ForAll @IntRange(min = 0, max = 720) int hours,
      @ForAll("starts") Instant start,
      @ForAll("zones") ZoneId zone) {
    ChangeDeadline deadline = ChangeDeadline.hoursBefore(hours);
    Instant latest = deadline.latestChange(start, zone);

    assertThat(deadline.allows(latest, start, zone)).isTrue();
    assertThat(deadline.allows(latest.plusMillis(1), start, zone)).isFalse();
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.just(ZoneId.of("Europe/Copenhagen"))),
        net.jqwik.api.Tuple.of(
            4,
            Arbitraries.of(
                ZoneId.of("Europe/London"),
                ZoneId.of("America/New_York"),
                ZoneId.of("Australia/Lord_Howe"),
                ZoneId.of("America/Santiago"),
                ZoneId.of("Atlantic/Azores"),
                ZoneId.of("UTC"))));
  }

  @Provide
  Arbitrary<Instant> starts() {
    Arbitrary<Instant> anywhere =
        Arbitraries.longs()
            .between(FROM.getEpochSecond(), TO.getEpochSecond() - 1)
            .map(Instant::ofEpochSecond);
    List<Instant> transitions = new ArrayList<>();
    for (String zone : List.of("Europe/Copenhagen", "America/New_York", "Australia/Lord_Howe")) {
      ZoneOffsetTransition t = ZoneId.of(zone).getRules().nextTransition(FROM);
      while (t != null && t.getInstant().isBefore(TO)) {
        transitions.add(t.getInstant());
        t = ZoneId.of(zone).getRules().nextTransition(t.getInstant());
      }
    }
    // a few days either side of a change, so that whole-day deadlines straddle it
    Arbitrary<Instant> nearAChange =
        Arbitraries.of(transitions)
            .flatMap(
                t -> Arbitraries.longs().between(-3 * 86_400L, 3 * 86_400L).map(t::plusSeconds));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, anywhere), net.jqwik.api.Tuple.of(1, nearAChange));
  }
}
