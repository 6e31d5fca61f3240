package dk.borgerdialog.contact.model;

import dk.borgerdialog.common.internal.Check;
import java.util.UUID;

/**
 * The id of a message.
 *
 * @param value the UUID
 */
public record MessageId(UUID value) {
  /** Validates the id. */
  public MessageId {
    Check.notNull("messageId", value);
  }

  /**
   * A new random id.
   *
   * @return the id
   */
  public static MessageId random() {
    return new MessageId(UUID.randomUUID());
  }

  /**
   * Parses an id.
   *
   * @param text the UUID as text
   * @return the id
   * @throws dk.borgerdialog.common.InvalidInputException naming the field if it is no UUID
   */
  public static MessageId parse(String text) {
    return new MessageId(Check.uuid("messageId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
