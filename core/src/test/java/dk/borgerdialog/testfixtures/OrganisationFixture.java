package dk.borgerdialog.testfixtures;

import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.Centre;
import dk.borgerdialog.organisation.model.CentreId;
import dk.borgerdialog.organisation.model.ChangeDeadline;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.MunicipalityId;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.organisation.model.UnitRole;
import java.util.List;

/** Municipalities, centres, units, booking rules and staff for tests. */
public final class OrganisationFixture {
  private OrganisationFixture() {}

  /**
   * A new random id.
   *
   * @return the id
   */
  public static MunicipalityId anyMunicipalityId() {
    return MunicipalityId.random();
  }

  /**
   * A new random id.
   *
   * @return the id
   */
  public static CentreId anyCentreId() {
    return CentreId.random();
  }

  /**
   * A new random id.
   *
   * @return the id
   */
  public static UnitId anyUnitId() {
    return UnitId.random();
  }

  /**
   * A new random id.
   *
   * @return the id
   */
  public static StaffMemberId anyStaffMemberId() {
    return StaffMemberId.random();
  }

  /**
   * A municipality.
   *
   * @param name its name
   * @return the municipality
   */
  public static Municipality municipality(String name) {
    return new Municipality(anyMunicipalityId(), name);
  }

  /**
   * A centre of a municipality.
   *
   * @param municipality the municipality
   * @param name its name
   * @return the centre
   */
  public static Centre centreOf(Municipality municipality, String name) {
    return new Centre(anyCentreId(), municipality.id(), name);
  }

  /**
   * A unit of a centre.
   *
   * @param centre the centre
   * @param name the internal name
   * @param publicName the neutral public name
   * @param rules the booking rules
   * @return the unit, version 0
   */
  public static Unit unitOf(Centre centre, String name, String publicName, BookingRules rules) {
    return new Unit(anyUnitId(), centre.id(), centre.municipality(), name, publicName, rules, 0);
  }

  /**
   * A unit with the default booking rules.
   *
   * @param centre the centre
   * @return the unit, version 0
   */
  public static Unit unitWithDefaultRules(Centre centre) {
    return unitOf(centre, "Team " + centre.name(), centre.name(), BookingRules.defaults());
  }

  /**
   * Rules that let citizens cancel and move until a number of hours before.
   *
   * @param hours the deadline
   * @return the rules
   */
  public static BookingRules deadlineOfHours(long hours) {
    return new BookingRules(ChangeDeadline.hoursBefore(hours), true, true);
  }

  /**
   * Rules that let citizens move but not cancel.
   *
   * @return the rules
   */
  public static BookingRules citizensMayNotCancel() {
    return new BookingRules(BookingRules.DEFAULT_DEADLINE, false, true);
  }

  /**
   * Rules that let citizens cancel but not move.
   *
   * @return the rules
   */
  public static BookingRules citizensMayNotMove() {
    return new BookingRules(BookingRules.DEFAULT_DEADLINE, true, false);
  }

  /**
   * A staff member with one role in one unit.
   *
   * @param unit the unit
   * @param role the role
   * @param name the display name
   * @param title the job title
   * @return the staff member, version 0
   */
  public static StaffMember staffMemberOf(Unit unit, StaffRole role, String name, String title) {
    return new StaffMember(
        anyStaffMemberId(),
        unit.municipality(),
        null,
        name,
        title,
        List.of(new UnitRole(unit.id(), role)),
        0);
  }

  /**
   * A caseworker of a unit.
   *
   * @param unit the unit
   * @return the staff member, version 0
   */
  public static StaffMember caseworkerOf(Unit unit) {
    return staffMemberOf(unit, StaffRole.CASEWORKER, "Sagsbehandler", "Sagsbehandler");
  }
}
