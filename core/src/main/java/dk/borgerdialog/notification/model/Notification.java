package dk.borgerdialog.notification.model;

import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.internal.Check;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One message to one person over one channel, as handed to a {@link NotificationChannel}.
 *
 * <p>The address, subject and body are personal data: {@link #toString()} shows only the
 * idempotency key and the channel, and adapters never log them.
 *
 * <p>The address depends on the channel:
 *
 * <ul>
 *   <li>{@link ChannelKind#IN_APP}: the citizen's id, a UUID;
 *   <li>{@link ChannelKind#EMAIL}: an e-mail address such as {@code karen@example.dk};
 *   <li>{@link ChannelKind#SMS}: a phone number in E.164 form such as {@code +4512345678};
 *   <li>{@link ChannelKind#WEBHOOK}: an https URL (plain http only to a loopback host, for tests).
 * </ul>
 *
 * @param idempotencyKey the key that makes a retry safe: the same message always has the same key;
 *     visible ASCII without spaces
 * @param channel the channel to deliver on
 * @param address where to deliver, in the channel's form (see above)
 * @param language the language the message is written in
 * @param subject a single-line subject; required for e-mail, may be empty for other channels
 * @param body the text of the message
 */
public record Notification(
    String idempotencyKey,
    ChannelKind channel,
    String address,
    Language language,
    String subject,
    String body) {

  /** The longest idempotency key accepted. */
  public static final int MAX_KEY_LENGTH = 200;

  /** The longest subject accepted. */
  public static final int MAX_SUBJECT_LENGTH = 200;

  /** The longest body accepted. */
  public static final int MAX_BODY_LENGTH = 2000;

  /** The longest e-mail address accepted (RFC 5321). */
  public static final int MAX_EMAIL_LENGTH = 254;

  /** The longest webhook URL accepted. */
  public static final int MAX_URL_LENGTH = 2000;

  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]+");

  /**
   * Validates the notification.
   *
   * @param idempotencyKey the key that makes a retry safe
   * @param channel the channel to deliver on
   * @param address where to deliver, in the channel's form
   * @param language the language the message is written in
   * @param subject a single-line subject; required for e-mail, may be empty otherwise
   * @param body the text of the message
   * @throws InvalidInputException naming the field if a part is missing, too long or not in the
   *     form its channel needs
   */
  public Notification {
    idempotencyKey = Check.text("idempotencyKey", idempotencyKey, MAX_KEY_LENGTH);
    Check.that(
        KEY.matcher(idempotencyKey).matches(),
        "idempotencyKey",
        "must be visible ASCII characters without spaces");
    Check.notNull("channel", channel);
    address = checkedAddress(channel, address);
    Check.notNull("language", language);
    Check.notNull("subject", subject);
    if (Check.optionalText("subject", subject, MAX_SUBJECT_LENGTH) == null) {
      Check.that(channel != ChannelKind.EMAIL, "subject", "is required for e-mail");
      subject = "";
    } else {
      subject = Check.text("subject", subject, MAX_SUBJECT_LENGTH);
    }
    body = Check.multilineText("body", body, MAX_BODY_LENGTH);
  }

  /**
   * Creates a notification.
   *
   * @param idempotencyKey the key that makes a retry safe
   * @param channel the channel to deliver on
   * @param address where to deliver, in the channel's form
   * @param language the language the message is written in
   * @param subject a single-line subject; required for e-mail, may be empty otherwise
   * @param body the text of the message
   * @return the notification
   * @throws InvalidInputException naming the field if a part is invalid
   */
  public static Notification of(
      String idempotencyKey,
      ChannelKind channel,
      String address,
      Language language,
      String subject,
      String body) {
    return new Notification(idempotencyKey, channel, address, language, subject, body);
  }

  /**
   * Shows the idempotency key and the channel only: the address, subject and body are personal
   * data.
   *
   * @return a text safe to log
   */
  @Override
  public String toString() {
    return "Notification[idempotencyKey=" + idempotencyKey + ", channel=" + channel + "]";
  }

  private static String checkedAddress(ChannelKind channel, String address) {
    return switch (channel) {
      case IN_APP -> Check.uuid("address", address).toString();
      case EMAIL -> Check.email("address", address);
      case SMS -> Check.phone("address", address);
      case WEBHOOK -> checkedUrl(Check.text("address", address, MAX_URL_LENGTH));
    };
  }

  private static String checkedUrl(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new InvalidInputException("address", "must be an https URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    Check.that(uri.isAbsolute() && host != null, "address", "must be an https URL");
    Check.that(
        scheme.equals("https") || (scheme.equals("http") && isLoopback(host)),
        "address",
        "must be an https URL");
    Check.that(uri.getRawUserInfo() == null, "address", "must not hold credentials");
    Check.that(uri.getRawFragment() == null, "address", "must not have a fragment");
    return url;
  }

  private static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]");
  }
}
