package dk.borgerdialog.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExponentialBackoffTest {
  private final ExponentialBackoff backoff =
      new ExponentialBackoff(Duration.ofSeconds(30), Duration.ofHours(1));

  @Test
  void delayAfter_doublesFromTheFirstDelay() {
    assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofSeconds(120));
    assertThat(backoff.delayAfter(7)).isEqualTo(Duration.ofMinutes(32));
  }

  @Test
  void delayAfter_isCappedAndNeverOverflows() {
    assertThat(backoff.delayAfter(8)).isEqualTo(Duration.ofHours(1));
    assertThat(backoff.delayAfter(1_000)).isEqualTo(Duration.ofHours(1));
    assertThat(backoff.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void constructor_rejectsNonPositiveAndInvertedDelays() {
    assertThatThrownBy(() -> new ExponentialBackoff(Duration.ZERO, Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ExponentialBackoff(Duration.ofHours(2), Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
