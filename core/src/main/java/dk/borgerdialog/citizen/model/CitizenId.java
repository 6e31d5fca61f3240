package dk.borgerdialog.citizen.model;

import dk.borgerdialog.common.internal.Check;
import java.util.UUID;

/**
 * The id of a citizen.
 *
 * @param value the UUID
 */
public record CitizenId(UUID value) {
  /** Validates the id. */
  public CitizenId {
    Check.notNull("citizenId", value);
  }

  /**
   * A new random id.
   *
   * @return the id
   */
  public static CitizenId random() {
    return new CitizenId(UUID.randomUUID());
  }

  /**
   * Parses an id.
   *
   * @param text a UUID in its usual text form
   * @return the id
   * @throws dk.borgerdialog.common.InvalidInputException if the text is not a UUID
   */
  public static CitizenId parse(String text) {
    return new CitizenId(Check.uuid("citizenId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
