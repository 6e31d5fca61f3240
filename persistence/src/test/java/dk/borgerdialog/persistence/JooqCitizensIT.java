package dk.borgerdialog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.citizen.model.Citizens;
import dk.borgerdialog.citizen.model.CprNumber;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.MunicipalityId;
import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqCitizensIT {

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

    Citizens citizens() {
      return persistence.citizens();
    }

    @Test
    void round_trip_with_cpr_language_and_zone() {
      Citizen citizen = fixture.englishCitizen();

      assertThat(citizens().byId(citizen.id())).contains(citizen);
      Citizen read = citizens().byId(citizen.id()).orElseThrow();
      assertThat(read.cpr()).isEqualTo(citizen.cpr());
      assertThat(read.zone()).isEqualTo(ZoneId.of("Europe/London"));
      assertThat(read.language()).isEqualTo(Language.EN);
    }

    @Test
    void by_ids_reads_the_citizens_found_and_leaves_out_unknown_ids() {
      Citizen one = fixture.englishCitizen();
      Citizen two = fixture.citizen();
      fixture.citizen();

      assertThat(
              persistence
                  .citizens()
                  .byIds(java.util.List.of(one.id(), two.id(), CitizenId.random())))
          .containsOnly(java.util.Map.entry(one.id(), one), java.util.Map.entry(two.id(), two));
      assertThat(persistence.citizens().byIds(java.util.List.of())).isEmpty();
    }

    @Test
    void round_trip_without_cpr() {
      Citizen citizen = fixture.citizen();

      assertThat(citizens().byId(citizen.id())).contains(citizen);
      assertThat(citizens().byId(citizen.id()).orElseThrow().cpr()).isNull();
    }

    @Test
    void by_reference_within_the_municipality() {
      Citizen citizen = fixture.citizen();

      assertThat(citizens().byRef(fixture.municipality.id(), citizen.ref())).contains(citizen);
      assertThat(citizens().byRef(MunicipalityId.random(), citizen.ref())).isEmpty();
      assertThat(citizens().byRef(fixture.municipality.id(), ExternalRef.of("nexus", "none")))
          .isEmpty();
      assertThat(citizens().byId(CitizenId.random())).isEmpty();
    }

    @Test
    void many_citizens_without_cpr_may_share_a_municipality() {
      Citizen one = fixture.citizen();
      Citizen two = fixture.citizen();

      assertThat(citizens().byId(one.id())).isPresent();
      assertThat(citizens().byId(two.id())).isPresent();
    }

    @Test
    void the_same_reference_twice_in_a_municipality_is_a_conflict_without_personal_data() {
      Citizen citizen = fixture.citizen();
      Citizen sameRef = copy(fixture.newCitizen(null), citizen.ref(), null);

      assertThatThrownBy(() -> citizens().add(sameRef))
          .isInstanceOf(ConflictException.class)
          .hasMessageNotContaining(citizen.ref().value());
      assertThat(citizens().byId(sameRef.id())).isEmpty();
    }

    @Test
    void the_same_reference_in_another_municipality_is_fine() {
      Citizen citizen = fixture.citizen();
      Municipality other = new Municipality(MunicipalityId.random(), "Aarhus Kommune");
      persistence.organisations().add(other);
      Citizen elsewhere =
          new Citizen(
              CitizenId.random(),
              other.id(),
              citizen.ref(),
              null,
              "Karen Jensen",
              Language.DA,
              Citizen.DEFAULT_ZONE,
              0);

      citizens().add(elsewhere);

      assertThat(citizens().byRef(other.id(), citizen.ref())).contains(elsewhere);
    }

    @Test
    void the_same_cpr_twice_in_a_municipality_is_a_conflict_without_personal_data() {
      CprNumber cpr = Fixture.anyCpr();
      citizens().add(fixture.newCitizen(cpr));
      Citizen twin = fixture.newCitizen(cpr);

      assertThatThrownBy(() -> citizens().add(twin))
          .isInstanceOf(ConflictException.class)
          .hasMessageNotContaining(cpr.value())
          .hasMessageNotContaining(cpr.value().substring(0, 6))
          .hasNoCause();
    }

    @Test
    void the_same_id_twice_is_a_conflict() {
      Citizen citizen = fixture.citizen();

      assertThatThrownBy(() -> citizens().add(citizen)).isInstanceOf(ConflictException.class);
    }

    @Test
    void update_changes_every_field_and_increments_the_version() {
      Citizen citizen = fixture.englishCitizen();
      Citizen changed =
          new Citizen(
              citizen.id(),
              citizen.municipality(),
              ExternalRef.of("nexus", "moved-" + citizen.id()),
              null,
              "John Smith-Hansen",
              Language.DA,
              ZoneId.of("Europe/Copenhagen"),
              citizen.version());

      Citizen updated = citizens().update(changed);

      assertThat(updated.version()).isEqualTo(1);
      assertThat(citizens().byId(citizen.id())).contains(updated);
      assertThat(citizens().byId(citizen.id()).orElseThrow().cpr()).isNull();
    }

    @Test
    void update_with_a_stale_version_is_a_conflict() {
      Citizen citizen = fixture.citizen();
      Citizen updated = citizens().update(citizen);

      assertThatThrownBy(() -> citizens().update(citizen)).isInstanceOf(ConflictException.class);
      assertThat(citizens().byId(citizen.id())).contains(updated);
    }

    @Test
    void update_to_a_cpr_that_is_taken_is_a_conflict() {
      CprNumber cpr = Fixture.anyCpr();
      citizens().add(fixture.newCitizen(cpr));
      Citizen other = fixture.citizen();

      assertThatThrownBy(() -> citizens().update(copy(other, other.ref(), cpr)))
          .isInstanceOf(ConflictException.class)
          .hasMessageNotContaining(cpr.value());
      assertThat(citizens().byId(other.id())).contains(other);
    }

    @Test
    void update_of_an_unknown_citizen_is_no_such_entity() {
      assertThatThrownBy(() -> citizens().update(fixture.newCitizen(null)))
          .isInstanceOf(NoSuchEntityException.class);
    }

    private static Citizen copy(Citizen c, ExternalRef ref, CprNumber cpr) {
      return new Citizen(
          c.id(), c.municipality(), ref, cpr, c.name(), c.language(), c.zone(), c.version());
    }
  }
}
