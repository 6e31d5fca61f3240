package dk.borgerdialog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.network.model.Interest;
import dk.borgerdialog.network.model.Interests;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqInterestsIT {

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

    Interests interests() {
      return persistence.interests();
    }

    @Test
    void define_adds_to_the_municipalitys_list_and_renames_an_existing_code() {
      interests().define(fixture.municipality.id(), new Interest("walking", "Gåtur", "Walk"));
      interests().define(fixture.municipality.id(), new Interest("choir", "Kor", "Choir"));
      interests().define(fixture.municipality.id(), new Interest("walking", "Gåture", "Walks"));

      assertThat(interests().of(fixture.municipality.id()))
          .containsExactly(
              new Interest("choir", "Kor", "Choir"), new Interest("walking", "Gåture", "Walks"));
      assertThat(interests().of(Fixture.create(persistence).municipality.id())).isEmpty();
    }

    @Test
    void state_replaces_a_citizens_interests() {
      interests().define(fixture.municipality.id(), new Interest("walking", "Gåture", "Walks"));
      interests().define(fixture.municipality.id(), new Interest("food", "Mad", "Food"));
      interests().define(fixture.municipality.id(), new Interest("choir", "Kor", "Choir"));
      Citizen karen = fixture.citizen();
      Citizen other = fixture.citizen();

      interests().state(karen.id(), Set.of("walking", "food"));
      interests().state(other.id(), Set.of("choir"));
      assertThat(interests().statedBy(karen.id())).containsExactly("food", "walking");

      interests().state(karen.id(), Set.of("choir"));
      assertThat(interests().statedBy(karen.id())).containsExactly("choir");
      interests().state(karen.id(), Set.of());
      assertThat(interests().statedBy(karen.id())).isEmpty();
      assertThat(interests().statedBy(other.id())).containsExactly("choir");
    }
  }
}
