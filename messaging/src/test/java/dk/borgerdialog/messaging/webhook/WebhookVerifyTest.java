package dk.borgerdialog.messaging.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.SettableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The receiver's check, against a signature computed here the way the documentation says. */
class WebhookVerifyTest {
  private static final String SECRET = "0123456789abcdef0123456789abcdef";
  private static final String BODY = "{\"idempotencyKey\":\"k\",\"body\":\"Påmindelse\"}";
  private static final String TIMESTAMP = "1790870400";
  private static final Duration TOLERANCE = Duration.ofMinutes(5);

  private final SettableClock clock = SettableClock.at(Instant.ofEpochSecond(1790870400L + 60));

  private static String documentedSignature(String secret, String timestamp, String body)
      throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] signed = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
    return "sha256=" + HexFormat.of().formatHex(signed);
  }

  @Test
  void aSignatureMadeAsDocumented_verifies() throws Exception {
    String signature = documentedSignature(SECRET, TIMESTAMP, BODY);

    assertThat(
            WebhookNotificationChannel.verify(SECRET, TIMESTAMP, BODY, signature, clock, TOLERANCE))
        .isTrue();
    assertThat(
            WebhookNotificationChannel.verify(
                SECRET,
                TIMESTAMP,
                BODY,
                signature.toUpperCase(Locale.ROOT).replace("SHA256", "sha256"),
                clock,
                TOLERANCE))
        .isTrue();
  }

  @Test
  void missingOrMalformedHeaders_doNotVerify() throws Exception {
    String signature = documentedSignature(SECRET, TIMESTAMP, BODY);

    assertThat(WebhookNotificationChannel.verify(SECRET, null, BODY, signature, clock, TOLERANCE))
        .isFalse();
    assertThat(WebhookNotificationChannel.verify(SECRET, TIMESTAMP, BODY, null, clock, TOLERANCE))
        .isFalse();
    assertThat(
            WebhookNotificationChannel.verify(
                SECRET, "17908704OO", BODY, signature, clock, TOLERANCE))
        .isFalse();
    assertThat(WebhookNotificationChannel.verify(SECRET, "-1", BODY, signature, clock, TOLERANCE))
        .isFalse();
    assertThat(
            WebhookNotificationChannel.verify(
                SECRET, "9".repeat(40), BODY, signature, clock, TOLERANCE))
        .isFalse();
    assertThat(
            WebhookNotificationChannel.verify(
                SECRET, TIMESTAMP, BODY, signature.substring("sha256=".length()), clock, TOLERANCE))
        .isFalse();
    assertThat(
            WebhookNotificationChannel.verify(SECRET, TIMESTAMP, BODY, "sha256=", clock, TOLERANCE))
        .isFalse();
  }

  @Test
  void aTimestampFromTheFuture_isCheckedToo() throws Exception {
    String future = Long.toString(clock.instant().plus(Duration.ofMinutes(10)).getEpochSecond());
    String signature = documentedSignature(SECRET, future, BODY);

    assertThat(WebhookNotificationChannel.verify(SECRET, future, BODY, signature, clock, TOLERANCE))
        .isFalse();
  }

  @Test
  void config_refusesShortSecrets_andHidesTheSecret() {
    assertThatThrownBy(() -> WebhookConfig.builder("too-short"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
    assertThat(WebhookConfig.builder(SECRET).build().toString()).doesNotContain(SECRET);
  }
}
