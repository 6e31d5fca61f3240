package dk.borgerdialog.messaging.sms;

import dk.borgerdialog.messaging.internal.Require;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How to reach the SMS gateway. Immutable; build it with {@link #builder(URI)}.
 *
 * @param endpoint the URL to POST each message to; https (plain http only to a loopback host)
 * @param bearerToken the token sent as {@code Authorization: Bearer ...}, if the gateway needs one
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for the answer once the request is sent; after that the
 *     outcome is unknown
 */
public record SmsGatewayConfig(
    URI endpoint, @Nullable String bearerToken, Duration connectTimeout, Duration requestTimeout) {

  /** The default connect timeout: 5 seconds. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

  /** The default request timeout: 15 seconds. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(15);

  /**
   * Validates the configuration.
   *
   * @param endpoint the URL to POST each message to
   * @param bearerToken the bearer token, or null for none
   * @param connectTimeout how long to wait for a connection
   * @param requestTimeout how long to wait for the answer
   * @throws IllegalArgumentException if the endpoint is not an https URL, the token is blank or a
   *     timeout is not positive
   */
  public SmsGatewayConfig {
    Require.httpsUrl("endpoint", endpoint);
    if (bearerToken != null) {
      bearerToken = Require.text("bearerToken", bearerToken);
    }
    Require.positive("connectTimeout", connectTimeout);
    Require.positive("requestTimeout", requestTimeout);
  }

  /**
   * Starts a configuration.
   *
   * @param endpoint the URL to POST each message to
   * @return a builder with the default timeouts and no token
   * @throws IllegalArgumentException if the endpoint is not an https URL
   */
  public static Builder builder(URI endpoint) {
    return new Builder(endpoint);
  }

  /**
   * Shows the endpoint and timeouts, never the token.
   *
   * @return a text safe to log
   */
  @Override
  public String toString() {
    return "SmsGatewayConfig[endpoint="
        + endpoint
        + ", bearerToken="
        + (bearerToken == null ? "none" : "***")
        + ", connectTimeout="
        + connectTimeout
        + ", requestTimeout="
        + requestTimeout
        + "]";
  }

  /** Builds a {@link SmsGatewayConfig}; each setter checks its value at once. */
  public static final class Builder {
    private final URI endpoint;
    private @Nullable String bearerToken;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;

    private Builder(URI endpoint) {
      this.endpoint = Require.httpsUrl("endpoint", endpoint);
    }

    /**
     * Sends a bearer token with each request.
     *
     * @param token the token
     * @return this builder
     * @throws IllegalArgumentException if the token is null, blank or holds control characters
     */
    public Builder bearerToken(String token) {
      this.bearerToken = Require.text("bearerToken", token);
      return this;
    }

    /**
     * Sets how long to wait for a connection.
     *
     * @param timeout the timeout; default {@link #DEFAULT_CONNECT_TIMEOUT}
     * @return this builder
     * @throws IllegalArgumentException if it is not positive
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Require.positive("connectTimeout", timeout);
      return this;
    }

    /**
     * Sets how long to wait for the answer once the request is sent.
     *
     * @param timeout the timeout; default {@link #DEFAULT_REQUEST_TIMEOUT}
     * @return this builder
     * @throws IllegalArgumentException if it is not positive
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = Require.positive("requestTimeout", timeout);
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @return the immutable configuration
     */
    public SmsGatewayConfig build() {
      return new SmsGatewayConfig(endpoint, bearerToken, connectTimeout, requestTimeout);
    }
  }
}
