package dk.borgerdialog.plan.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.UnableToChangeException;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseState;
import dk.borgerdialog.testfixtures.CourseFixture;
import dk.borgerdialog.testfixtures.InMemoryPlanWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManagingCoursesTest {
  private final InMemoryPlanWorld world = InMemoryPlanWorld.create();
  private final InMemoryPlanWorld.Copenhagen cph = world.copenhagen();

  @Test
  void staff_openACourseInTheirUnit() {
    Course course =
        world
            .managingCourses()
            .open(
                world.asCaseworker(),
                cph.jonas().id(),
                cph.treatment().id(),
                cph.treatmentCourse().template());

    assertThat(course.state()).isEqualTo(CourseState.ACTIVE);
    assertThat(course.openedAt()).isEqualTo(world.now());
    assertThat(world.courses().of(cph.jonas().id())).hasSize(3).last().isEqualTo(course);
  }

  @Test
  void staffOfAnotherUnit_cannotOpenOne() {
    assertThatThrownBy(
            () ->
                world
                    .managingCourses()
                    .open(
                        world.asHousingAdvisor(),
                        cph.jonas().id(),
                        cph.treatment().id(),
                        cph.treatmentCourse().template()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(world.courses().of(cph.jonas().id())).hasSize(2);
  }

  @Test
  void unknownTemplate_isNoSuchEntity() {
    assertThatThrownBy(
            () ->
                world
                    .managingCourses()
                    .open(
                        world.asCaseworker(),
                        cph.jonas().id(),
                        cph.treatment().id(),
                        CourseFixture.anyCourseTemplateId()))
        .isInstanceOf(NoSuchEntityException.class);
  }

  @Test
  void pauseResumeClose() {
    var id = cph.treatmentCourse().id();

    Course paused =
        world.managingCourses().changeState(world.asCaseworker(), id, 0, CourseState.PAUSED);
    Course resumed =
        world.managingCourses().changeState(world.asCaseworker(), id, 1, CourseState.ACTIVE);
    Course closed =
        world.managingCourses().changeState(world.asSystem(), id, 2, CourseState.CLOSED);

    assertThat(paused.state()).isEqualTo(CourseState.PAUSED);
    assertThat(resumed.state()).isEqualTo(CourseState.ACTIVE);
    assertThat(closed.state()).isEqualTo(CourseState.CLOSED);
    assertThat(closed.closedAt()).isEqualTo(world.now());
    assertThat(closed.version()).isEqualTo(3);
  }

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource({
    "ACTIVE, ACTIVE, course.not-paused",
    "PAUSED, PAUSED, course.not-active",
    "CLOSED, PAUSED, course.not-active",
    "CLOSED, ACTIVE, course.not-paused",
    "CLOSED, CLOSED, course.closed",
  })
  void impossibleChanges_areRefused(CourseState from, CourseState to, String rule) {
    var id = cph.treatmentCourse().id();
    long version = 0;
    if (from != CourseState.ACTIVE) {
      version = world.managingCourses().changeState(world.asCaseworker(), id, 0, from).version();
    }
    long read = version;
    InMemoryPlanWorld.Snapshot before = world.snapshot();

    assertThatThrownBy(
            () -> world.managingCourses().changeState(world.asCaseworker(), id, read, to))
        .isInstanceOfSatisfying(
            UnableToChangeException.class, e -> assertThat(e.rule()).isEqualTo(rule));
    assertThat(world.snapshot()).isEqualTo(before);
  }

  @Test
  void staleVersion_isAConflict() {
    assertThatThrownBy(
            () ->
                world
                    .managingCourses()
                    .changeState(
                        world.asCaseworker(), cph.treatmentCourse().id(), 4, CourseState.PAUSED))
        .isInstanceOf(ConflictException.class);
    assertThat(world.courses().byId(cph.treatmentCourse().id())).contains(cph.treatmentCourse());
  }

  @Test
  void open_forACitizenOfAnotherMunicipality_isNoSuchCitizen_revealingNothing() {
    InMemoryPlanWorld.Snapshot before = world.snapshot();

    assertThatThrownBy(
            () ->
                world
                    .managingCourses()
                    .open(
                        world.asCaseworker(),
                        world.frederiksberg().karen().id(),
                        world.copenhagen().treatment().id(),
                        world.copenhagen().treatmentCourse().template()))
        .isInstanceOf(dk.borgerdialog.common.NoSuchEntityException.class)
        .hasMessageStartingWith("no such citizen");
    assertThat(world.snapshot()).isEqualTo(before);
  }
}
