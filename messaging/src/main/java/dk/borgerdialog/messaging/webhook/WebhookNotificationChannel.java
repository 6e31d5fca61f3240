package dk.borgerdialog.messaging.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.messaging.internal.HmacSignature;
import dk.borgerdialog.messaging.internal.HttpDelivery;
import dk.borgerdialog.messaging.internal.Require;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.DeliveryResult;
import dk.borgerdialog.notification.model.Notification;
import dk.borgerdialog.notification.model.NotificationChannel;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts each notification as JSON to the URL in its address, signed so the receiver can check it.
 *
 * <p>The body is {@code {"idempotencyKey": …, "channel": "WEBHOOK", "language": "da", "subject": …,
 * "body": …}}; it is the same on every retry. The headers are:
 *
 * <ul>
 *   <li>{@value #TIMESTAMP_HEADER}: the time of sending, in epoch seconds from the injected clock;
 *   <li>{@value #SIGNATURE_HEADER}: {@code sha256=<hex>}, the HMAC-SHA256 with the shared secret of
 *       {@code "<timestamp>.<body>"}, the body as its UTF-8 bytes;
 *   <li>{@code Idempotency-Key}: the notification's key, for the receiver to drop a repeat.
 * </ul>
 *
 * <p>A receiver checks both with {@link #verify}. Answers map to outcomes as for the SMS gateway:
 * 2xx delivered; 429/503 and other 5xx retryable (with {@code Retry-After}); other 4xx not
 * retryable; a refused connection retryable; no answer in time or a reset connection unknown.
 *
 * <p>Thread-safe. Never logs the URL, subject or body.
 */
public final class WebhookNotificationChannel implements NotificationChannel {
  /** The header that carries the time of sending, in epoch seconds. */
  public static final String TIMESTAMP_HEADER = "X-Borgerdialog-Timestamp";

  /** The header that carries the signature, {@code sha256=<hex>}. */
  public static final String SIGNATURE_HEADER = "X-Borgerdialog-Signature";

  private static final Logger LOG = LoggerFactory.getLogger(WebhookNotificationChannel.class);
  private static final String SIGNATURE_PREFIX = "sha256=";

  private final WebhookConfig config;
  private final Clock clock;
  private final HttpClient client;

  private WebhookNotificationChannel(WebhookConfig config, Clock clock) {
    this.config = Require.notNull("config", config);
    this.clock = Require.notNull("clock", clock);
    this.client = HttpDelivery.client(config.connectTimeout());
  }

  /**
   * Creates the channel.
   *
   * @param config the secret and timeouts
   * @param clock the clock that stamps each request
   * @return the channel
   * @throws IllegalArgumentException if an argument is null
   */
  public static WebhookNotificationChannel create(WebhookConfig config, Clock clock) {
    return new WebhookNotificationChannel(config, clock);
  }

  /**
   * {@inheritDoc}
   *
   * @return {@link ChannelKind#WEBHOOK}
   */
  @Override
  public ChannelKind kind() {
    return ChannelKind.WEBHOOK;
  }

  /**
   * Posts the signed notification to its URL; never throws for a delivery problem.
   *
   * @param notification a webhook notification; its address is the URL
   * @return the outcome
   * @throws InvalidInputException if the notification is not for a webhook
   */
  @Override
  public DeliveryResult send(Notification notification) {
    if (notification.channel() != ChannelKind.WEBHOOK) {
      throw new InvalidInputException("channel", "must be WEBHOOK for this channel");
    }
    String body = body(notification);
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(notification.address()))
            .timeout(config.requestTimeout())
            .header("Content-Type", "application/json; charset=utf-8")
            .header("Idempotency-Key", notification.idempotencyKey())
            .header(TIMESTAMP_HEADER, timestamp)
            .header(SIGNATURE_HEADER, SIGNATURE_PREFIX + sign(config.secret(), timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    DeliveryResult result = HttpDelivery.send(client, request, clock);
    LOG.info("Webhook {}: {}", notification.idempotencyKey(), result);
    return result;
  }

  /**
   * Checks a received webhook: the signature must match the body and timestamp, and the timestamp
   * must be within {@code tolerance} of the receiver's clock (either way). Compares in constant
   * time.
   *
   * @param secret the secret shared with the sender
   * @param timestamp the {@value #TIMESTAMP_HEADER} header, if present
   * @param body the request body exactly as received, decoded as UTF-8
   * @param signatureHeader the {@value #SIGNATURE_HEADER} header, if present
   * @param clock the receiver's clock
   * @param tolerance how far the timestamp may be from the receiver's clock, such as 5 minutes
   * @return true only if the signature is valid and the timestamp fresh
   * @throws IllegalArgumentException if the secret is empty, an argument other than a header is
   *     null, or the tolerance is negative
   */
  public static boolean verify(
      String secret,
      @Nullable String timestamp,
      String body,
      @Nullable String signatureHeader,
      Clock clock,
      Duration tolerance) {
    Require.notNull("secret", secret);
    Require.notNull("body", body);
    Require.notNull("clock", clock);
    Require.argument(
        !Require.notNull("tolerance", tolerance).isNegative(), "tolerance must not be negative");
    if (timestamp == null || signatureHeader == null) {
      return false;
    }
    String stamp = timestamp.strip();
    if (stamp.isEmpty() || stamp.length() > 12 || !stamp.chars().allMatch(Character::isDigit)) {
      return false;
    }
    Instant sent = Instant.ofEpochSecond(Long.parseLong(stamp));
    if (Duration.between(sent, clock.instant()).abs().compareTo(tolerance) > 0) {
      return false;
    }
    String given = signatureHeader.strip().toLowerCase(Locale.ROOT);
    if (!given.startsWith(SIGNATURE_PREFIX)) {
      return false;
    }
    byte[] expected = sign(secret, stamp, body).getBytes(StandardCharsets.US_ASCII);
    byte[] actual = given.substring(SIGNATURE_PREFIX.length()).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, actual);
  }

  private static String sign(String secret, String timestamp, String body) {
    return HmacSignature.sign(secret, timestamp, body);
  }

  private static String body(Notification notification) {
    ObjectNode json = HttpDelivery.json().createObjectNode();
    json.put("idempotencyKey", notification.idempotencyKey());
    json.put("channel", notification.channel().name());
    json.put("language", notification.language().name().toLowerCase(Locale.ROOT));
    json.put("subject", notification.subject());
    json.put("body", notification.body());
    try {
      return HttpDelivery.json().writeValueAsString(json);
    } catch (JsonProcessingException e) {
      // a tree of strings always serialises
      throw new UncheckedIOException(e);
    }
  }
}
