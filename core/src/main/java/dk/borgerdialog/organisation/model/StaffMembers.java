package dk.borgerdialog.organisation.model;

import java.util.List;
import java.util.Optional;

/** The staff directory (a secondary port). */
public interface StaffMembers {

  /**
   * Adds a staff member with their roles.
   *
   * @param member the staff member, with version 0
   */
  void add(StaffMember member);

  /**
   * Replaces a staff member's details and roles if the stored version is {@code member.version()}.
   *
   * @param member the changed staff member
   * @return the staff member with its new version
   * @throws dk.borgerdialog.common.ConflictException if the stored version differs
   */
  StaffMember update(StaffMember member);

  /**
   * Looks up a staff member.
   *
   * @param id the id
   * @return the staff member, if any
   */
  Optional<StaffMember> byId(StaffMemberId id);

  /**
   * The units a staff member holds a role in, read from the store itself and never from a cache:
   * access decisions use it, so a role taken away stops working at once on every node.
   *
   * @param id the staff member
   * @return the units; empty for an unknown staff member
   */
  java.util.Set<UnitId> unitsOf(StaffMemberId id);

  /**
   * The staff members holding a role in a unit, by name.
   *
   * @param unit the unit
   * @return the staff members
   */
  List<StaffMember> inUnit(UnitId unit);

  /**
   * The units each of several staff members holds a role in, read like {@link #unitsOf}, from the
   * store itself and in one read where the store allows.
   *
   * @param ids the staff members
   * @return the units of every staff member asked for; empty for an unknown staff member
   */
  default java.util.Map<StaffMemberId, java.util.Set<UnitId>> unitsOfAll(
      java.util.Collection<StaffMemberId> ids) {
    java.util.Map<StaffMemberId, java.util.Set<UnitId>> units = new java.util.LinkedHashMap<>();
    for (StaffMemberId id : ids) {
      units.put(id, unitsOf(id));
    }
    return units;
  }
}
