package dk.borgerdialog.contact.model;

import dk.borgerdialog.common.internal.Check;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * A file attached to a message: at most {@link #MAX_SIZE} bytes, of one of the {@link
 * #ALLOWED_CONTENT_TYPES}.
 *
 * @param id the attachment's id
 * @param fileName the file name as given, without a path
 * @param contentType the content type, lower case, without parameters
 * @param content the bytes
 */
public record Attachment(AttachmentId id, String fileName, String contentType, byte[] content) {
  /** The largest attachment, in bytes: 10 MiB. */
  public static final int MAX_SIZE = 10 * 1024 * 1024;

  /** The most attachments on one message. */
  public static final int MAX_PER_MESSAGE = 5;

  /** The longest file name. */
  public static final int MAX_FILE_NAME_LENGTH = 200;

  /** The content types an attachment may have: documents and pictures, nothing executable. */
  public static final Set<String> ALLOWED_CONTENT_TYPES =
      Set.of("application/pdf", "image/jpeg", "image/png", "image/heic", "text/plain");

  /**
   * Validates the attachment.
   *
   * @throws dk.borgerdialog.common.InvalidInputException naming {@code fileName}, {@code
   *     contentType} or {@code content} for a bad name, a forbidden type, or an empty or oversize
   *     file
   */
  public Attachment {
    Check.notNull("id", id);
    fileName = Check.text("fileName", fileName, MAX_FILE_NAME_LENGTH);
    Check.that(
        fileName.indexOf('/') < 0 && fileName.indexOf('\\') < 0,
        "fileName",
        "must not contain a path");
    Check.notNull("contentType", contentType);
    contentType = contentType.strip().toLowerCase(Locale.ROOT);
    Check.that(
        ALLOWED_CONTENT_TYPES.contains(contentType),
        "contentType",
        "must be one of " + String.join(", ", ALLOWED_CONTENT_TYPES.stream().sorted().toList()));
    Check.notNull("content", content);
    Check.that(content.length > 0, "content", "must not be empty");
    Check.that(
        content.length <= MAX_SIZE, "content", "must be at most " + MAX_SIZE + " bytes (10 MiB)");
    content = content.clone();
  }

  /**
   * A new attachment.
   *
   * @param fileName the file name
   * @param contentType the content type
   * @param content the bytes
   * @return the attachment
   * @throws dk.borgerdialog.common.InvalidInputException if a rule is broken
   */
  public static Attachment of(String fileName, String contentType, byte[] content) {
    return new Attachment(AttachmentId.random(), fileName, contentType, content);
  }

  /**
   * The bytes, copied.
   *
   * @return the content
   */
  @Override
  public byte[] content() {
    return content.clone();
  }

  /**
   * The description.
   *
   * @return the id, name, type and size
   */
  public AttachmentInfo info() {
    return new AttachmentInfo(id, fileName, contentType, content.length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attachment a
        && id.equals(a.id)
        && fileName.equals(a.fileName)
        && contentType.equals(a.contentType)
        && Arrays.equals(content, a.content);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "Attachment[id="
        + id
        + ", contentType="
        + contentType
        + ", size="
        + content.length
        + "]";
  }
}
