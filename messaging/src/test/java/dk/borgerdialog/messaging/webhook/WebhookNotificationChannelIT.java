package dk.borgerdialog.messaging.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.messaging.testsupport.Ports;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.DeliveryResult;
import dk.borgerdialog.notification.model.Notification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The webhook channel against a real HTTP server (WireMock) on loopback, verified as a host would.
 */
class WebhookNotificationChannelIT {
  @RegisterExtension
  static final WireMockExtension HOST =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
          .build();

  private static final String SECRET = "whsec_3q8Xk2v9LmP4rT7yB1nC6dF0gH5jK8sW";
  private static final Duration TOLERANCE = Duration.ofMinutes(5);
  // generous, so that a loaded machine cannot turn a prompt answer into a timeout; the test of
  // a late answer uses the short one
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
  private static final Duration SHORT_TIMEOUT = Duration.ofSeconds(1);

  private final SettableClock clock = SettableClock.at(Instant.parse("2026-10-01T16:00:00Z"));

  private Notification notification() {
    return notification(HOST.baseUrl() + "/hooks/bd");
  }

  private static Notification notification(String url) {
    return Notification.of(
        "reminder-42:WEBHOOK",
        ChannelKind.WEBHOOK,
        url,
        Language.DA,
        "Påmindelse: aftale i morgen kl. 10:00",
        "Påmindelse: aftale i morgen kl. 10:00 hos Borgercenter Nord.");
  }

  private WebhookNotificationChannel channel() {
    return channel(REQUEST_TIMEOUT);
  }

  private WebhookNotificationChannel channel(Duration requestTimeout) {
    WebhookConfig config =
        WebhookConfig.builder(SECRET)
            .connectTimeout(Duration.ofSeconds(10))
            .requestTimeout(requestTimeout)
            .build();
    return WebhookNotificationChannel.create(config, clock);
  }

  private static void answer(ResponseDefinitionBuilder response) {
    HOST.stubFor(post(urlEqualTo("/hooks/bd")).willReturn(response));
  }

  private static LoggedRequest received() {
    List<LoggedRequest> requests = HOST.findAll(postRequestedFor(urlEqualTo("/hooks/bd")));
    assertThat(requests).hasSize(1);
    return requests.get(0);
  }

  @Test
  void delivered_signedAndStamped_andTheReceiverCanVerifyIt() throws Exception {
    answer(aResponse().withStatus(204));

    assertThat(channel().send(notification())).isEqualTo(DeliveryResult.delivered(null));

    LoggedRequest request = received();
    String timestamp = request.getHeader(WebhookNotificationChannel.TIMESTAMP_HEADER);
    String signature = request.getHeader(WebhookNotificationChannel.SIGNATURE_HEADER);
    String body = request.getBodyAsString();
    assertThat(timestamp).isEqualTo("1790870400");
    assertThat(signature).matches("sha256=[0-9a-f]{64}");
    assertThat(request.getHeader("Idempotency-Key")).isEqualTo("reminder-42:WEBHOOK");
    JsonNode json = new ObjectMapper().readTree(body);
    assertThat(json.path("idempotencyKey").asText()).isEqualTo("reminder-42:WEBHOOK");
    assertThat(json.path("channel").asText()).isEqualTo("WEBHOOK");
    assertThat(json.path("language").asText()).isEqualTo("da");
    assertThat(json.path("body").asText()).contains("Borgercenter Nord");

    Duration inTransit = Duration.ofSeconds(3);
    SettableClock receiver = SettableClock.at(clock.instant().plus(inTransit));
    assertThat(
            WebhookNotificationChannel.verify(
                SECRET, timestamp, body, signature, receiver, TOLERANCE))
        .isTrue();
  }

  @Test
  void aTamperedBody_orTimestamp_orAnotherSecret_failsVerification() {
    answer(aResponse().withStatus(200));
    channel().send(notification());

    LoggedRequest request = received();
    String timestamp = request.getHeader(WebhookNotificationChannel.TIMESTAMP_HEADER);
    String signature = request.getHeader(WebhookNotificationChannel.SIGNATURE_HEADER);
    String body = request.getBodyAsString();
    String tampered = body.replace("10:00", "11:00");

    assertThat(tampered).isNotEqualTo(body);
    assertThat(
            WebhookNotificationChannel.verify(
                SECRET, timestamp, tampered, signature, clock, TOLERANCE))
        .isFalse();
    String otherTime = Long.toString(Long.parseLong(timestamp) + 1);
    assertThat(
            WebhookNotificationChannel.verify(SECRET, otherTime, body, signature, clock, TOLERANCE))
        .isFalse();
    assertThat(
            WebhookNotificationChannel.verify(
                SECRET.replace('w', 'W'), timestamp, body, signature, clock, TOLERANCE))
        .isFalse();
  }

