package dk.borgerdialog.messaging.sms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.messaging.internal.HttpDelivery;
import dk.borgerdialog.messaging.internal.Require;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.DeliveryResult;
import dk.borgerdialog.notification.model.Notification;
import dk.borgerdialog.notification.model.NotificationChannel;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends SMS through an HTTP gateway that takes one JSON message per POST.
 *
 * <p>The request body is {@code {"to": "+45…", "text": "…", "reference": "<idempotency key>"}},
 * with the headers {@code Idempotency-Key} and, if configured, {@code Authorization: Bearer …}. The
 * answer maps to an outcome:
 *
 * <ul>
 *   <li>2xx: delivered, with the provider's id from the answer's JSON field {@code id} if present;
 *   <li>429 (and 503): retryable, after the {@code Retry-After} header's delay if given;
 *   <li>other 5xx and 408: retryable; other 4xx: not retryable;
 *   <li>refused connection or connect timeout: retryable (nothing was sent);
 *   <li>no answer in time, or a reset connection: unknown (retry with the same key).
 * </ul>
 *
 * <p>Thread-safe. Never logs the phone number or the text.
 */
public final class SmsGatewayNotificationChannel implements NotificationChannel {
  private static final Logger LOG = LoggerFactory.getLogger(SmsGatewayNotificationChannel.class);

  private final SmsGatewayConfig config;
  private final Clock clock;
  private final HttpClient client;

  private SmsGatewayNotificationChannel(SmsGatewayConfig config, Clock clock) {
    this.config = Require.notNull("config", config);
    this.clock = Require.notNull("clock", clock);
    this.client = HttpDelivery.client(config.connectTimeout());
  }

  /**
   * Creates the channel.
   *
   * @param config how to reach the gateway
   * @param clock the clock to read a {@code Retry-After} date against
   * @return the channel
   * @throws IllegalArgumentException if an argument is null
   */
  public static SmsGatewayNotificationChannel create(SmsGatewayConfig config, Clock clock) {
    return new SmsGatewayNotificationChannel(config, clock);
  }

  /**
   * {@inheritDoc}
   *
   * @return {@link ChannelKind#SMS}
   */
  @Override
  public ChannelKind kind() {
    return ChannelKind.SMS;
  }

  /**
   * Posts the message to the gateway; never throws for a delivery problem.
   *
   * @param notification an SMS notification
   * @return the outcome
   * @throws InvalidInputException if the notification is not for SMS
   */
  @Override
  public DeliveryResult send(Notification notification) {
    if (notification.channel() != ChannelKind.SMS) {
      throw new InvalidInputException("channel", "must be SMS for this channel");
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(config.endpoint())
            .timeout(config.requestTimeout())
            .header("Content-Type", "application/json; charset=utf-8")
            .header("Accept", "application/json")
            .header("Idempotency-Key", notification.idempotencyKey())
            .POST(HttpRequest.BodyPublishers.ofString(body(notification), StandardCharsets.UTF_8));
    if (config.bearerToken() != null) {
      request.header("Authorization", "Bearer " + config.bearerToken());
    }
    DeliveryResult result = HttpDelivery.send(client, request.build(), clock);
    LOG.info("SMS {}: {}", notification.idempotencyKey(), result);
    return result;
  }

  private static String body(Notification notification) {
    ObjectNode json = HttpDelivery.json().createObjectNode();
    json.put("to", notification.address());
    json.put("text", notification.body());
    json.put("reference", notification.idempotencyKey());
    try {
      return HttpDelivery.json().writeValueAsString(json);
    } catch (JsonProcessingException e) {
      // a tree of three strings always serialises
      throw new UncheckedIOException(e);
    }
  }
}
