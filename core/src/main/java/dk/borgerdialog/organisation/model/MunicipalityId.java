package dk.borgerdialog.organisation.model;

import dk.borgerdialog.common.internal.Check;
import java.util.UUID;

/**
 * The id of a municipality (the tenant).
 *
 * @param value the UUID
 */
public record MunicipalityId(UUID value) {
  /** Validates the id. */
  public MunicipalityId {
    Check.notNull("municipalityId", value);
  }

  /**
   * A new random id.
   *
   * @return the id
   */
  public static MunicipalityId random() {
    return new MunicipalityId(UUID.randomUUID());
  }

  /**
   * Parses an id.
   *
   * @param text a UUID in its usual text form
   * @return the id
   * @throws dk.borgerdialog.common.InvalidInputException if the text is not a UUID
   */
  public static MunicipalityId parse(String text) {
    return new MunicipalityId(Check.uuid("municipalityId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
