package dk.borgerdialog.contact.model;

import dk.borgerdialog.common.internal.Check;
import java.util.UUID;

/**
 * The id of an attachment.
 *
 * @param value the UUID
 */
public record AttachmentId(UUID value) {
  /** Validates the id. */
  public AttachmentId {
    Check.notNull("attachmentId", value);
  }

  /**
   * A new random id.
   *
   * @return the id
   */
  public static AttachmentId random() {
    return new AttachmentId(UUID.randomUUID());
  }

  /**
   * Parses an id.
   *
   * @param text the UUID as text
   * @return the id
   * @throws dk.borgerdialog.common.InvalidInputException naming the field if it is no UUID
   */
  public static AttachmentId parse(String text) {
    return new AttachmentId(Check.uuid("attachmentId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
