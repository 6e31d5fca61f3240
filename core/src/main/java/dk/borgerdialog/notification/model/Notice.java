package dk.borgerdialog.notification.model;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.internal.Check;
import java.util.regex.Pattern;

/**
 * A neutral notice to a citizen that something happened: "You have a new message".
 *
 * <p>A notice names only its kind. The text a citizen receives is chosen by the kind in the
 * citizen's language, so no notice can carry personal content to an SMS or an e-mail.
 *
 * @param key what makes the notice unique, such as {@code "message-<uuid>"}; a second notice with
 *     the same key for the same citizen is dropped, so a retried use case never notifies twice;
 *     visible ASCII without spaces
 * @param recipient the citizen to notify
 * @param kind what happened
 */
public record Notice(String key, CitizenId recipient, NoticeKind kind) {
  /** The longest key. */
  public static final int MAX_KEY_LENGTH = 150;

  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]+");

  /**
   * Validates the notice.
   *
   * @param key what makes the notice unique
   * @param recipient the citizen to notify
   * @param kind what happened
   * @throws InvalidInputException naming the field if a part is missing or malformed
   */
  public Notice {
    key = Check.text("key", key, MAX_KEY_LENGTH);
    Check.that(
        KEY.matcher(key).matches(), "key", "must be visible ASCII characters without spaces");
    Check.notNull("recipient", recipient);
    Check.notNull("kind", kind);
  }

  /**
   * The idempotency key of this notice's delivery on one channel.
   *
   * @param channel the channel
   * @return the key, the same for every retry
   */
  public String idempotencyKey(ChannelKind channel) {
    return "notice-"
        + kind.name().toLowerCase(java.util.Locale.ROOT)
        + "-"
        + key
        + "-"
        + channel.name().toLowerCase(java.util.Locale.ROOT);
  }
}
