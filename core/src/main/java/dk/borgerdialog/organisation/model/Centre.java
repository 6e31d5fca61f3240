package dk.borgerdialog.organisation.model;

import dk.borgerdialog.common.internal.Check;

/**
 * A centre of a municipality, such as "Borgercenter Voksne" or "Sundhed og Omsorg".
 *
 * @param id the id
 * @param municipality the municipality it belongs to
 * @param name the name
 */
public record Centre(CentreId id, MunicipalityId municipality, String name) {
  /** Validates the centre. */
  public Centre {
    Check.notNull("id", id);
    Check.notNull("municipality", municipality);
    name = Check.text("name", name, Municipality.MAX_NAME_LENGTH);
  }
}
