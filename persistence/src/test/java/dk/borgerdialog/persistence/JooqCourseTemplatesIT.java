package dk.borgerdialog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.organisation.model.MunicipalityId;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.plan.model.CourseTemplate;
import dk.borgerdialog.plan.model.CourseTemplateId;
import dk.borgerdialog.plan.model.CourseTemplates;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqCourseTemplatesIT {

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

    CourseTemplates templates() {
      return persistence.courseTemplates();
    }

    @Test
    void round_trip_with_description() {
      assertThat(templates().byId(fixture.template.id())).contains(fixture.template);
    }

    @Test
    void every_kind_round_trips_without_description() {
      for (CourseKind kind : CourseKind.values()) {
        CourseTemplate template = template(kind.name(), kind);
        templates().add(template);

        assertThat(templates().byId(template.id())).contains(template);
      }
    }

    @Test
    void unknown_id_is_empty() {
      assertThat(templates().byId(CourseTemplateId.random())).isEmpty();
    }

    @Test
    void templates_of_a_municipality_by_name() {
      CourseTemplate first = template("Afklaringsforløb", CourseKind.GUIDANCE);
      CourseTemplate last = template("Vejledning", CourseKind.GUIDANCE);
      templates().add(last);
      templates().add(first);

      assertThat(templates().of(fixture.municipality.id()))
          .containsExactly(first, fixture.template, last);
      assertThat(templates().of(MunicipalityId.random())).isEmpty();
    }

    @Test
    void the_same_id_twice_is_a_conflict() {
      assertThatThrownBy(() -> templates().add(fixture.template))
          .isInstanceOf(ConflictException.class);
    }

    @Test
    void a_long_description_with_any_characters_round_trips() {
      char[] emoji = new char[CourseTemplate.MAX_DESCRIPTION_LENGTH * 2];
      for (int i = 0; i < emoji.length; i += 2) {
        emoji[i] = '\uD83D';
        emoji[i + 1] = '\uDE00';
      }
      String description = new String(emoji);
      assertThat(description.codePointCount(0, description.length()))
          .isEqualTo(CourseTemplate.MAX_DESCRIPTION_LENGTH);
      CourseTemplate template =
          new CourseTemplate(
              CourseTemplateId.random(),
              fixture.municipality.id(),
              "Æblegrød og ørredsø",
              CourseKind.HOME_CARE,
              description);
      templates().add(template);

      assertThat(templates().byId(template.id())).contains(template);
    }

    private CourseTemplate template(String name, CourseKind kind) {
      return new CourseTemplate(
          CourseTemplateId.random(), fixture.municipality.id(), name, kind, null);
    }
  }
}
