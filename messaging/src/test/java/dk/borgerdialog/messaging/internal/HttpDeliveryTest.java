package dk.borgerdialog.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.common.SettableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HttpDeliveryTest {
  private final SettableClock clock = SettableClock.at(Instant.parse("2026-10-01T10:00:00Z"));

  @Test
  void retryAfter_inSeconds() {
    assertThat(HttpDelivery.retryAfter("120", clock)).isEqualTo(Duration.ofMinutes(2));
    assertThat(HttpDelivery.retryAfter(" 0 ", clock)).isEqualTo(Duration.ZERO);
  }

  @Test
  void retryAfter_asAnHttpDate_isMeasuredByTheClock() {
    assertThat(HttpDelivery.retryAfter("Thu, 01 Oct 2026 10:05:00 GMT", clock))
        .isEqualTo(Duration.ofMinutes(5));
    assertThat(HttpDelivery.retryAfter("Thu, 01 Oct 2026 09:00:00 GMT", clock))
        .isEqualTo(Duration.ZERO);
  }

  @Test
  void retryAfter_thatCannotBeRead_isAbsent() {
    assertThat(HttpDelivery.retryAfter(null, clock)).isNull();
    assertThat(HttpDelivery.retryAfter("", clock)).isNull();
    assertThat(HttpDelivery.retryAfter("-5", clock)).isNull();
    assertThat(HttpDelivery.retryAfter("soon", clock)).isNull();
    assertThat(HttpDelivery.retryAfter("99999999999999999999999", clock)).isNull();
  }
}
