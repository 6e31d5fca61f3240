package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.PlanItem;
import dk.borgerdialog.plan.model.PlanItemId;
import dk.borgerdialog.plan.model.PlanItemKind;
import dk.borgerdialog.plan.model.PlanItems;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqPlanItemsIT {

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

    PlanItems items() {
      return persistence.planItems();
    }

    @Test
    void every_kind_round_trips_with_line_breaks() {
      Course course = fixture.course(fixture.citizen(), fixture.unit, NOW);
      for (PlanItemKind kind : PlanItemKind.values()) {
        PlanItem item = item(course, kind, "Første linje\nAnden linje\tmed tab");
        items().add(item);

        assertThat(items().byId(item.id())).contains(item);
      }
      assertThat(items().byId(PlanItemId.random())).isEmpty();
    }

    @Test
    void revising_stores_text_author_and_time_and_increments_the_version() {
      Course course = fixture.course(fixture.citizen(), fixture.unit, NOW);
      PlanItem item = item(course, PlanItemKind.GOAL, "Gå til bageren");
      items().add(item);

      PlanItem revised =
          items()
              .update(
                  item.revise(
                      "Gå til bageren alene", fixture.mentor.id(), NOW.plus(Duration.ofDays(1))));

      assertThat(revised.version()).isEqualTo(1);
      assertThat(items().byId(item.id())).contains(revised);
      assertThat(revised.author()).isEqualTo(fixture.mentor.id());
    }

    @Test
    void update_with_a_stale_version_is_a_conflict() {
      Course course = fixture.course(fixture.citizen(), fixture.unit, NOW);
      PlanItem item = item(course, PlanItemKind.TASK, "Ring til lægen");
      items().add(item);
      PlanItem revised =
          items().update(item.revise("Ring til lægen i dag", fixture.nurse.id(), NOW));

      assertThatThrownBy(() -> items().update(item.revise("Forældet", fixture.nurse.id(), NOW)))
          .isInstanceOf(ConflictException.class);
      assertThat(items().byId(item.id())).contains(revised);
    }

    @Test
    void update_of_an_unknown_item_is_no_such_entity_and_adding_twice_a_conflict() {
      Course course = fixture.course(fixture.citizen(), fixture.unit, NOW);
      PlanItem item = item(course, PlanItemKind.WAY_FORWARD, "Næste skridt");

      assertThatThrownBy(() -> items().update(item)).isInstanceOf(NoSuchEntityException.class);
      items().add(item);
      assertThatThrownBy(() -> items().add(item)).isInstanceOf(ConflictException.class);
    }

    private PlanItem item(Course course, PlanItemKind kind, String text) {
      return new PlanItem(PlanItemId.random(), course.id(), kind, text, fixture.nurse.id(), NOW, 0);
    }
  }
}
