package dk.borgerdialog.organisation.model;

import dk.borgerdialog.common.internal.Check;
import java.util.UUID;

/**
 * The id of a centre.
 *
 * @param value the UUID
 */
public record CentreId(UUID value) {
  /** Validates the id. */
  public CentreId {
    Check.notNull("centreId", value);
  }

  /**
   * A new random id.
   *
   * @return the id
   */
  public static CentreId random() {
    return new CentreId(UUID.randomUUID());
  }

  /**
   * Parses an id.
   *
   * @param text a UUID in its usual text form
   * @return the id
   * @throws dk.borgerdialog.common.InvalidInputException if the text is not a UUID
   */
  public static CentreId parse(String text) {
    return new CentreId(Check.uuid("centreId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
