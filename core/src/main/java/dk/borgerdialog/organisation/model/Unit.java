package dk.borgerdialog.organisation.model;

import dk.borgerdialog.common.internal.Check;

/**
 * A unit: a team or an offer of a centre, such as addiction treatment or the home-care group Nord.
 *
 * <p>The {@code publicName} is what citizens, reminders and calendar entries show. It must be
 * neutral ("Borgercenter Nord"), because the internal {@code name} may reveal the service.
 *
 * @param id the id
 * @param centre the centre it belongs to
 * @param municipality the municipality (tenant)
 * @param name the internal name, shown to staff only
 * @param publicName the neutral name shown to citizens
 * @param rules the booking rules
 * @param version the optimistic version
 */
public record Unit(
    UnitId id,
    CentreId centre,
    MunicipalityId municipality,
    String name,
    String publicName,
    BookingRules rules,
    long version) {

  /** Validates the unit. */
  public Unit {
    Check.notNull("id", id);
    Check.notNull("centre", centre);
    Check.notNull("municipality", municipality);
    name = Check.text("name", name, Municipality.MAX_NAME_LENGTH);
    publicName = Check.text("publicName", publicName, Municipality.MAX_NAME_LENGTH);
    Check.notNull("rules", rules);
  }

  /**
   * This unit with other booking rules.
   *
   * @param newRules the rules
   * @return the changed unit, same version
   */
  public Unit withRules(BookingRules newRules) {
    return new Unit(id, centre, municipality, name, publicName, newRules, version);
  }
}
