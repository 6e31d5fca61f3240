package dk.borgerdialog.messaging.email;

import dk.borgerdialog.messaging.internal.Require;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How to reach the SMTP server. Immutable; build it with {@link #builder(String, String)}.
 *
 * @param host the server's host name
 * @param port the server's port, 1 to 65535
 * @param from the sender address, such as {@code "Borgerdialog <noreply@kommune.dk>"}; keep its
 *     display name neutral, it must not name a service
 * @param username the user to log in as, or null to send without logging in
 * @param password the password, set exactly when {@code username} is
 * @param startTls whether to require STARTTLS before anything else is sent; when true, a server
 *     that does not offer it is a failure, never a fallback to plain text
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for each answer from the server
 */
public record SmtpConfig(
    String host,
    int port,
    String from,
    @Nullable String username,
    @Nullable String password,
    boolean startTls,
    Duration connectTimeout,
    Duration readTimeout) {

  /** The default port: 587, message submission. */
  public static final int DEFAULT_PORT = 587;

  /** STARTTLS is required by default. */
  public static final boolean DEFAULT_START_TLS = true;

  /** The default connect timeout: 10 seconds. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** The default read timeout: 30 seconds. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

  /**
   * Validates the configuration.
   *
   * @param host the server's host name
   * @param port the server's port
   * @param from the sender address
   * @param username the user to log in as, or null
   * @param password the password, or null
   * @param startTls whether STARTTLS is required
   * @param connectTimeout how long to wait for a connection
   * @param readTimeout how long to wait for each answer
   * @throws IllegalArgumentException if the host is blank, the port out of range, the sender not an
   *     address, only one of user and password set, or a timeout not positive
   */
  public SmtpConfig {
    host = Require.text("host", host);
    checkPort(port);
    from = checkFrom(from);
    Require.argument((username == null) == (password == null), "username and password go together");
    if (username != null) {
      username = Require.text("username", username);
    }
    Require.positive("connectTimeout", connectTimeout);
    Require.positive("readTimeout", readTimeout);
  }

  /**
   * Starts a configuration.
   *
   * @param host the server's host name
   * @param from the sender address
   * @return a builder with the default port, STARTTLS required, no login and default timeouts
   * @throws IllegalArgumentException if the host is blank or the sender not an address
   */
  public static Builder builder(String host, String from) {
    return new Builder(host, from);
  }

  /**
   * The sender as a parsed address.
   *
   * @return the address
   */
  InternetAddress fromAddress() {
    try {
      return new InternetAddress(from, true);
    } catch (AddressException e) {
      throw new IllegalStateException("checked when built", e);
    }
  }

  /**
   * Shows everything but the password.
   *
   * @return a text safe to log
   */
  @Override
  public String toString() {
    return "SmtpConfig[host="
        + host
        + ", port="
        + port
        + ", from="
        + from
        + ", username="
        + username
        + ", password="
        + (password == null ? "none" : "***")
        + ", startTls="
        + startTls
        + ", connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + "]";
  }

  private static int checkPort(int port) {
    Require.argument(port > 0 && port <= 65535, "port must be between 1 and 65535");
    return port;
  }

  private static String checkFrom(String from) {
    String text = Require.text("from", from);
    try {
      new InternetAddress(text, true).validate();
      return text;
    } catch (AddressException e) {
      throw new IllegalArgumentException("from must be an e-mail address", e);
    }
  }

  /** Builds a {@link SmtpConfig}; each setter checks its value at once. */
  public static final class Builder {
    private final String host;
    private final String from;
    private int port = DEFAULT_PORT;
    private @Nullable String username;
    private @Nullable String password;
    private boolean startTls = DEFAULT_START_TLS;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;

    private Builder(String host, String from) {
      this.host = Require.text("host", host);
      this.from = checkFrom(from);
    }

    /**
     * Sets the port.
     *
     * @param port the port; default {@link #DEFAULT_PORT}
     * @return this builder
     * @throws IllegalArgumentException if it is not between 1 and 65535
     */
    public Builder port(int port) {
      this.port = checkPort(port);
      return this;
    }

    /**
     * Logs in with a user and password.
     *
     * @param username the user
     * @param password the password
     * @return this builder
     * @throws IllegalArgumentException if either is null, or the user blank
     */
    public Builder credentials(String username, String password) {
      this.username = Require.text("username", username);
      this.password = Require.notNull("password", password);
      return this;
    }

    /**
     * Sets whether STARTTLS is required.
     *
     * @param startTls true to require it; default {@link #DEFAULT_START_TLS}
     * @return this builder
     */
    public Builder startTls(boolean startTls) {
      this.startTls = startTls;
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
     * Sets how long to wait for each answer from the server.
     *
     * @param timeout the timeout; default {@link #DEFAULT_READ_TIMEOUT}
     * @return this builder
     * @throws IllegalArgumentException if it is not positive
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Require.positive("readTimeout", timeout);
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @return the immutable configuration
     */
    public SmtpConfig build() {
      return new SmtpConfig(
          host, port, from, username, password, startTls, connectTimeout, readTimeout);
    }
  }
}
