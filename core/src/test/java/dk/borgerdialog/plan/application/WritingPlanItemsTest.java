package dk.borgerdialog.plan.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.access.AuditRecord;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.UnableToChangeException;
import dk.borgerdialog.plan.model.CourseState;
import dk.borgerdialog.plan.model.PlanItem;
import dk.borgerdialog.plan.model.PlanItemId;
import dk.borgerdialog.plan.model.PlanItemKind;
import dk.borgerdialog.testfixtures.InMemoryPlanWorld;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WritingPlanItemsTest {
  private final InMemoryPlanWorld world = InMemoryPlanWorld.create();
  private final InMemoryPlanWorld.Copenhagen cph = world.copenhagen();

  private PlanItem write(PlanItemKind kind, String text) {
    return world
        .writingPlanItems()
        .write(
            world.asCaseworker(), new WritePlanItemCommand(cph.treatmentCourse().id(), kind, text));
  }

  @Test
  void staff_writeAndRevise_andTheOverviewListsGoalsFirst() {
    PlanItem task = write(PlanItemKind.TASK, "Ring til boligkontoret");
    PlanItem goal = write(PlanItemKind.GOAL, "Møde op hver uge\nogså i ferien");
    world.clock().advance(Duration.ofDays(1));

    PlanItem revised =
        world.writingPlanItems().revise(world.asCaseworker(), task.id(), 0, "Ring i morgen");

    assertThat(revised.text()).isEqualTo("Ring i morgen");
    assertThat(revised.version()).isEqualTo(1);
    assertThat(revised.writtenAt()).isEqualTo(world.now());
    assertThat(goal.text()).contains("\n");
    assertThat(goal.author()).isEqualTo(cph.caseworker().id());
    assertThat(
            world
                .viewingOverview()
                .overview(world.asJonas(), cph.jonas().id(), 5)
                .courses()
                .get(0)
                .planItems())
        .extracting(PlanItem::kind)
        .containsExactly(PlanItemKind.GOAL, PlanItemKind.TASK);
    assertThat(world.audit().all())
        .extracting(AuditRecord::operation)
        .containsOnly(Operation.WRITE_PLAN_ITEM, Operation.VIEW_OVERVIEW);
  }

  @Test
  void aStaleRevision_isAConflict() {
    PlanItem item = write(PlanItemKind.GOAL, "Mål");
    world.writingPlanItems().revise(world.asCaseworker(), item.id(), 0, "Mål 2");

    assertThatThrownBy(
            () -> world.writingPlanItems().revise(world.asCaseworker(), item.id(), 0, "Mål 3"))
        .isInstanceOf(ConflictException.class);
    assertThat(world.planItems().byId(item.id()).orElseThrow().text()).isEqualTo("Mål 2");
  }

  @Test
  void aClosedCourse_takesNoPlanItems_butAPausedOneDoes() {
    world
        .managingCourses()
        .changeState(world.asCaseworker(), cph.treatmentCourse().id(), 0, CourseState.PAUSED);
    PlanItem whilePaused = write(PlanItemKind.WAY_FORWARD, "Vi holder pause til marts");
    world
        .managingCourses()
        .changeState(world.asCaseworker(), cph.treatmentCourse().id(), 1, CourseState.CLOSED);
    InMemoryPlanWorld.Snapshot before = world.snapshot();

    assertThatThrownBy(() -> write(PlanItemKind.GOAL, "Nyt mål"))
        .isInstanceOfSatisfying(
            UnableToChangeException.class, e -> assertThat(e.rule()).isEqualTo("course.closed"));
    assertThatThrownBy(
            () -> world.writingPlanItems().revise(world.asCaseworker(), whilePaused.id(), 0, "x"))
        .isInstanceOfSatisfying(
            UnableToChangeException.class, e -> assertThat(e.rule()).isEqualTo("course.closed"));
    assertThat(world.snapshot()).isEqualTo(before);
  }

  @Test
  void onlyStaffOfTheUnit_write() {
    assertThatThrownBy(
            () ->
                world
                    .writingPlanItems()
                    .write(
                        world.asJonas(),
                        new WritePlanItemCommand(
                            cph.treatmentCourse().id(), PlanItemKind.GOAL, "x")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                world
                    .writingPlanItems()
                    .write(
                        world.asSystem(),
                        new WritePlanItemCommand(
                            cph.treatmentCourse().id(), PlanItemKind.GOAL, "x")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                world
                    .writingPlanItems()
                    .write(
                        world.asHousingAdvisor(),
                        new WritePlanItemCommand(
                            cph.treatmentCourse().id(), PlanItemKind.GOAL, "x")))
        .isInstanceOf(AccessDeniedException.class);
    PlanItem item = write(PlanItemKind.GOAL, "Mål");
    assertThatThrownBy(
            () -> world.writingPlanItems().revise(world.asHousingAdvisor(), item.id(), 0, "y"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(world.planItems().all()).hasSize(3);
    assertThat(world.audit().refusals(10)).hasSize(4);
  }

  @Test
  void unknownItem_isNoSuchEntity() {
    assertThatThrownBy(
            () ->
                world.writingPlanItems().revise(world.asCaseworker(), PlanItemId.random(), 0, "x"))
        .isInstanceOf(NoSuchEntityException.class);
  }
}
