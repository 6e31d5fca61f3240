package dk.borgerdialog.messaging.event;

import dk.borgerdialog.event.model.EventListener;
import dk.borgerdialog.event.model.PublishedEvent;
import dk.borgerdialog.messaging.internal.HmacSignature;
import dk.borgerdialog.messaging.internal.HttpDelivery;
import dk.borgerdialog.messaging.internal.Require;
import dk.borgerdialog.messaging.webhook.WebhookConfig;
import dk.borgerdialog.messaging.webhook.WebhookNotificationChannel;
import dk.borgerdialog.notification.model.DeliveryResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Posts each event's {@linkplain EventJson envelope} to the host's URL, signed as the {@linkplain
 * WebhookNotificationChannel webhook channel} signs: the headers {@value
 * WebhookNotificationChannel#TIMESTAMP_HEADER} and {@value
 * WebhookNotificationChannel#SIGNATURE_HEADER} ({@code sha256=} HMAC-SHA256 of {@code
 * "<timestamp>.<body>"}), and {@code Idempotency-Key} with the event's id. A receiver checks them
 * with {@link WebhookNotificationChannel#verify}.
 *
 * <p>A 2xx answer means delivered. Any other answer, a network failure or a timeout throws {@link
 * UnableToDeliverEventException}, so the relay offers the event again later; the body is the same
 * each time. Thread-safe. Never logs the URL or the body.
 */
public final class WebhookEventListener implements EventListener {
  private final URI url;
  private final WebhookConfig config;
  private final Clock clock;
  private final HttpClient client;

  private WebhookEventListener(URI url, WebhookConfig config, Clock clock) {
    this.url = Require.notNull("url", url);
    this.config = Require.notNull("config", config);
    this.clock = Require.notNull("clock", clock);
    String scheme = url.getScheme();
    Require.argument(
        "https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme),
        "url must be an http or https URL");
    this.client = HttpDelivery.client(config.connectTimeout());
  }

  /**
   * Creates the listener.
   *
   * @param url where to post the events
   * @param config the shared secret and timeouts
   * @param clock the clock that stamps each request
   * @return the listener
   * @throws IllegalArgumentException if an argument is null or the URL is not http(s)
   */
  public static WebhookEventListener create(URI url, WebhookConfig config, Clock clock) {
    return new WebhookEventListener(url, config, clock);
  }

  /**
   * Posts the event and returns once the host answered 2xx.
   *
   * @param event the event
   * @throws UnableToDeliverEventException if the host did not answer 2xx in time
   */
  @Override
  public void on(PublishedEvent event) {
    String body = EventJson.toJson(event);
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(config.requestTimeout())
            .header("Content-Type", "application/json; charset=utf-8")
            .header("Idempotency-Key", event.id().toString())
            .header(WebhookNotificationChannel.TIMESTAMP_HEADER, timestamp)
            .header(
                WebhookNotificationChannel.SIGNATURE_HEADER,
                "sha256=" + HmacSignature.sign(config.secret(), timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    DeliveryResult result = HttpDelivery.send(client, request, clock);
    if (!(result instanceof DeliveryResult.Delivered)) {
      throw new UnableToDeliverEventException(
          "event " + event.id() + " (" + event.type() + ") was not delivered: " + result);
    }
  }
}
