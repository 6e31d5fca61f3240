package dk.borgerdialog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.StaffMembers;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.organisation.model.UnitRole;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqStaffMembersIT {

  @Nested
  class OnH2 extends Contract {
    OnH2() {
      super(Database.H2);
    }
  }

  @Nested
  class OnPostgres extends Contract {
    OnPostgres() {
      super(Database.POSTGRES);
    }
  }

  abstract static class Contract extends DatabaseContract {
    Contract(Database database) {
      super(database);
    }

    StaffMembers staff() {
      return persistence.staffMembers();
    }

    @Test
    void round_trip_with_reference_title_and_roles_in_order() {
      assertThat(staff().byId(fixture.nurse.id())).contains(fixture.nurse);
      assertThat(staff().byId(fixture.mentor.id())).contains(fixture.mentor);
      assertThat(staff().byId(fixture.mentor.id()).orElseThrow().roles())
          .containsExactly(
              new UnitRole(fixture.otherUnit.id(), StaffRole.MENTOR),
              new UnitRole(fixture.unit.id(), StaffRole.CONTACT_PERSON));
    }

    @Test
    void a_staff_member_without_roles_round_trips() {
      StaffMember member = member("Dorthe Holm", List.of());
      staff().add(member);

      assertThat(staff().byId(member.id())).contains(member);
    }

    @Test
    void units_of_are_read_fresh_so_a_role_taken_away_stops_at_once() {
      assertThat(staff().unitsOf(fixture.mentor.id()))
          .containsExactlyInAnyOrder(fixture.unit.id(), fixture.otherUnit.id());
      staff().byId(fixture.mentor.id()); // warm the cache
      StaffMember demoted =
          new StaffMember(
              fixture.mentor.id(),
              fixture.mentor.municipality(),
              fixture.mentor.ref(),
              fixture.mentor.name(),
              fixture.mentor.title(),
              List.of(new UnitRole(fixture.otherUnit.id(), StaffRole.MENTOR)),
              fixture.mentor.version());
      // another node changes the roles: this instance's cache does not see it, access does
      JooqPersistence.create(dataSource).staffMembers().update(demoted);

      assertThat(staff().unitsOf(fixture.mentor.id())).containsExactly(fixture.otherUnit.id());
      assertThat(staff().unitsOf(StaffMemberId.random())).isEmpty();
    }

    @Test
    void units_of_all_reads_every_members_units_in_one_go_and_empty_for_the_unknown() {
      StaffMemberId unknown = StaffMemberId.random();

      java.util.Map<StaffMemberId, java.util.Set<dk.borgerdialog.organisation.model.UnitId>> units =
          staff().unitsOfAll(java.util.List.of(fixture.mentor.id(), fixture.nurse.id(), unknown));

      assertThat(units).containsOnlyKeys(fixture.mentor.id(), fixture.nurse.id(), unknown);
      assertThat(units.get(fixture.mentor.id()))
          .containsExactlyInAnyOrder(fixture.unit.id(), fixture.otherUnit.id());
      assertThat(units.get(fixture.nurse.id())).isEqualTo(staff().unitsOf(fixture.nurse.id()));
      assertThat(units.get(unknown)).isEmpty();
      assertThat(staff().unitsOfAll(java.util.List.of())).isEmpty();
    }

    @Test
    void unknown_id_is_empty() {
      assertThat(staff().byId(StaffMemberId.random())).isEmpty();
    }

    @Test
    void in_unit_lists_members_with_a_role_there_by_name_with_all_their_roles() {
      StaffMember elsewhere =
          member("Aase Berg", List.of(new UnitRole(fixture.otherUnit.id(), StaffRole.MANAGER)));
      staff().add(elsewhere);

      assertThat(staff().inUnit(fixture.unit.id())).containsExactly(fixture.mentor, fixture.nurse);
      assertThat(staff().inUnit(fixture.otherUnit.id())).containsExactly(elsewhere, fixture.mentor);
      assertThat(staff().inUnit(UnitId.random())).isEmpty();
    }

    @Test
    void update_replaces_details_and_roles_and_increments_the_version() {
      StaffMember changed =
          new StaffMember(
              fixture.nurse.id(),
              fixture.municipality.id(),
              null,
              "Bente Nielsen-Holm",
              null,
              List.of(
                  new UnitRole(fixture.otherUnit.id(), StaffRole.NURSE),
                  new UnitRole(fixture.unit.id(), StaffRole.MANAGER),
                  new UnitRole(fixture.unit.id(), StaffRole.NURSE)),
              0);

      StaffMember updated = staff().update(changed);

      assertThat(updated.version()).isEqualTo(1);
      assertThat(staff().byId(changed.id())).contains(updated);
      assertThat(staff().inUnit(fixture.otherUnit.id())).contains(updated);
    }

    @Test
    void update_with_a_stale_version_is_a_conflict_and_keeps_the_roles() {
      StaffMember current = staff().update(fixture.nurse);

      assertThatThrownBy(() -> staff().update(withRoles(fixture.nurse, List.of())))
          .isInstanceOf(ConflictException.class);
      assertThat(staff().byId(fixture.nurse.id())).contains(current);
    }

    @Test
    void update_of_an_unknown_member_is_no_such_entity() {
      assertThatThrownBy(() -> staff().update(member("Ukendt", List.of())))
          .isInstanceOf(NoSuchEntityException.class);
    }

    @Test
    void the_same_id_or_host_reference_twice_is_a_conflict() {
      assertThatThrownBy(() -> staff().add(fixture.nurse)).isInstanceOf(ConflictException.class);

      StaffMember sameRef =
          new StaffMember(
              StaffMemberId.random(),
              fixture.municipality.id(),
              fixture.nurse.ref(),
              "Anden",
              null,
              List.of(new UnitRole(fixture.unit.id(), StaffRole.MENTOR)),
              0);
      assertThatThrownBy(() -> staff().add(sameRef)).isInstanceOf(ConflictException.class);
      assertThat(staff().byId(sameRef.id())).isEmpty();
      assertThat(staff().inUnit(fixture.unit.id())).doesNotContain(sameRef);
    }

    @Test
    void members_without_a_host_reference_do_not_collide() {
      StaffMember one = member("En", List.of());
      StaffMember two = member("To", List.of());
      staff().add(one);
      staff().add(two);

      assertThat(staff().byId(one.id())).contains(one);
      assertThat(staff().byId(two.id())).contains(two);
    }

    private StaffMember member(String name, List<UnitRole> roles) {
      return new StaffMember(
          StaffMemberId.random(), fixture.municipality.id(), null, name, null, roles, 0);
    }

    private static StaffMember withRoles(StaffMember m, List<UnitRole> roles) {
      ExternalRef ref = m.ref();
      return new StaffMember(
          m.id(), m.municipality(), ref, m.name(), m.title(), roles, m.version());
    }
  }
}
