package dk.borgerdialog.messaging.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.borgerdialog.notification.model.DeliveryResult;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;

/**
 * Sends one HTTP request and maps what happened to a {@link DeliveryResult}, for the SMS gateway
 * and the webhook.
 *
 * <p>The rule: a request that certainly did not reach the server (refused, connect timeout, TLS
 * handshake) is a retryable failure; a request that may have reached it (a timeout waiting for the
 * answer, a reset connection) is unknown, and must be retried with the same idempotency key.
 */
public final class HttpDelivery {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PROVIDER_ID = Pattern.compile("[\\x21-\\x7E]{1,200}");

  private HttpDelivery() {}

  /**
   * The JSON mapper the channels share; it is thread-safe once configured.
   *
   * @return the mapper
   */
  public static ObjectMapper json() {
    return JSON;
  }

  /**
   * An HTTP client for delivering: no redirects followed, HTTP/1.1.
   *
   * @param connectTimeout how long to wait for a connection
   * @return the client
   */
  public static HttpClient client(java.time.Duration connectTimeout) {
    // HTTP/1.1 on purpose: gateways and receivers behind simple proxies handle it best
    return HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  /**
   * Sends the request and maps the outcome; never throws for a delivery problem.
   *
   * @param client the client
   * @param request the request
   * @param clock the clock to read an HTTP-date {@code Retry-After} against
   * @return the outcome
   */
  public static DeliveryResult send(HttpClient client, HttpRequest request, Clock clock) {
    HttpResponse<byte[]> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpConnectTimeoutException e) {
      return DeliveryResult.retryable("could not connect in time");
    } catch (HttpTimeoutException e) {
      return DeliveryResult.unknown("no answer in time after the request was sent");
    } catch (ConnectException e) {
      return DeliveryResult.retryable("could not connect");
    } catch (SSLException e) {
      return DeliveryResult.retryable("TLS failed: " + e.getClass().getSimpleName());
    } catch (IOException e) {
      return DeliveryResult.unknown("connection lost: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return DeliveryResult.unknown("interrupted while waiting for the answer");
    }
    return outcome(response, clock);
  }

  /**
   * Maps a response to an outcome.
   *
   * @param response the response
   * @param clock the clock to read an HTTP-date {@code Retry-After} against
   * @return the outcome
   */
  public static DeliveryResult outcome(HttpResponse<byte[]> response, Clock clock) {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return DeliveryResult.delivered(providerId(response.body()));
    }
    String error = "HTTP " + status;
    if (status == 429 || status == 503) {
      Duration retryAfter =
          retryAfter(response.headers().firstValue("Retry-After").orElse(null), clock);
      return retryAfter == null
          ? DeliveryResult.retryable(error)
          : DeliveryResult.retryableAfter(error, retryAfter);
    }
    if (status >= 500 || status == 408) {
      return DeliveryResult.retryable(error);
    }
    return DeliveryResult.permanent(error);
  }

  /**
   * Reads a {@code Retry-After} header: delay seconds or an HTTP-date.
   *
   * @param header the header's value, if any
   * @param clock the clock to measure an HTTP-date against
   * @return the delay, zero or more, or null if there is none or it cannot be read
   */
  public static @Nullable Duration retryAfter(@Nullable String header, Clock clock) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.strip();
    try {
      if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return Duration.ofSeconds(Long.parseLong(value));
      }
      ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration delay = Duration.between(clock.instant(), at.toInstant());
      return delay.isNegative() ? Duration.ZERO : delay;
    } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
      return null;
    }
  }

  /** The provider's id from a JSON answer's {@code id} field, if it is a plausible id. */
  private static @Nullable String providerId(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      JsonNode id = JSON.readTree(body).path("id");
      if (id.isTextual() || id.isIntegralNumber()) {
        String text = id.asText();
        return PROVIDER_ID.matcher(text).matches() ? text : null;
      }
      return null;
    } catch (IOException e) {
      // an answer that is not JSON is still a delivery; it just carries no id
      return null;
    }
  }
}
