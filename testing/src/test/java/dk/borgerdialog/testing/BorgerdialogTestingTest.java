package dk.borgerdialog.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.common.SettableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BorgerdialogTestingTest {

  @Test
  void in_memory_starts_a_migrated_instance_on_the_given_clock() {
    SettableClock clock = SettableClock.at("2026-03-29T01:30", "Europe/Copenhagen");
    try (Borgerdialog dialog = BorgerdialogTesting.inMemory(clock)) {
      assertThat(dialog.setup().createMunicipality("Frederiksberg Kommune").name())
          .isEqualTo("Frederiksberg Kommune");
      assertThat(dialog.clock().instant()).isEqualTo(Instant.parse("2026-03-29T00:30:00Z"));
      clock.advance(Duration.ofHours(1));
      // 02:30 does not exist that night in Copenhagen: the clock is an instant, 03:30 local
      assertThat(dialog.clock().instant().atZone(clock.getZone()).getHour()).isEqualTo(3);
    }
  }

  @Test
  void each_in_memory_instance_is_fresh() {
    SettableClock clock = SettableClock.at(Instant.parse("2026-11-23T08:00:00Z"));
    try (Borgerdialog first = BorgerdialogTesting.inMemory(clock);
        Borgerdialog second = BorgerdialogTesting.inMemory(clock)) {
      var m = first.setup().createMunicipality("Frederiksberg Kommune");
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> second.setup().createCentre(m.id(), "Sundhed og Omsorg"))
          .isInstanceOf(dk.borgerdialog.common.NoSuchEntityException.class);
    }
  }
}
