package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.plan.model.CourseState;
import dk.borgerdialog.plan.model.Courses;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqCoursesIT {

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

    Courses courses() {
      return persistence.courses();
    }

    @Test
    void round_trip_of_an_active_course() {
      Course course = fixture.course(fixture.citizen(), fixture.unit, NOW);

      assertThat(courses().byId(course.id())).contains(course);
      assertThat(courses().byId(CourseId.random())).isEmpty();
    }

    @Test
    void by_ids_reads_the_courses_found_and_leaves_out_unknown_ids() {
      Course one = fixture.course(fixture.citizen(), fixture.unit, NOW);
      Course two = fixture.course(fixture.citizen(), fixture.otherUnit, NOW);
      fixture.course(fixture.citizen(), fixture.unit, NOW);

      assertThat(courses().byIds(java.util.List.of(one.id(), two.id(), CourseId.random())))
          .containsOnly(java.util.Map.entry(one.id(), one), java.util.Map.entry(two.id(), two));
      assertThat(courses().byIds(java.util.List.of())).isEmpty();
    }

    @Test
    void lock_all_by_id_reads_each_course_once_and_holds_the_locks_in_the_transaction() {
      Course one = fixture.course(fixture.citizen(), fixture.unit, NOW);
      Course two = fixture.course(fixture.citizen(), fixture.otherUnit, NOW);

      java.util.Map<CourseId, Course> locked =
          persistence
              .transactions()
              .inTransaction(
                  () ->
                      courses()
                          .lockAllById(
                              java.util.List.of(two.id(), one.id(), two.id(), CourseId.random())));

      assertThat(locked)
          .containsOnly(java.util.Map.entry(one.id(), one), java.util.Map.entry(two.id(), two));
      assertThat(
              persistence
                  .transactions()
                  .inTransaction(() -> courses().lockAllById(java.util.List.of())))
          .isEmpty();
    }

    @Test
    void closing_stores_the_state_and_the_closing_time() {
      Course course = fixture.course(fixture.citizen(), fixture.unit, NOW);
      Course paused = courses().update(course.pause().orElseThrow());
      Course closed = paused.close(NOW.plus(Duration.ofDays(30))).orElseThrow();

      Course updated = courses().update(closed);

      assertThat(paused.version()).isEqualTo(1);
      assertThat(updated.version()).isEqualTo(2);
      assertThat(updated.state()).isEqualTo(CourseState.CLOSED);
      assertThat(courses().byId(course.id())).contains(updated);
      assertThat(courses().byId(course.id()).orElseThrow().closedAt())
          .isEqualTo(NOW.plus(Duration.ofDays(30)));
    }

    @Test
    void update_with_a_stale_version_is_a_conflict() {
      Course course = fixture.course(fixture.citizen(), fixture.unit, NOW);
      Course paused = courses().update(course.pause().orElseThrow());

      assertThatThrownBy(() -> courses().update(course.close(NOW).orElseThrow()))
          .isInstanceOf(ConflictException.class);
      assertThat(courses().byId(course.id())).contains(paused);
    }

    @Test
    void update_of_an_unknown_course_is_no_such_entity() {
      Course never =
          Course.open(fixture.citizen().id(), fixture.unit.id(), fixture.template.id(), NOW);

      assertThatThrownBy(() -> courses().update(never)).isInstanceOf(NoSuchEntityException.class);
    }

    @Test
    void the_same_id_twice_is_a_conflict() {
      Course course = fixture.course(fixture.citizen(), fixture.unit, NOW);

      assertThatThrownBy(() -> courses().add(course)).isInstanceOf(ConflictException.class);
    }

    @Test
    void a_citizens_courses_oldest_first() {
      Citizen citizen = fixture.citizen();
      Course newest = fixture.course(citizen, fixture.unit, NOW);
      Course oldest = fixture.course(citizen, fixture.otherUnit, NOW.minus(Duration.ofDays(90)));
      Course middle = fixture.course(citizen, fixture.unit, NOW.minus(Duration.ofDays(3)));
      fixture.course(fixture.citizen(), fixture.unit, NOW.minus(Duration.ofDays(100)));

      assertThat(courses().of(citizen.id())).containsExactly(oldest, middle, newest);
      assertThat(courses().of(CitizenId.random())).isEmpty();
    }
  }
}
