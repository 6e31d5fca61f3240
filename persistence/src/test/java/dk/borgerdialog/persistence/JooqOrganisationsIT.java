package dk.borgerdialog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.Centre;
import dk.borgerdialog.organisation.model.CentreId;
import dk.borgerdialog.organisation.model.ChangeDeadline;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.MunicipalityId;
import dk.borgerdialog.organisation.model.Organisations;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitId;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqOrganisationsIT {

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

    Organisations organisations() {
      return persistence.organisations();
    }

    @Test
    void municipality_centre_and_unit_round_trip() {
      assertThat(organisations().municipality(fixture.municipality.id()))
          .contains(fixture.municipality);
      assertThat(organisations().centre(fixture.centre.id())).contains(fixture.centre);
      assertThat(organisations().unit(fixture.unit.id())).contains(fixture.unit);
      assertThat(organisations().unit(fixture.otherUnit.id())).contains(fixture.otherUnit);
    }

    @Test
    void unknown_ids_are_empty() {
      assertThat(organisations().municipality(MunicipalityId.random())).isEmpty();
      assertThat(organisations().centre(CentreId.random())).isEmpty();
      assertThat(organisations().unit(UnitId.random())).isEmpty();
    }

    @Test
    void an_id_looked_up_before_it_was_added_is_found_afterwards() {
      Unit unit = unit("Hjemmepleje Vest");
      assertThat(organisations().unit(unit.id())).isEmpty();

      organisations().add(unit);

      assertThat(organisations().unit(unit.id())).contains(unit);
    }

    @Test
    void units_of_a_municipality_by_name() {
      Unit first = unit("Aktivitetscenter");
      organisations().add(first);
      Municipality other = new Municipality(MunicipalityId.random(), "Gentofte Kommune");
      organisations().add(other);
      Centre otherCentre = new Centre(CentreId.random(), other.id(), "Sundhed");
      organisations().add(otherCentre);
      organisations()
          .add(
              new Unit(
                  UnitId.random(),
                  otherCentre.id(),
                  other.id(),
                  "Aaa",
                  "Aaa",
                  BookingRules.defaults(),
                  0));

      assertThat(organisations().units(fixture.municipality.id()))
          .containsExactly(first, fixture.otherUnit, fixture.unit);
    }

    @Test
    void update_with_the_stored_version_increments_it() {
      BookingRules rules = new BookingRules(ChangeDeadline.hoursBefore(48), false, false);

      Unit updated = organisations().update(fixture.unit.withRules(rules));

      assertThat(updated.version()).isEqualTo(1);
      assertThat(updated.rules()).isEqualTo(rules);
      assertThat(organisations().unit(fixture.unit.id())).contains(updated);
    }

    @Test
    void update_with_a_stale_version_is_a_conflict_and_changes_nothing() {
      Unit current = organisations().update(fixture.unit.withRules(BookingRules.defaults()));

      assertThatThrownBy(
              () ->
                  organisations()
                      .update(
                          fixture.unit.withRules(
                              new BookingRules(ChangeDeadline.hoursBefore(1), true, true))))
          .isInstanceOf(ConflictException.class)
          .hasMessageContaining(fixture.unit.id().toString());
      assertThat(organisations().unit(fixture.unit.id())).contains(current);
    }

    @Test
    void update_of_an_unknown_unit_is_no_such_entity() {
      assertThatThrownBy(() -> organisations().update(unit("Ukendt")))
          .isInstanceOf(NoSuchEntityException.class);
    }

    @Test
    void adding_an_id_twice_is_a_conflict() {
      assertThatThrownBy(() -> organisations().add(fixture.municipality))
          .isInstanceOf(ConflictException.class);
      assertThatThrownBy(() -> organisations().add(fixture.centre))
          .isInstanceOf(ConflictException.class);
      assertThatThrownBy(() -> organisations().add(fixture.unit))
          .isInstanceOf(ConflictException.class);
    }

    @Test
    void a_deadline_in_minutes_round_trips() {
      Unit unit =
          new Unit(
              UnitId.random(),
              fixture.centre.id(),
              fixture.municipality.id(),
              "Akut",
              "Borgercenter",
              new BookingRules(new ChangeDeadline(Duration.ofMinutes(90)), true, false),
              0);
      organisations().add(unit);

      assertThat(organisations().unit(unit.id())).contains(unit);
    }

    @Test
    void a_unit_added_in_a_rolled_back_transaction_is_not_cached() {
      Unit unit = unit("Midlertidig");

      assertThatThrownBy(
              () ->
                  persistence
                      .transactions()
                      .inTransaction(
                          () -> {
                            organisations().add(unit);
                            assertThat(organisations().unit(unit.id())).contains(unit);
                            throw new IllegalStateException("rolled back");
                          }))
          .hasMessage("rolled back");

      assertThat(organisations().unit(unit.id())).isEmpty();
    }

    @Test
    void an_uncommitted_update_is_seen_by_its_own_transaction_only_until_commit() {
      Unit read = organisations().unit(fixture.unit.id()).orElseThrow();
      BookingRules rules = new BookingRules(ChangeDeadline.hoursBefore(72), true, false);

      Unit updated =
          persistence
              .transactions()
              .inTransaction(
                  () -> {
                    Unit changed = organisations().update(read.withRules(rules));
                    assertThat(organisations().unit(read.id())).contains(changed);
                    // another thread reads (and may cache) the committed row meanwhile
                    Optional<Unit> elsewhere =
                        CompletableFuture.supplyAsync(() -> organisations().unit(read.id())).join();
                    assertThat(elsewhere).contains(read);
                    return changed;
                  });

      assertThat(organisations().unit(read.id())).contains(updated);
      assertThat(CompletableFuture.supplyAsync(() -> organisations().unit(read.id())).join())
          .contains(updated);
    }

    private Unit unit(String name) {
      return new Unit(
          UnitId.random(),
          fixture.centre.id(),
          fixture.municipality.id(),
          name,
          "Borgercenter",
          BookingRules.defaults(),
          0);
    }
  }
}
