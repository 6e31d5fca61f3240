package dk.borgerdialog.organisation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AuditRecord;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CprNumber;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.Centre;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitRole;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.plan.model.CourseTemplate;
import dk.borgerdialog.testfixtures.InMemoryPlanWorld;
import dk.borgerdialog.testfixtures.OrganisationFixture;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingUpTest {
  private final InMemoryPlanWorld world = InMemoryPlanWorld.create();
  private final SettingUp settingUp = world.settingUp();
  private final Actor system = world.asSystem();

  @Test
  void theHost_setsUpAMunicipalityFromScratch() {
    Municipality aarhus = settingUp.createMunicipality(system, "Aarhus Kommune");
    Centre centre = settingUp.createCentre(system, aarhus.id(), "Sundhed og Omsorg");
    Unit unit =
        settingUp.createUnit(
            system, centre.id(), "Hjemmeplejen Syd", "Sundhed og Omsorg", BookingRules.defaults());
    StaffMember nurse =
        settingUp.addStaffMember(
            system,
            aarhus.id(),
            ExternalRef.of("sd", "12345"),
            "Birgit Holm",
            "Sygeplejerske",
            List.of(new UnitRole(unit.id(), StaffRole.NURSE)));
    Citizen anna =
        settingUp.registerCitizen(
            system,
            aarhus.id(),
            ExternalRef.of("nexus", "anna-holm"),
            CprNumber.parse("150574-2228"),
            "Anna Holm",
            null,
            null);
    CourseTemplate template =
        settingUp.addCourseTemplate(system, aarhus.id(), "Hjemmepleje", CourseKind.HOME_CARE, null);

    assertThat(world.organisations().unit(unit.id())).contains(unit);
    assertThat(unit.municipality()).isEqualTo(aarhus.id());
    assertThat(world.staff().inUnit(unit.id())).containsExactly(nurse);
    assertThat(anna.language()).isEqualTo(Language.DA);
    assertThat(anna.zone()).isEqualTo(InMemoryPlanWorld.ZONE);
    assertThat(world.citizens().byRef(aarhus.id(), ExternalRef.of("nexus", "anna-holm")))
        .contains(anna);
    assertThat(world.templates().of(aarhus.id())).containsExactly(template);
    assertThat(world.audit().all())
        .extracting(AuditRecord::operation)
        .containsOnly(Operation.ADMINISTER)
        .hasSize(6);
  }

  @Test
  void aCitizen_mayStateTheirLanguageAndZone() {
    Citizen citizen =
        settingUp.registerCitizen(
            system,
            world.copenhagen().municipality().id(),
            ExternalRef.of("sensum", "x-1"),
            null,
            "Mikkel Sørensen",
            Language.EN,
            ZoneId.of("Atlantic/Faroe"));

    assertThat(citizen.language()).isEqualTo(Language.EN);
    assertThat(citizen.zone()).isEqualTo(ZoneId.of("Atlantic/Faroe"));
  }

  @Test
  void theSameReference_cannotBeRegisteredTwiceInAMunicipality() {
    var copenhagen = world.copenhagen().municipality().id();
    ExternalRef ref = world.copenhagen().jonas().ref();

    assertThatThrownBy(
            () -> settingUp.registerCitizen(system, copenhagen, ref, null, "Jonas B", null, null))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () ->
                settingUp.registerCitizen(
                    system,
                    copenhagen,
                    ExternalRef.of("sensum", "other"),
                    world.copenhagen().jonas().cpr(),
                    "Jonas B",
                    null,
                    null))
        .isInstanceOf(ConflictException.class);
    // another municipality may know the same person under the same reference
    settingUp.registerCitizen(
        system, world.frederiksberg().municipality().id(), ref, null, "Jonas Berg", null, null);
  }

  @Test
  void staff_mayHoldRolesOnlyInTheirOwnMunicipality() {
    var copenhagen = world.copenhagen().municipality().id();
    Unit frederiksbergUnit = world.frederiksberg().homeCareNord();

    assertThatThrownBy(
            () ->
                settingUp.addStaffMember(
                    system,
                    copenhagen,
                    null,
                    "Lars Lund",
                    null,
                    List.of(new UnitRole(frederiksbergUnit.id(), StaffRole.NURSE))))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("roles"));
    assertThatThrownBy(
            () ->
                settingUp.addStaffMember(
                    system,
                    copenhagen,
                    null,
                    "Lars Lund",
                    null,
                    List.of(new UnitRole(OrganisationFixture.anyUnitId(), StaffRole.NURSE))))
        .isInstanceOf(NoSuchEntityException.class);
  }

  @Test
  void unknownParents_areNoSuchEntity() {
    assertThatThrownBy(
            () -> settingUp.createCentre(system, OrganisationFixture.anyMunicipalityId(), "X"))
        .isInstanceOf(NoSuchEntityException.class);
    assertThatThrownBy(
            () ->
                settingUp.createUnit(
                    system, OrganisationFixture.anyCentreId(), "X", "Y", BookingRules.defaults()))
        .isInstanceOf(NoSuchEntityException.class);
  }

  @Test
  void changeBookingRules_withTheVersionRead() {
    Unit treatment = world.copenhagen().treatment();

    Unit changed =
        settingUp.changeBookingRules(
            system, treatment.id(), 0, OrganisationFixture.citizensMayNotMove());

    assertThat(changed.version()).isEqualTo(1);
    assertThat(changed.rules().citizensMayMove()).isFalse();
    assertThatThrownBy(
            () -> settingUp.changeBookingRules(system, treatment.id(), 0, BookingRules.defaults()))
        .isInstanceOf(ConflictException.class);
    assertThat(world.organisations().unit(treatment.id())).contains(changed);
  }

  @Test
  void onlyTheSystem_administers_andAStaleVersionRevealsNothingToOthers() {
    Unit treatment = world.copenhagen().treatment();

    assertThatThrownBy(() -> settingUp.createMunicipality(world.asCaseworker(), "Ny Kommune"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                settingUp.changeBookingRules(
                    world.asJonas(), treatment.id(), 5, BookingRules.defaults()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(world.audit().refusals(10))
        .extracting(AuditRecord::operation)
        .containsExactly(Operation.ADMINISTER, Operation.ADMINISTER);
    assertThat(world.organisations().unit(treatment.id())).contains(treatment);
  }

  @Test
  void badNames_areInvalidInput() {
    assertThatThrownBy(() -> settingUp.createMunicipality(system, " "))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
    assertThatThrownBy(
            () ->
                settingUp.addStaffMember(
                    system,
                    world.copenhagen().municipality().id(),
                    null,
                    "Lars",
                    null,
                    java.util.Arrays.asList((UnitRole) null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("roles"));
    assertThat(world.audit().all()).isEmpty();
  }
}
