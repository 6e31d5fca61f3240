package dk.borgerdialog.organisation.model;

import dk.borgerdialog.common.internal.Check;
import java.util.UUID;

/**
 * The id of a unit.
 *
 * @param value the UUID
 */
public record UnitId(UUID value) {
  /** Validates the id. */
  public UnitId {
    Check.notNull("unitId", value);
  }

  /**
   * A new random id.
   *
   * @return the id
   */
  public static UnitId random() {
    return new UnitId(UUID.randomUUID());
  }

  /**
   * Parses an id.
   *
   * @param text a UUID in its usual text form
   * @return the id
   * @throws dk.borgerdialog.common.InvalidInputException if the text is not a UUID
   */
  public static UnitId parse(String text) {
    return new UnitId(Check.uuid("unitId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
