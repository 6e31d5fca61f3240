package dk.borgerdialog.notification.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.InvalidInputException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliveryResultTest {

  @Test
  void factories_buildTheirRecords() {
    assertThat(DeliveryResult.delivered("msg-1")).isEqualTo(new DeliveryResult.Delivered("msg-1"));
    assertThat(DeliveryResult.delivered(null)).isEqualTo(new DeliveryResult.Delivered(null));
    assertThat(DeliveryResult.retryable("HTTP 503"))
        .isEqualTo(new DeliveryResult.Failed(true, "HTTP 503", null));
    assertThat(DeliveryResult.retryableAfter("HTTP 429", Duration.ofSeconds(30)))
        .isEqualTo(new DeliveryResult.Failed(true, "HTTP 429", Duration.ofSeconds(30)));
    assertThat(DeliveryResult.permanent("HTTP 400"))
        .isEqualTo(new DeliveryResult.Failed(false, "HTTP 400", null));
    assertThat(DeliveryResult.unknown("timeout")).isEqualTo(new DeliveryResult.Unknown("timeout"));
  }

  @Test
  void outcomes_areExactlyDeliveredFailedAndUnknown() {
    assertThat(DeliveryResult.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(
            DeliveryResult.Delivered.class,
            DeliveryResult.Failed.class,
            DeliveryResult.Unknown.class);
  }

  @Test
  void retryAfter_isOnlyForRetryableFailures_andNotNegative() {
    assertThatThrownBy(() -> new DeliveryResult.Failed(false, "x", Duration.ofSeconds(1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("retryAfter");
    assertThatThrownBy(() -> DeliveryResult.retryableAfter("x", Duration.ofSeconds(-1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("retryAfter");
  }

  @Test
  void error_isRequired_andBounded() {
    assertThatThrownBy(() -> DeliveryResult.retryable(" "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("error");
    assertThatThrownBy(() -> DeliveryResult.unknown("e".repeat(501)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("error");
    assertThatThrownBy(() -> DeliveryResult.delivered(" "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("providerId");
  }
}
