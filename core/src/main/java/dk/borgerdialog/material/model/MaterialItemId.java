package dk.borgerdialog.material.model;

import dk.borgerdialog.common.internal.Check;
import java.util.UUID;

/**
 * The id of an item of information material.
 *
 * @param value the UUID
 */
public record MaterialItemId(UUID value) {
  /** Validates the id. */
  public MaterialItemId {
    Check.notNull("materialItemId", value);
  }

  /**
   * A new random id.
   *
   * @return the id
   */
  public static MaterialItemId random() {
    return new MaterialItemId(UUID.randomUUID());
  }

  /**
   * Parses an id.
   *
   * @param text a UUID in its usual text form
   * @return the id
   * @throws dk.borgerdialog.common.InvalidInputException if the text is not a UUID
   */
  public static MaterialItemId parse(String text) {
    return new MaterialItemId(Check.uuid("materialItemId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
