package dk.borgerdialog.messaging.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Checks for configuration set by a host, which throw {@link IllegalArgumentException}. */
public final class Require {
  private Require() {}

  /**
   * Requires a condition.
   *
   * @param condition what must hold
   * @param message what is wrong when it does not
   * @throws IllegalArgumentException if the condition does not hold
   */
  public static void argument(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /**
   * Requires a value.
   *
   * @param name the setting's name
   * @param value the value
   * @param <T> its type
   * @return the value
   * @throws IllegalArgumentException if it is null
   */
  public static <T> T notNull(String name, @Nullable T value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  /**
   * Requires a text that is not blank and has no control characters.
   *
   * @param name the setting's name
   * @param value the text
   * @return the trimmed text
   * @throws IllegalArgumentException if it is null, blank or holds control characters
   */
  public static String text(String name, @Nullable String value) {
    String text = notNull(name, value).strip();
    argument(!text.isEmpty(), name + " must not be blank");
    argument(
        text.chars().noneMatch(Character::isISOControl),
        name + " must not contain control characters");
    return text;
  }

  /**
   * Requires a positive duration.
   *
   * @param name the setting's name
   * @param value the duration
   * @return the duration
   * @throws IllegalArgumentException if it is null, zero or negative
   */
  public static Duration positive(String name, @Nullable Duration value) {
    argument(!notNull(name, value).isNegative() && !value.isZero(), name + " must be positive");
    return value;
  }

  /**
   * Requires an https URL; plain http is allowed only to a loopback host, for tests and local
   * sinks.
   *
   * @param name the setting's name
   * @param value the URL
   * @return the URL
   * @throws IllegalArgumentException if it is null, not absolute, not https, or holds credentials
   */
  public static URI httpsUrl(String name, @Nullable URI value) {
    URI uri = notNull(name, value);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    argument(uri.isAbsolute() && host != null, name + " must be an absolute URL with a host");
    argument(
        scheme.equals("https") || (scheme.equals("http") && isLoopback(host)),
        name + " must be an https URL (http only to a loopback host)");
    argument(uri.getRawUserInfo() == null, name + " must not hold credentials");
    return uri;
  }

  private static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]");
  }
}
