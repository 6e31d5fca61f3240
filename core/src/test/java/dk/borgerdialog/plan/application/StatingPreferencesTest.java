package dk.borgerdialog.plan.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.UnableToChangeException;
import dk.borgerdialog.plan.model.CourseState;
import dk.borgerdialog.plan.model.Preference;
import dk.borgerdialog.plan.model.PreferenceKind;
import dk.borgerdialog.testfixtures.InMemoryPlanWorld;
import org.junit.jupiter.api.Test;

class StatingPreferencesTest {
  private final InMemoryPlanWorld world = InMemoryPlanWorld.create();
  private final InMemoryPlanWorld.Frederiksberg fb = world.frederiksberg();

  private StatePreferenceCommand mornings() {
    return new StatePreferenceCommand(
        fb.homeCareCourse().id(), PreferenceKind.PREFERRED_TIME, "Formiddage, gerne før 10");
  }

  @Test
  void karen_statesAPreference_andStaffOfTheUnitSeeIt() {
    Preference stated = world.statingPreferences().state(world.asKaren(), mornings());

    assertThat(stated.citizen()).isEqualTo(fb.karen().id());
    assertThat(stated.statedAt()).isEqualTo(world.now());
    assertThat(
            world
                .viewingOverview()
                .overview(world.asHomeCareWorker(), fb.karen().id(), 5)
                .courses())
        .singleElement()
        .satisfies(c -> assertThat(c.preferences()).containsExactly(stated));
  }

  @Test
  void onlyTheCitizen_statesPreferences() {
    assertThatThrownBy(() -> world.statingPreferences().state(world.asHomeCareWorker(), mornings()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> world.statingPreferences().state(world.asSystem(), mornings()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(world.preferences().all()).isEmpty();
  }

  @Test
  void aClosedCourse_takesNoPreferences() {
    world
        .managingCourses()
        .changeState(world.asHomeCareWorker(), fb.homeCareCourse().id(), 0, CourseState.CLOSED);
    InMemoryPlanWorld.Snapshot before = world.snapshot();

    assertThatThrownBy(() -> world.statingPreferences().state(world.asKaren(), mornings()))
        .isInstanceOfSatisfying(
            UnableToChangeException.class, e -> assertThat(e.rule()).isEqualTo("course.closed"));
    assertThat(world.snapshot()).isEqualTo(before);
  }
}
