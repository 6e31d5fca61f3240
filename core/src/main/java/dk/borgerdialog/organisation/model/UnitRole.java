package dk.borgerdialog.organisation.model;

import dk.borgerdialog.common.internal.Check;

/**
 * A role a staff member holds in a unit.
 *
 * @param unit the unit
 * @param role the role
 */
public record UnitRole(UnitId unit, StaffRole role) {
  /** Validates the role. */
  public UnitRole {
    Check.notNull("unit", unit);
    Check.notNull("role", role);
  }
}
