package dk.borgerdialog.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SettableClockTest {
  private static final Instant NOW = Instant.parse("2026-03-29T00:30:00Z");

  @Test
  void stands_still_until_moved_and_is_shared_across_zones() {
    SettableClock clock = SettableClock.at(NOW, ZoneId.of("UTC"));
    var copenhagen = clock.withZone(ZoneId.of("Europe/Copenhagen"));

    assertThat(clock.instant()).isEqualTo(NOW);
    assertThat(clock.advance(Duration.ofMinutes(90))).isEqualTo(NOW.plusSeconds(5400));
    assertThat(copenhagen.instant()).isEqualTo(NOW.plusSeconds(5400));
    assertThat(copenhagen.getZone()).isEqualTo(ZoneId.of("Europe/Copenhagen"));
    clock.set(NOW.minusSeconds(60));
    assertThat(copenhagen.instant()).isEqualTo(NOW.minusSeconds(60));
  }

  @Test
  void local_time_is_read_in_the_zone_across_the_spring_change() {
    // 01:30 CET, then one hour later it is 03:30 CEST: 02:30 does not exist that night
    SettableClock clock = SettableClock.at("2026-03-29T01:30", "Europe/Copenhagen");
    assertThat(clock.instant()).isEqualTo(NOW);
    clock.advance(Duration.ofHours(1));
    assertThat(clock.instant().atZone(clock.getZone()).toLocalTime().toString()).isEqualTo("03:30");
  }
}
