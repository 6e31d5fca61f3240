package dk.borgerdialog.access;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.UnitId;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The data an operation touches, as far as access is concerned: whose it is and which units hold
 * it.
 *
 * @param citizen the citizen the data is about, or null for organisational data
 * @param units the units that hold the data (a citizen's overview spans their courses' units)
 * @param addressee the staff member the data is addressed to (a message thread), or null
 */
public record AccessTarget(
    @Nullable CitizenId citizen, Set<UnitId> units, @Nullable StaffMemberId addressee) {
  /** Copies the units. */
  public AccessTarget {
    units = Set.copyOf(units);
  }

  /**
   * Data of a citizen, or organisational data, held by units and addressed to no one.
   *
   * @param citizen the citizen, or null
   * @param units the units that hold the data
   */
  public AccessTarget(@Nullable CitizenId citizen, Set<UnitId> units) {
    this(citizen, units, null);
  }

  /**
   * Data of a citizen addressed to one staff member, such as a message thread to them.
   *
   * @param citizen the citizen, or null for a list of the staff member's own data
   * @param staffMember the staff member
   * @return the target, held by no unit
   */
  public static AccessTarget addressedTo(@Nullable CitizenId citizen, StaffMemberId staffMember) {
    return new AccessTarget(citizen, Set.of(), staffMember);
  }

  /**
   * Data of a citizen held by one unit.
   *
   * @param citizen the citizen
   * @param unit the unit
   * @return the target
   */
  public static AccessTarget of(CitizenId citizen, UnitId unit) {
    return new AccessTarget(citizen, Set.of(unit));
  }

  /**
   * Organisational data of one unit.
   *
   * @param unit the unit
   * @return the target
   */
  public static AccessTarget unit(UnitId unit) {
    return new AccessTarget(null, Set.of(unit));
  }

  /**
   * Data of no citizen and no unit, such as the set-up of the organisation.
   *
   * @return the target
   */
  public static AccessTarget organisation() {
    return new AccessTarget(null, Set.of());
  }
}
