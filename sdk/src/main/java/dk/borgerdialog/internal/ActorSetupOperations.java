package dk.borgerdialog.internal;

import dk.borgerdialog.SetupOperations;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CprNumber;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.organisation.application.SettingUp;
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

/** {@link SetupOperations} bound to one actor. */
final class ActorSetupOperations implements SetupOperations {
  private final Actor actor;
  private final SettingUp setup;

  ActorSetupOperations(Actor actor, SettingUp setup) {
    this.actor = actor;
    this.setup = setup;
  }

  @Override
  public Municipality createMunicipality(String name) {
    return setup.createMunicipality(actor, name);
  }

  @Override
  public Centre createCentre(MunicipalityId municipality, String name) {
    return setup.createCentre(actor, municipality, name);
  }

  @Override
  public Unit createUnit(CentreId centre, String name, String publicName, BookingRules rules) {
    return setup.createUnit(actor, centre, name, publicName, rules);
  }

  @Override
  public Unit changeBookingRules(UnitId unit, long expectedVersion, BookingRules rules) {
    return setup.changeBookingRules(actor, unit, expectedVersion, rules);
  }

  @Override
  public StaffMember addStaffMember(
      MunicipalityId municipality,
      @Nullable ExternalRef ref,
      String name,
      @Nullable String title,
      List<UnitRole> roles) {
    return setup.addStaffMember(actor, municipality, ref, name, title, roles);
  }

  @Override
  public Citizen registerCitizen(
      MunicipalityId municipality, ExternalRef ref, @Nullable CprNumber cpr, String name) {
    return setup.registerCitizen(actor, municipality, ref, cpr, name, null, null);
  }

  @Override
  public Citizen registerCitizen(
      MunicipalityId municipality,
      ExternalRef ref,
      @Nullable CprNumber cpr,
      String name,
      @Nullable Language language,
      @Nullable ZoneId zone) {
    return setup.registerCitizen(actor, municipality, ref, cpr, name, language, zone);
  }

  @Override
  public Optional<Citizen> findCitizen(MunicipalityId municipality, ExternalRef ref) {
    return setup.findCitizen(actor, municipality, ref);
  }

  @Override
  public CourseTemplate addCourseTemplate(
      MunicipalityId municipality, String name, CourseKind kind, @Nullable String description) {
    return setup.addCourseTemplate(actor, municipality, name, kind, description);
  }
}
