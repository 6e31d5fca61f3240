package dk.borgerdialog.contact.model;

import dk.borgerdialog.common.internal.Check;
import java.util.UUID;

/**
 * The id of a message thread.
 *
 * @param value the UUID
 */
public record ThreadId(UUID value) {
  /** Validates the id. */
  public ThreadId {
    Check.notNull("threadId", value);
  }

  /**
   * A new random id.
   *
   * @return the id
   */
  public static ThreadId random() {
    return new ThreadId(UUID.randomUUID());
  }

  /**
   * Parses an id.
   *
   * @param text the UUID as text
   * @return the id
   * @throws dk.borgerdialog.common.InvalidInputException naming the field if it is no UUID
   */
  public static ThreadId parse(String text) {
    return new ThreadId(Check.uuid("threadId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
