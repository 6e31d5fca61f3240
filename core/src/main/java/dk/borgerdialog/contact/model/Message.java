package dk.borgerdialog.contact.model;

import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.internal.Check;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One message of a thread. A message is never edited; within {@link #WITHDRAWAL_WINDOW} of sending
 * its author may withdraw it, which removes its text and attachments and leaves a visible
 * "withdrawn" in its place.
 *
 * <p>The body is plain text, stored exactly as given (not trimmed, not escaped): whoever renders it
 * escapes it for the medium.
 *
 * @param id the message's id
 * @param thread the thread
 * @param side the side the message speaks for
 * @param author who wrote it
 * @param autoReply whether it is an auto-reply written by the system
 * @param body the text, or null once withdrawn
 * @param sentAt when it was sent
 * @param withdrawnAt when it was withdrawn, or null
 * @param attachments the attachments' descriptions (empty once withdrawn)
 */
public record Message(
    MessageId id,
    ThreadId thread,
    Side side,
    MessageAuthor author,
    boolean autoReply,
    @Nullable String body,
    Instant sentAt,
    @Nullable Instant withdrawnAt,
    List<AttachmentInfo> attachments) {

  /** The longest body, in characters (code points). */
  public static final int MAX_BODY_LENGTH = 5000;

  /** How long after sending a message its author may withdraw it. */
  public static final Duration WITHDRAWAL_WINDOW = Duration.ofMinutes(5);

  /** Validates the message. */
  public Message {
    Check.notNull("id", id);
    Check.notNull("thread", thread);
    Check.notNull("side", side);
    Check.notNull("author", author);
    Check.notNull("sentAt", sentAt);
    Check.that((body == null) == (withdrawnAt != null), "body", "is cleared exactly on withdrawal");
    if (body != null) {
      checkedBody(body);
    }
    attachments = List.copyOf(Check.list("attachments", attachments));
  }

  /**
   * Checks a message body: not blank, at most {@link #MAX_BODY_LENGTH} characters, valid Unicode,
   * and no control character other than line feed and tab.
   *
   * @param body the body
   * @return the body, unchanged
   * @throws InvalidInputException naming {@code body} if it breaks a rule
   */
  public static String checkedBody(@Nullable String body) {
    if (body == null) {
      throw new InvalidInputException("body", "is required");
    }
    if (body.isBlank()) {
      throw new InvalidInputException("body", "must not be blank");
    }
    if (body.codePointCount(0, body.length()) > MAX_BODY_LENGTH) {
      throw new InvalidInputException("body", "must be at most " + MAX_BODY_LENGTH + " characters");
    }
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        throw new InvalidInputException(
            "body", "must not contain control characters other than line feed and tab");
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= body.length() || !Character.isLowSurrogate(body.charAt(i + 1))) {
          throw new InvalidInputException("body", "must be valid Unicode text");
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        throw new InvalidInputException("body", "must be valid Unicode text");
      }
    }
    return body;
  }

  /**
   * Whether the message was withdrawn.
   *
   * @return true once withdrawn
   */
  public boolean withdrawn() {
    return withdrawnAt != null;
  }

  /**
   * Whether its author may still withdraw it.
   *
   * @param now now
   * @return true if not withdrawn and sent less than {@link #WITHDRAWAL_WINDOW} ago
   */
  public boolean withdrawableAt(Instant now) {
    return withdrawnAt == null && !autoReply && now.isBefore(sentAt.plus(WITHDRAWAL_WINDOW));
  }
}