  @Test
  void aStaleTimestamp_failsVerification_evenWithAValidSignature() {
    answer(aResponse().withStatus(200));
    channel().send(notification());

    LoggedRequest request = received();
    String timestamp = request.getHeader(WebhookNotificationChannel.TIMESTAMP_HEADER);
    String signature = request.getHeader(WebhookNotificationChannel.SIGNATURE_HEADER);
    String body = request.getBodyAsString();
    SettableClock muchLater = SettableClock.at(clock.instant().plus(Duration.ofMinutes(6)));
    SettableClock replayedAtOnce = SettableClock.at(clock.instant().plus(Duration.ofMinutes(4)));

    assertThat(
            WebhookNotificationChannel.verify(
                SECRET, timestamp, body, signature, muchLater, TOLERANCE))
        .isFalse();
    assertThat(
            WebhookNotificationChannel.verify(
                SECRET, timestamp, body, signature, replayedAtOnce, TOLERANCE))
        .isTrue();
  }

  @Test
  void aRetry_hasTheSameBodyAndKey_andAFreshTimestamp() {
    answer(aResponse().withStatus(503).withHeader("Retry-After", "10"));
    WebhookNotificationChannel channel = channel();

    assertThat(channel.send(notification()))
        .isEqualTo(DeliveryResult.retryableAfter("HTTP 503", Duration.ofSeconds(10)));
    clock.advance(Duration.ofSeconds(10));
    channel.send(notification());

    List<LoggedRequest> requests = HOST.findAll(postRequestedFor(urlEqualTo("/hooks/bd")));
    assertThat(requests).hasSize(2);
    assertThat(requests)
        .extracting(LoggedRequest::getBodyAsString)
        .containsOnly(requests.get(0).getBodyAsString());
    assertThat(requests)
        .extracting(r -> r.getHeader("Idempotency-Key"))
        .containsOnly("reminder-42:WEBHOOK");
    assertThat(requests)
        .extracting(r -> r.getHeader(WebhookNotificationChannel.TIMESTAMP_HEADER))
        .containsExactlyInAnyOrder("1790870400", "1790870410");
  }

  @Test
  void serverError_isRetryable() {
    answer(aResponse().withStatus(500));

    assertThat(channel().send(notification())).isEqualTo(DeliveryResult.retryable("HTTP 500"));
  }

  @Test
  void tooManyRequests_isRetryable_afterRetryAfter() {
    answer(aResponse().withStatus(429).withHeader("Retry-After", "120"));

    assertThat(channel().send(notification()))
        .isEqualTo(DeliveryResult.retryableAfter("HTTP 429", Duration.ofMinutes(2)));
  }

  @Test
  void gone_isNotRetryable() {
    answer(aResponse().withStatus(410));

    assertThat(channel().send(notification())).isEqualTo(DeliveryResult.permanent("HTTP 410"));
  }

  @Test
  void answerLaterThanTheTimeout_isUnknown() {
    answer(aResponse().withStatus(200).withFixedDelay((int) SHORT_TIMEOUT.toMillis() + 2_000));

    assertThat(channel(SHORT_TIMEOUT).send(notification()))
        .isInstanceOf(DeliveryResult.Unknown.class);
  }

  @Test
  void connectionReset_isUnknown() {
    answer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    assertThat(channel().send(notification())).isInstanceOf(DeliveryResult.Unknown.class);
  }

  @Test
  void connectionRefused_isRetryable() {
    Notification toNobody = notification("http://127.0.0.1:" + Ports.closedPort() + "/hooks/bd");

    assertThat(channel().send(toNobody))
        .isInstanceOfSatisfying(
            DeliveryResult.Failed.class, f -> assertThat(f.retryable()).isTrue());
  }

  @Test
  void aNotificationForAnotherChannel_isRefused() {
    Notification sms = Notification.of("k", ChannelKind.SMS, "+4512345678", Language.DA, "", "b");

    assertThatThrownBy(() -> channel().send(sms)).isInstanceOf(InvalidInputException.class);
    HOST.verify(
        0, postRequestedFor(urlEqualTo("/hooks/bd")).withHeader("Idempotency-Key", equalTo("k")));
  }
}
