package dk.borgerdialog.messaging.event;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.messaging.webhook.WebhookConfig;
import dk.borgerdialog.messaging.webhook.WebhookNotificationChannel;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The event webhook against a real HTTP server (WireMock) on loopback, verified as a host would.
 */
class WebhookEventListenerIT {
  @RegisterExtension
  static final WireMockExtension HOST =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
          .build();

  private static final String SECRET = "whsec_3q8Xk2v9LmP4rT7yB1nC6dF0gH5jK8sW";

  private final SettableClock clock = SettableClock.at(Instant.parse("2026-10-23T10:00:00Z"));

  private WebhookEventListener listener() {
    // generous, so that a loaded machine cannot turn a prompt answer into a timeout
    return listener(Duration.ofSeconds(20));
  }

  private WebhookEventListener listener(Duration requestTimeout) {
    return WebhookEventListener.create(
        URI.create(HOST.baseUrl() + "/events"),
        WebhookConfig.builder(SECRET).requestTimeout(requestTimeout).build(),
        clock);
  }

  @Test
  void posts_the_envelope_signed_so_the_host_can_verify_it() {
    HOST.stubFor(post(urlEqualTo("/events")).willReturn(aResponse().withStatus(204)));

    listener().on(EventJsonTest.booked());

    List<LoggedRequest> requests =
        HOST.getAllServeEvents().stream().map(e -> e.getRequest()).toList();
    assertThat(requests).hasSize(1);
    LoggedRequest request = requests.get(0);
    String body = new String(request.getBody(), StandardCharsets.UTF_8);
    assertThat(body).isEqualTo(EventJson.toJson(EventJsonTest.booked()));
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    assertThat(request.getHeader("Idempotency-Key")).isEqualTo(EventJsonTest.ID.toString());
    assertThat(request.getHeader(WebhookNotificationChannel.TIMESTAMP_HEADER))
        .isEqualTo(Long.toString(clock.instant().getEpochSecond()));
    assertThat(
            WebhookNotificationChannel.verify(
                SECRET,
                request.getHeader(WebhookNotificationChannel.TIMESTAMP_HEADER),
                body,
                request.getHeader(WebhookNotificationChannel.SIGNATURE_HEADER),
                clock,
                Duration.ofMinutes(5)))
        .isTrue();
    assertThat(
            WebhookNotificationChannel.verify(
                "another-secret-of-thirty-two-bytes!!",
                request.getHeader(WebhookNotificationChannel.TIMESTAMP_HEADER),
                body,
                request.getHeader(WebhookNotificationChannel.SIGNATURE_HEADER),
                clock,
                Duration.ofMinutes(5)))
        .isFalse();
  }

  @Test
  void a_non_2xx_answer_throws_so_the_relay_retries() {
    HOST.stubFor(post(urlEqualTo("/events")).willReturn(aResponse().withStatus(500)));
    assertThatThrownBy(() -> listener().on(EventJsonTest.booked()))
        .isInstanceOf(UnableToDeliverEventException.class)
        .hasMessageContaining(EventJsonTest.ID.toString())
        .hasMessageNotContaining(HOST.baseUrl());

    HOST.stubFor(post(urlEqualTo("/events")).willReturn(aResponse().withStatus(400)));
    assertThatThrownBy(() -> listener().on(EventJsonTest.booked()))
        .isInstanceOf(UnableToDeliverEventException.class);
  }

  @Test
  void a_lost_connection_or_timeout_throws() {
    HOST.stubFor(
        post(urlEqualTo("/events"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    assertThatThrownBy(() -> listener().on(EventJsonTest.booked()))
        .isInstanceOf(UnableToDeliverEventException.class);

    HOST.stubFor(
        post(urlEqualTo("/events")).willReturn(aResponse().withStatus(200).withFixedDelay(3000)));
    assertThatThrownBy(() -> listener(Duration.ofSeconds(1)).on(EventJsonTest.booked()))
        .isInstanceOf(UnableToDeliverEventException.class);
  }

  @Test
  void only_http_urls_are_accepted() {
    WebhookConfig config = WebhookConfig.builder(SECRET).build();
    assertThatThrownBy(
            () -> WebhookEventListener.create(URI.create("ftp://example.dk/x"), config, clock))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatCode(
            () -> WebhookEventListener.create(URI.create("https://example.dk/x"), config, clock))
        .doesNotThrowAnyException();
  }
}
