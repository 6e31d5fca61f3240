package dk.borgerdialog.organisation.model;

import dk.borgerdialog.common.internal.Check;

/**
 * A municipality, the tenant that owns every other entity.
 *
 * @param id the id
 * @param name the name, such as "Frederiksberg Kommune"
 */
public record Municipality(MunicipalityId id, String name) {
  /** The longest name accepted. */
  public static final int MAX_NAME_LENGTH = 200;

  /** Validates the municipality. */
  public Municipality {
    Check.notNull("id", id);
    name = Check.text("name", name, MAX_NAME_LENGTH);
  }
}
