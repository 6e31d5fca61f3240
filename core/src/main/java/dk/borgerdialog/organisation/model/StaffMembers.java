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
   * The staff members holding a role in a unit, by name.
   *
   * @param unit the unit
   * @return the staff members
   */
  List<StaffMember> inUnit(UnitId unit);
}
