package dk.borgerdialog.messaging.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.messaging.testsupport.CapturedStderr;
import dk.borgerdialog.messaging.testsupport.Ports;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.DeliveryResult;
import dk.borgerdialog.notification.model.Notification;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SMS channel against a real HTTP server (WireMock) on loopback. */
class SmsGatewayNotificationChannelIT {
  @RegisterExtension
  static final WireMockExtension GATEWAY =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
          .build();

  /** Generous, so a cold first request on a busy machine is not taken for a lost answer. */
  // generous, so that a loaded machine cannot turn a prompt answer into a timeout; the test of
  // a late answer uses the short one
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

  private static final Duration SHORT_TIMEOUT = Duration.ofSeconds(1);

  private static final String TEXT =
      "Påmindelse: aftale i morgen kl. 10:00 hos Borgercenter Nord."
          + " Se detaljer i appen: https://bd.example.dk/a/7Qx";
  private static final Notification SMS =
      Notification.of("reminder-42:SMS", ChannelKind.SMS, "+4512345678", Language.DA, "", TEXT);

  private final SettableClock clock = SettableClock.at(Instant.parse("2026-10-01T16:00:00Z"));

  private SmsGatewayNotificationChannel channel() {
    return channel(REQUEST_TIMEOUT);
  }

  private SmsGatewayNotificationChannel channel(Duration requestTimeout) {
    return channel(URI.create(GATEWAY.baseUrl() + "/sms"), requestTimeout);
  }

  private SmsGatewayNotificationChannel channel(URI endpoint) {
    return channel(endpoint, REQUEST_TIMEOUT);
  }

  private SmsGatewayNotificationChannel channel(URI endpoint, Duration requestTimeout) {
    SmsGatewayConfig config =
        SmsGatewayConfig.builder(endpoint)
            .bearerToken("gateway-token")
            .connectTimeout(Duration.ofSeconds(10))
            .requestTimeout(requestTimeout)
            .build();
    return SmsGatewayNotificationChannel.create(config, clock);
  }

  private static void answer(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder r) {
    GATEWAY.stubFor(post(urlEqualTo("/sms")).willReturn(r));
  }

  @Test
  void ok_isDelivered_withTheProvidersId_andTheRequestCarriesKeyTokenAndJson() {
    answer(aResponse().withStatus(200).withBody("{\"id\":\"gw-123\",\"status\":\"queued\"}"));

    DeliveryResult result = channel().send(SMS);

    assertThat(result).isEqualTo(DeliveryResult.delivered("gw-123"));
    GATEWAY.verify(
        postRequestedFor(urlEqualTo("/sms"))
            .withHeader("Idempotency-Key", equalTo("reminder-42:SMS"))
            .withHeader("Authorization", equalTo("Bearer gateway-token"))
            .withHeader("Content-Type", equalToIgnoreCase("application/json; charset=utf-8"))
            .withRequestBody(
                equalToJson(
                    "{\"to\":\"+4512345678\",\"text\":\""
                        + TEXT
                        + "\",\"reference\":\"reminder-42:SMS\"}")));
  }

  @Test
  void accepted_withoutJson_isDelivered_withoutAnId() {
    answer(aResponse().withStatus(202).withBody("queued"));

    assertThat(channel().send(SMS)).isEqualTo(DeliveryResult.delivered(null));
  }

  @Test
  void serverError_isRetryable() {
    answer(aResponse().withStatus(500));

    assertThat(channel().send(SMS)).isEqualTo(DeliveryResult.retryable("HTTP 500"));
  }

  @Test
  void tooManyRequests_isRetryable_afterRetryAfter() {
    answer(aResponse().withStatus(429).withHeader("Retry-After", "30"));

    assertThat(channel().send(SMS))
        .isEqualTo(DeliveryResult.retryableAfter("HTTP 429", Duration.ofSeconds(30)));
  }

  @Test
  void tooManyRequests_withAnHttpDate_isMeasuredByTheClock() {
    answer(aResponse().withStatus(429).withHeader("Retry-After", "Thu, 01 Oct 2026 16:02:00 GMT"));

    assertThat(channel().send(SMS))
        .isEqualTo(DeliveryResult.retryableAfter("HTTP 429", Duration.ofMinutes(2)));
  }

  @Test
  void clientError_isNotRetryable() {
    answer(aResponse().withStatus(400).withBody("{\"error\":\"invalid number +4512345678\"}"));

    DeliveryResult result = channel().send(SMS);

    assertThat(result).isEqualTo(DeliveryResult.permanent("HTTP 400"));
    assertThat(result.toString()).doesNotContain("4512345678");
  }

  @Test
  void answerLaterThanTheTimeout_isUnknown() {
    answer(aResponse().withStatus(200).withFixedDelay((int) SHORT_TIMEOUT.toMillis() + 2_000));

    assertThat(channel(SHORT_TIMEOUT).send(SMS)).isInstanceOf(DeliveryResult.Unknown.class);
    GATEWAY.verify(1, postRequestedFor(urlEqualTo("/sms")));
  }

  @Test
  void connectionReset_isUnknown() {
    answer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    assertThat(channel().send(SMS)).isInstanceOf(DeliveryResult.Unknown.class);
  }

  @Test
  void connectionDroppedWithoutAnswer_isUnknown() {
    answer(aResponse().withFault(Fault.EMPTY_RESPONSE));

    assertThat(channel().send(SMS)).isInstanceOf(DeliveryResult.Unknown.class);
  }

  @Test
  void connectionRefused_isRetryable() {
    URI nobody = URI.create("http://127.0.0.1:" + Ports.closedPort() + "/sms");

    assertThat(channel(nobody).send(SMS))
        .isInstanceOfSatisfying(
            DeliveryResult.Failed.class, f -> assertThat(f.retryable()).isTrue());
  }

  @Test
  void aRetry_carriesTheSameKey() {
    answer(aResponse().withStatus(503));
    SmsGatewayNotificationChannel channel = channel();

    channel.send(SMS);
    channel.send(SMS);

    List<LoggedRequest> requests = GATEWAY.findAll(postRequestedFor(urlEqualTo("/sms")));
    assertThat(requests)
        .hasSize(2)
        .extracting(r -> r.getHeader("Idempotency-Key"))
        .containsOnly("reminder-42:SMS");
  }

  @Test
  void neitherNumberNorText_isLogged() {
    answer(aResponse().withStatus(500));

    try (CapturedStderr log = new CapturedStderr()) {
      channel().send(SMS);
      assertThat(log.text())
          .contains("reminder-42:SMS")
          .doesNotContain("4512345678", "Borgercenter", "Påmindelse", "gateway-token");
    }
  }

  @Test
  void aNotificationForAnotherChannel_isRefused() {
    Notification email =
        Notification.of("k", ChannelKind.EMAIL, "karen@example.dk", Language.DA, "s", "b");

    assertThatThrownBy(() -> channel().send(email)).isInstanceOf(InvalidInputException.class);
    assertThat(channel().kind()).isEqualTo(ChannelKind.SMS);
  }
}
