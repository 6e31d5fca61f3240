package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.material.model.ItemProgress;
import dk.borgerdialog.material.model.MaterialAttachment;
import dk.borgerdialog.material.model.MaterialItem;
import dk.borgerdialog.material.model.MaterialItemId;
import dk.borgerdialog.material.model.MaterialKind;
import dk.borgerdialog.material.model.MaterialProgress;
import dk.borgerdialog.material.model.MaterialVariant;
import dk.borgerdialog.material.model.ReleaseRule;
import dk.borgerdialog.plan.model.Course;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqMaterialProgressIT {

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
    private static final int RACERS = 8;

    Contract(Database database) {
      super(database);
    }

    MaterialProgress progress() {
      return persistence.materialProgress();
    }

    @Test
    void every_view_counts_and_the_last_view_is_kept_per_citizen_and_item() {
      Citizen karen = fixture.citizen();
      Citizen jonas = fixture.citizen();
      Course course = fixture.course(karen, fixture.unit, NOW);
      MaterialItem video = item(course);
      MaterialItem text = item(course);

      ItemProgress first = progress().recordView(karen.id(), video.id(), NOW);
      ItemProgress second = progress().recordView(karen.id(), video.id(), NOW.plusSeconds(60));
      progress().recordView(jonas.id(), video.id(), NOW.plusSeconds(30));

      assertThat(first).isEqualTo(new ItemProgress(karen.id(), video.id(), 1, NOW, null));
      assertThat(second)
          .isEqualTo(new ItemProgress(karen.id(), video.id(), 2, NOW.plusSeconds(60), null));
      assertThat(progress().of(karen.id(), List.of(video.id(), text.id())))
          .containsExactly(Map.entry(video.id(), second));
      assertThat(progress().of(jonas.id(), List.of(video.id())).get(video.id()).views())
          .isEqualTo(1);
      assertThat(progress().of(karen.id(), List.of())).isEmpty();
    }

    @Test
    void understood_keeps_the_first_mark_and_does_not_count_a_view() {
      Citizen karen = fixture.citizen();
      Course course = fixture.course(karen, fixture.unit, NOW);
      MaterialItem video = item(course);

      ItemProgress marked = progress().markUnderstood(karen.id(), video.id(), NOW);
      progress().markUnderstood(karen.id(), video.id(), NOW.plusSeconds(5));
      ItemProgress viewed = progress().recordView(karen.id(), video.id(), NOW.plusSeconds(9));

      assertThat(marked).isEqualTo(new ItemProgress(karen.id(), video.id(), 0, null, NOW));
      assertThat(viewed)
          .isEqualTo(new ItemProgress(karen.id(), video.id(), 1, NOW.plusSeconds(9), NOW));
    }

    @Test
    void concurrent_first_views_all_count() throws Exception {
      Citizen karen = fixture.citizen();
      Course course = fixture.course(karen, fixture.unit, NOW);
      MaterialItem video = item(course);
      CyclicBarrier start = new CyclicBarrier(RACERS);
      ExecutorService racers = Executors.newFixedThreadPool(RACERS);
      List<Future<ItemProgress>> views = new ArrayList<>();
      try {
        for (int i = 0; i < RACERS; i++) {
          Instant at = NOW.plusSeconds(i);
          views.add(
              racers.submit(
                  () -> {
                    start.await(30, TimeUnit.SECONDS);
                    return persistence
                        .transactions()
                        .inTransaction(() -> progress().recordView(karen.id(), video.id(), at));
                  }));
        }
        for (Future<ItemProgress> view : views) {
          view.get(60, TimeUnit.SECONDS);
        }
      } finally {
        racers.shutdownNow();
      }

      ItemProgress after = progress().of(karen.id(), List.of(video.id())).get(video.id());
      assertThat(after.views()).isEqualTo(RACERS);
      assertThat(after.lastViewedAt()).isEqualTo(NOW.plusSeconds(RACERS - 1));
    }

    @Test
    void a_release_by_hand_keeps_its_first_time_per_course() {
      Course course = fixture.course(fixture.citizen(), fixture.unit, NOW);
      Course other = fixture.course(fixture.citizen(), fixture.unit, NOW);
      MaterialItem item = item(course);
      MaterialItem system = item(course);

      Instant first = progress().releaseByHand(course.id(), item.id(), fixture.nurse.id(), NOW);
      Instant again =
          progress()
              .releaseByHand(
                  course.id(), item.id(), fixture.mentor.id(), NOW.plus(Duration.ofHours(1)));
      progress().releaseByHand(course.id(), system.id(), null, NOW.plusSeconds(7));

      assertThat(first).isEqualTo(NOW);
      assertThat(again).isEqualTo(NOW);
      assertThat(progress().releasedByHand(course.id()))
          .containsOnly(Map.entry(item.id(), NOW), Map.entry(system.id(), NOW.plusSeconds(7)));
      assertThat(progress().releasedByHand(other.id())).isEmpty();
    }

    private MaterialItem item(Course course) {
      MaterialItem item =
          new MaterialItem(
              MaterialItemId.random(),
              MaterialAttachment.course(course.id()),
              MaterialKind.TEXT,
              null,
              List.of(MaterialVariant.text(Language.DA, "Tekst", "Indhold")),
              ReleaseRule.atStart(),
              NOW,
              0);
      persistence.materialItems().add(item);
      return item;
    }
  }
}
