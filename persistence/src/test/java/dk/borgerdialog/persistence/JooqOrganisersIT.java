package dk.borgerdialog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.network.model.Organiser;
import dk.borgerdialog.network.model.OrganiserId;
import dk.borgerdialog.network.model.OrganiserKind;
import dk.borgerdialog.network.model.Organisers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqOrganisersIT {

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

    Organisers organisers() {
      return persistence.organisers();
    }

    @Test
    void an_organiser_round_trips_with_and_without_contact_details() {
      Organiser association =
          new Organiser(
              OrganiserId.random(),
              fixture.municipality.id(),
              fixture.unit.id(),
              OrganiserKind.ASSOCIATION,
              "Ældre Sagen Frederiksberg",
              "kontakt@aeldresagen.dk",
              "+4533000000");
      Organiser unit =
          new Organiser(
              OrganiserId.random(),
              fixture.municipality.id(),
              fixture.unit.id(),
              OrganiserKind.MUNICIPAL_UNIT,
              "Aktivitetscenter Nord",
              null,
              null);
      organisers().add(association);
      organisers().add(unit);

      assertThat(organisers().byId(association.id())).contains(association);
      assertThat(organisers().byId(unit.id())).contains(unit);
      assertThat(organisers().byId(OrganiserId.random())).isEmpty();
      assertThat(organisers().ofUnit(fixture.unit.id())).containsExactly(unit, association);
      assertThat(organisers().ofUnit(fixture.otherUnit.id())).isEmpty();
    }

    @Test
    void adding_an_organiser_twice_is_a_conflict() {
      Organiser organiser =
          new Organiser(
              OrganiserId.random(),
              fixture.municipality.id(),
              fixture.unit.id(),
              OrganiserKind.MUNICIPAL_UNIT,
              "Aktivitetscenter Syd",
              null,
              null);
      organisers().add(organiser);

      assertThatThrownBy(() -> organisers().add(organiser)).isInstanceOf(ConflictException.class);
    }
  }
}
