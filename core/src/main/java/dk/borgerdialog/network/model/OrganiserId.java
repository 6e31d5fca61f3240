package dk.borgerdialog.network.model;

import dk.borgerdialog.common.internal.Check;
import java.util.UUID;

/**
 * The id of an organiser.
 *
 * @param value the UUID
 */
public record OrganiserId(UUID value) {
  /** Validates the id. */
  public OrganiserId {
    Check.notNull("organiserId", value);
  }

  /**
   * A new random id.
   *
   * @return the id
   */
  public static OrganiserId random() {
    return new OrganiserId(UUID.randomUUID());
  }

  /**
   * Parses an id.
   *
   * @param text a UUID in its usual text form
   * @return the id
   * @throws dk.borgerdialog.common.InvalidInputException if the text is not a UUID
   */
  public static OrganiserId parse(String text) {
    return new OrganiserId(Check.uuid("organiserId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
