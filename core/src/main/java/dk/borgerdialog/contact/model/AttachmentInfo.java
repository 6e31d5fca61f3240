package dk.borgerdialog.contact.model;

import dk.borgerdialog.common.internal.Check;

/**
 * What a reader sees of an attachment before fetching it.
 *
 * @param id the attachment's id
 * @param fileName the file name as given
 * @param contentType the content type, one of {@link Attachment#ALLOWED_CONTENT_TYPES}
 * @param size the size in bytes
 */
public record AttachmentInfo(AttachmentId id, String fileName, String contentType, long size) {
  /** Validates the description. */
  public AttachmentInfo {
    Check.notNull("id", id);
    fileName = Check.text("fileName", fileName, Attachment.MAX_FILE_NAME_LENGTH);
    Check.notNull("contentType", contentType);
    Check.that(size > 0, "size", "must be positive");
  }
}
