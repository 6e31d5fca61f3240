package dk.borgerdialog.organisation.application;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessTarget;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.citizen.model.Citizens;
import dk.borgerdialog.citizen.model.CprNumber;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.Centre;
import dk.borgerdialog.organisation.model.CentreId;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.MunicipalityId;
import dk.borgerdialog.organisation.model.Organisations;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.StaffMembers;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.organisation.model.UnitRole;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.plan.model.CourseTemplate;
import dk.borgerdialog.plan.model.CourseTemplateId;
import dk.borgerdialog.plan.model.CourseTemplates;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The host sets up the organisation, its staff, its citizens and its course templates. Every
 * operation here is {@link Operation#ADMINISTER}, which the standard policy grants the system actor
 * only.
 */
public final class SettingUp {
  private final Organisations organisations;
  private final StaffMembers staff;
  private final Citizens citizens;
  private final CourseTemplates templates;
  private final AccessControl access;
  private final Transactions transactions;
  private final ZoneId defaultZone;
  private final Clock clock;

  /**
   * Creates the use case.
   *
   * @param organisations the organisations
   * @param staff the staff directory
   * @param citizens the citizens
   * @param templates the course templates
   * @param access the access control
   * @param transactions the transactions
   * @param defaultZone the zone of citizens registered without one
   * @param clock the clock, to refuse CPR numbers of people not yet born
   */
  @Inject
  public SettingUp(
      Organisations organisations,
      StaffMembers staff,
      Citizens citizens,
      CourseTemplates templates,
      AccessControl access,
      Transactions transactions,
      ZoneId defaultZone,
      Clock clock) {
    this.organisations = organisations;
    this.staff = staff;
    this.citizens = citizens;
    this.templates = templates;
    this.access = access;
    this.transactions = transactions;
    this.defaultZone = defaultZone;
    this.clock = clock;
  }

  /**
   * Creates a municipality.
   *
   * @param actor the system
   * @param name its name
   * @return the municipality
   * @throws dk.borgerdialog.common.InvalidInputException if the name is wrong
   * @throws dk.borgerdialog.common.AccessDeniedException unless the system
   */
  public Municipality createMunicipality(Actor actor, String name) {
    Municipality municipality = new Municipality(MunicipalityId.random(), name);
    return administer(
        actor,
        () -> {
          organisations.add(municipality);
          return municipality;
        });
  }

  /**
   * Creates a centre in a municipality.
   *
   * @param actor the system
   * @param municipality the municipality
   * @param name the centre's name
   * @return the centre
   * @throws dk.borgerdialog.common.InvalidInputException if a field is wrong
   * @throws NoSuchEntityException if the municipality does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the system
   */
  public Centre createCentre(Actor actor, MunicipalityId municipality, String name) {
    Centre centre = new Centre(CentreId.random(), municipality, name);
    return administer(
        actor,
        () -> {
          requireMunicipality(municipality);
          organisations.add(centre);
          return centre;
        });
  }

  /**
   * Creates a unit in a centre.
   *
   * @param actor the system
   * @param centre the centre
   * @param name the internal name, shown to staff
   * @param publicName the neutral name shown to citizens and in reminders
   * @param rules the booking rules
   * @return the unit
   * @throws dk.borgerdialog.common.InvalidInputException if a field is wrong
   * @throws NoSuchEntityException if the centre does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the system
   */
  public Unit createUnit(
      Actor actor, CentreId centre, String name, String publicName, BookingRules rules) {
    Check.notNull("centre", centre);
    return administer(
        actor,
        () -> {
          Centre owner =
              organisations
                  .centre(centre)
                  .orElseThrow(() -> new NoSuchEntityException("centre", centre));
          Unit unit =
              new Unit(UnitId.random(), centre, owner.municipality(), name, publicName, rules, 0);
          organisations.add(unit);
          return unit;
        });
  }

  /**
   * Changes a unit's booking rules.
   *
   * @param actor the system
   * @param unit the unit
   * @param expectedVersion the version the caller read
   * @param rules the new rules
   * @return the changed unit
   * @throws dk.borgerdialog.common.InvalidInputException if a field is missing or the version
   *     negative
   * @throws NoSuchEntityException if the unit does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the system
   * @throws ConflictException if the unit changed since it was read
   */
  public Unit changeBookingRules(
      Actor actor, UnitId unit, long expectedVersion, BookingRules rules) {
    Check.notNull("unit", unit);
    Check.notNull("rules", rules);
    Check.that(expectedVersion >= 0, "expectedVersion", "must not be negative");
    // looked up and compared after access is granted, so that a refused actor learns nothing
    return administer(
        actor,
        () -> {
          Unit current =
              organisations.unit(unit).orElseThrow(() -> new NoSuchEntityException("unit", unit));
          Check.sameVersion("unit", unit, current.version(), expectedVersion);
          return organisations.update(current.withRules(rules));
        });
  }

  /**
   * Adds a staff member with roles in units of their municipality.
   *
   * @param actor the system
   * @param municipality the employing municipality
   * @param ref the host's reference, or null
   * @param name the display name
   * @param title the job title shown to citizens, or null
   * @param roles the roles
   * @return the staff member
   * @throws dk.borgerdialog.common.InvalidInputException if a field is wrong, or a unit belongs to
   *     another municipality
   * @throws NoSuchEntityException if the municipality or a unit does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the system
   */
  public StaffMember addStaffMember(
      Actor actor,
      MunicipalityId municipality,
      @Nullable ExternalRef ref,
      String name,
      @Nullable String title,
      List<UnitRole> roles) {
    StaffMember member =
        new StaffMember(StaffMemberId.random(), municipality, ref, name, title, roles, 0);
    return administer(
        actor,
        () -> {
          requireMunicipality(municipality);
          for (UnitRole role : member.roles()) {
            Unit unit =
                organisations
                    .unit(role.unit())
                    .orElseThrow(() -> new NoSuchEntityException("unit", role.unit()));
            Check.that(
                unit.municipality().equals(municipality),
                "roles",
                "must be in the same municipality");
          }
          staff.add(member);
          return member;
        });
  }

  /**
   * Registers a citizen.
   *
   * @param actor the system
   * @param municipality the municipality
   * @param ref the host's reference, unique in the municipality
   * @param cpr the CPR number, or null
   * @param name the name to address the citizen by
   * @param language the language, or null for Danish
   * @param zone the zone, or null for the configured default
   * @return the citizen
   * @throws NoSuchEntityException if the municipality does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the system
   * @throws dk.borgerdialog.common.InvalidInputException if a field is wrong, or the CPR number's
   *     birth date is in the future
   * @throws ConflictException if the reference or CPR number is already registered
   */
  public Citizen registerCitizen(
      Actor actor,
      MunicipalityId municipality,
      ExternalRef ref,
      @Nullable CprNumber cpr,
      String name,
      @Nullable Language language,
      @Nullable ZoneId zone) {
    if (cpr != null) {
      ZoneId birthZone = zone != null ? zone : defaultZone;
      Check.that(
          !cpr.birthDate().isAfter(LocalDate.now(clock.withZone(birthZone))),
          "cpr",
          "must not have a birth date in the future");
    }
    Citizen citizen =
        new Citizen(
            CitizenId.random(),
            municipality,
            ref,
            cpr,
            name,
            language != null ? language : Language.DA,
            zone != null ? zone : defaultZone,
            0);
    return administer(
        actor,
        () -> {
          requireMunicipality(municipality);
          citizens.add(citizen);
          return citizen;
        });
  }

  /**
   * Finds a citizen by the host's reference.
   *
   * @param actor the system
   * @param municipality the municipality
   * @param ref the host's reference
   * @return the citizen, if registered
   * @throws dk.borgerdialog.common.AccessDeniedException unless the system
   */
  public Optional<Citizen> findCitizen(Actor actor, MunicipalityId municipality, ExternalRef ref) {
    Check.notNull("municipality", municipality);
    Check.notNull("ref", ref);
    return administer(actor, () -> citizens.byRef(municipality, ref));
  }

  /**
   * Adds a course template.
   *
   * @param actor the system
   * @param municipality the municipality
   * @param name the name shown to citizens
   * @param kind the kind
   * @param description a description for citizens, or null
   * @return the template
   * @throws dk.borgerdialog.common.InvalidInputException if a field is wrong
   * @throws NoSuchEntityException if the municipality does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the system
   */
  public CourseTemplate addCourseTemplate(
      Actor actor,
      MunicipalityId municipality,
      String name,
      CourseKind kind,
      @Nullable String description) {
    CourseTemplate template =
        new CourseTemplate(CourseTemplateId.random(), municipality, name, kind, description);
    return administer(
        actor,
        () -> {
          requireMunicipality(municipality);
          templates.add(template);
          return template;
        });
  }

  private void requireMunicipality(MunicipalityId municipality) {
    organisations
        .municipality(municipality)
        .orElseThrow(() -> new NoSuchEntityException("municipality", municipality));
  }

  private <T> T administer(Actor actor, Supplier<T> work) {
    AccessControl.Grant grant =
        access.authorize(actor, Operation.ADMINISTER, AccessTarget.organisation(), null);
    return transactions.inTransaction(
        () -> {
          T result = work.get();
          grant.record();
          return result;
        });
  }
}
