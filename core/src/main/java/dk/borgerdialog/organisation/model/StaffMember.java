package dk.borgerdialog.organisation.model;

import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.internal.Check;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A staff member of a municipality, holding roles in one or more units.
 *
 * @param id the id
 * @param municipality the employing municipality
 * @param ref the host's reference, or null
 * @param name the display name
 * @param title the job title shown to citizens, or null
 * @param roles the roles held, at most one per unit and role
 * @param version the optimistic version
 */
public record StaffMember(
    StaffMemberId id,
    MunicipalityId municipality,
    @Nullable ExternalRef ref,
    String name,
    @Nullable String title,
    List<UnitRole> roles,
    long version) {

  /** Validates the staff member. */
  public StaffMember {
    Check.notNull("id", id);
    Check.notNull("municipality", municipality);
    name = Check.text("name", name, Municipality.MAX_NAME_LENGTH);
    title = Check.optionalText("title", title, Municipality.MAX_NAME_LENGTH);
    roles = List.copyOf(Check.list("roles", roles).stream().distinct().toList());
  }

  /**
   * The units this staff member holds any role in.
   *
   * @return the units
   */
  public Set<UnitId> units() {
    return roles.stream().map(UnitRole::unit).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Whether this staff member holds any role in a unit.
   *
   * @param unit the unit
   * @return true if so
   */
  public boolean worksIn(UnitId unit) {
    return roles.stream().anyMatch(r -> r.unit().equals(unit));
  }
}
