package dk.borgerdialog;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CprNumber;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.Centre;
import dk.borgerdialog.organisation.model.CentreId;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.MunicipalityId;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.organisation.model.UnitRole;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.plan.model.CourseTemplate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Setting up the organisation, its staff, citizens and course templates. By the standard access
 * policy only the system actor may call these; every call is audited.
 */
public interface SetupOperations {

  /**
   * Creates a municipality.
   *
   * @param name its name
   * @return the municipality
   * @throws dk.borgerdialog.common.InvalidInputException if the name is blank or too long
   * @throws dk.borgerdialog.common.AccessDeniedException unless the system
   */
  Municipality createMunicipality(String name);

  /**
   * Creates a centre.
   *
   * @param municipality the municipality
   * @param name the centre's name
   * @return the centre
   * @throws dk.borgerdialog.common.NoSuchEntityException if the municipality does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the system
   */
  Centre createCentre(MunicipalityId municipality, String name);

  /**
   * Creates a unit.
   *
   * @param centre the centre
   * @param name the internal name, shown to staff
   * @param publicName the neutral name citizens and reminders show
   * @param rules the booking rules
   * @return the unit
   * @throws dk.borgerdialog.common.NoSuchEntityException if the centre does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the system
   */
  Unit createUnit(CentreId centre, String name, String publicName, BookingRules rules);

  /**
   * Changes a unit's booking rules.
   *
   * @param unit the unit
   * @param expectedVersion the version the caller read
   * @param rules the new rules
   * @return the changed unit
   * @throws dk.borgerdialog.common.NoSuchEntityException if the unit does not exist
   * @throws dk.borgerdialog.common.ConflictException if it changed since it was read
   * @throws dk.borgerdialog.common.AccessDeniedException unless the system
   */
  Unit changeBookingRules(UnitId unit, long expectedVersion, BookingRules rules);

  /**
   * Adds a staff member with roles in units.
   *
   * @param municipality the employing municipality
   * @param ref the host's reference, or null
   * @param name the display name
   * @param title the job title shown to citizens, or null
   * @param roles the roles
   * @return the staff member
   * @throws dk.borgerdialog.common.InvalidInputException if a unit is of another municipality
   * @throws dk.borgerdialog.common.NoSuchEntityException if a unit does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the system
   */
  StaffMember addStaffMember(
      MunicipalityId municipality,
      @Nullable ExternalRef ref,
      String name,
      @Nullable String title,
      List<UnitRole> roles);

  /**
   * Registers a citizen, in Danish and the default zone.
   *
   * @param municipality the municipality
   * @param ref the host's reference, unique in the municipality
   * @param cpr the CPR number, or null
   * @param name the name to address the citizen by
   * @return the citizen
   * @throws dk.borgerdialog.common.NoSuchEntityException if the municipality does not exist
   * @throws dk.borgerdialog.common.ConflictException if the reference or CPR number is taken
   * @throws dk.borgerdialog.common.AccessDeniedException unless the system
   */
  Citizen registerCitizen(
      MunicipalityId municipality, ExternalRef ref, @Nullable CprNumber cpr, String name);

  /**
   * Registers a citizen.
   *
   * @param municipality the municipality
   * @param ref the host's reference, unique in the municipality
   * @param cpr the CPR number, or null
   * @param name the name to address the citizen by
   * @param language the language, or null for Danish
   * @param zone the zone, or null for the configured default
   * @return the citizen
   * @throws dk.borgerdialog.common.NoSuchEntityException if the municipality does not exist
   * @throws dk.borgerdialog.common.ConflictException if the reference or CPR number is taken
   * @throws dk.borgerdialog.common.AccessDeniedException unless the system
   */
  Citizen registerCitizen(
      MunicipalityId municipality,
      ExternalRef ref,
      @Nullable CprNumber cpr,
      String name,
      @Nullable Language language,
      @Nullable ZoneId zone);

  /**
   * Finds a citizen by the host's reference, to act as or for them.
   *
   * @param municipality the municipality
   * @param ref the host's reference
   * @return the citizen, if registered
   * @throws dk.borgerdialog.common.AccessDeniedException unless the system
   */
  Optional<Citizen> findCitizen(MunicipalityId municipality, ExternalRef ref);

  /**
   * Adds a course template.
   *
   * @param municipality the municipality
   * @param name the name shown to citizens
   * @param kind the kind
   * @param description a description for citizens, or null
   * @return the template
   * @throws dk.borgerdialog.common.NoSuchEntityException if the municipality does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the system
   */
  CourseTemplate addCourseTemplate(
      MunicipalityId municipality, String name, CourseKind kind, @Nullable String description);
}
