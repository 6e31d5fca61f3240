package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.Preference;
import dk.borgerdialog.plan.model.PreferenceId;
import dk.borgerdialog.plan.model.PreferenceKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqPreferencesIT {

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

    @Test
    void every_kind_is_read_back_through_the_overview_oldest_first() {
      Citizen citizen = fixture.citizen();
      Course course = fixture.course(citizen, fixture.unit, NOW);
      List<Preference> stated = new ArrayList<>();
      PreferenceKind[] kinds = PreferenceKind.values();
      for (int i = kinds.length - 1; i >= 0; i--) {
        Preference preference =
            new Preference(
                PreferenceId.random(),
                course.id(),
                citizen.id(),
                kinds[i],
                "Helst om formiddagen,\nikke mandag",
                NOW.plus(Duration.ofMinutes(i)));
        persistence.preferences().add(preference);
        stated.add(0, preference);
      }

      assertThat(
              persistence
                  .overviews()
                  .of(citizen.id(), NOW, 10, null)
                  .orElseThrow()
                  .courses()
                  .get(0)
                  .preferences())
          .containsExactlyElementsOf(stated);
    }

    @Test
    void the_same_id_twice_is_a_conflict() {
      Citizen citizen = fixture.citizen();
      Course course = fixture.course(citizen, fixture.unit, NOW);
      Preference preference =
          new Preference(
              PreferenceId.random(), course.id(), citizen.id(), PreferenceKind.OTHER, "Hund", NOW);
      persistence.preferences().add(preference);

      assertThatThrownBy(() -> persistence.preferences().add(preference))
          .isInstanceOf(ConflictException.class);
    }
  }
}
