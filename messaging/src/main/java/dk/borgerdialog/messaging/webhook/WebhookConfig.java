package dk.borgerdialog.messaging.webhook;

import dk.borgerdialog.messaging.internal.Require;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * How to sign and send webhooks. Immutable; build it with {@link #builder(String)}.
 *
 * @param secret the secret shared with the receiver, at least {@value #MIN_SECRET_BYTES} bytes in
 *     UTF-8
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for the answer once the request is sent; after that the
 *     outcome is unknown
 */
public record WebhookConfig(String secret, Duration connectTimeout, Duration requestTimeout) {

  /** The shortest secret accepted, in bytes: as long as the HMAC-SHA256 output. */
  public static final int MIN_SECRET_BYTES = 32;

  /** The default connect timeout: 5 seconds. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

  /** The default request timeout: 15 seconds. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(15);

  /**
   * Validates the configuration.
   *
   * @param secret the secret shared with the receiver
   * @param connectTimeout how long to wait for a connection
   * @param requestTimeout how long to wait for the answer
   * @throws IllegalArgumentException if the secret is too short or a timeout is not positive
   */
  public WebhookConfig {
    checkSecret(secret);
    Require.positive("connectTimeout", connectTimeout);
    Require.positive("requestTimeout", requestTimeout);
  }

  /**
   * Starts a configuration.
   *
   * @param secret the secret shared with the receiver
   * @return a builder with the default timeouts
   * @throws IllegalArgumentException if the secret is too short
   */
  public static Builder builder(String secret) {
    return new Builder(secret);
  }

  /**
   * Shows the timeouts, never the secret.
   *
   * @return a text safe to log
   */
  @Override
  public String toString() {
    return "WebhookConfig[secret=***, connectTimeout="
        + connectTimeout
        + ", requestTimeout="
        + requestTimeout
        + "]";
  }

  private static String checkSecret(String secret) {
    Require.notNull("secret", secret);
    Require.argument(
        secret.getBytes(StandardCharsets.UTF_8).length >= MIN_SECRET_BYTES,
        "secret must be at least " + MIN_SECRET_BYTES + " bytes");
    return secret;
  }

  /** Builds a {@link WebhookConfig}; each setter checks its value at once. */
  public static final class Builder {
    private final String secret;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;

    private Builder(String secret) {
      this.secret = checkSecret(secret);
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
    public WebhookConfig build() {
      return new WebhookConfig(secret, connectTimeout, requestTimeout);
    }
  }
}
