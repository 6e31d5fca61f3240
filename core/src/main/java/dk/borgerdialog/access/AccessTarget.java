package dk.borgerdialog.access;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.organisation.model.UnitId;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The data an operation touches, as far as access is concerned: whose it is and which units hold
 * it.
 *
 * @param citizen the citizen the data is about, or null for organisational data
 * @param units the units that hold the data (a citizen's overview spans their courses' units)
 */
public record AccessTarget(@Nullable CitizenId citizen, Set<UnitId> units) {
  /** Copies the units. */
  public AccessTarget {
    units = Set.copyOf(units);
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
