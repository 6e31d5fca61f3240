package dk.borgerdialog.plan.application;

import static dk.borgerdialog.testfixtures.InMemoryPlanWorld.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.access.AuditRecord;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.plan.model.FreeSlot;
import dk.borgerdialog.plan.model.PreferenceKind;
import dk.borgerdialog.testfixtures.InMemoryPlanWorld;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Who may touch whose plan: a citizen only their own, staff only their units', nobody below NSIS
 * substantial. Every refusal is audited against the citizen whose data it was, and changes nothing
 * else.
 */
class AccessToThePlanTest {
  private static final CancellationReason ILL =
      CancellationReason.of(CancellationReasonCode.ILLNESS);

  private final InMemoryPlanWorld world = InMemoryPlanWorld.create();
  private final InMemoryPlanWorld.Copenhagen cph = world.copenhagen();
  private final Appointment karens = world.bookForKaren("2026-01-12T09:00");
  private final Appointment jonass = world.bookForJonas("2026-01-12T09:00");
  private final FreeSlot slot = world.offerTreatmentSlot("2026-01-14T13:00");

  private void assertRefusedAndAudited(ThrowingCallable call, Actor actor, Operation operation) {
    InMemoryPlanWorld.Snapshot before = world.snapshot();

    assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);

    InMemoryPlanWorld.Snapshot after = world.snapshot();
    assertThat(after.appointments()).isEqualTo(before.appointments());
    assertThat(after.slots()).isEqualTo(before.slots());
    assertThat(after.preferences()).isEqualTo(before.preferences());
    assertThat(after.events()).isEqualTo(before.events());
    assertThat(after.audit()).hasSize(before.audit().size() + 1);
    AuditRecord refusal = after.audit().get(after.audit().size() - 1);
    assertThat(refusal.allowed()).isFalse();
    assertThat(refusal.operation()).isEqualTo(operation);
    assertThat(refusal.actorKind()).isEqualTo(actor.kind());
    assertThat(refusal.actorId()).isEqualTo(actor.auditId());
    assertThat(refusal.at()).isEqualTo(world.now());
  }

  @Test
  void jonas_cannotCancelOrMoveOrLookAtKarensAppointment() {
    Actor jonas = world.asJonas();

    assertRefusedAndAudited(
        () ->
            world
                .cancelingAppointments()
                .cancel(jonas, new CancelAppointmentCommand(karens.id(), 0, ILL)),
        jonas,
        Operation.CANCEL_APPOINTMENT);
    assertRefusedAndAudited(
        () ->
            world
                .movingAppointments()
                .move(jonas, MoveAppointmentCommand.toSlot(karens.id(), 0, slot.id())),
        jonas,
        Operation.MOVE_APPOINTMENT);
    assertRefusedAndAudited(
        () -> world.managingFreeSlots().offeredFor(jonas, karens.id(), 10),
        jonas,
        Operation.VIEW_FREE_SLOTS);
    assertRefusedAndAudited(
        () -> world.viewingOverview().overview(jonas, world.frederiksberg().karen().id(), 10),
        jonas,
        Operation.VIEW_OVERVIEW);
    assertRefusedAndAudited(
        () ->
            world
                .statingPreferences()
                .state(
                    jonas,
                    new StatePreferenceCommand(
                        world.frederiksberg().homeCareCourse().id(),
                        PreferenceKind.PREFERRED_TIME,
                        "Mornings")),
        jonas,
        Operation.STATE_PREFERENCE);

    assertThat(world.audit().about(world.frederiksberg().karen().id(), 10))
        .filteredOn(r -> !r.allowed())
        .extracting(AuditRecord::actorId)
        .hasSize(5)
        .containsOnly(cph.jonas().id().toString());
  }

  @Test
  void staffOfAnotherUnit_areRefused() {
    Actor housingAdvisor = world.asHousingAdvisor();
    Actor homeCare = world.asHomeCareWorker();

    assertRefusedAndAudited(
        () ->
            world
                .cancelingAppointments()
                .cancel(housingAdvisor, new CancelAppointmentCommand(jonass.id(), 0, ILL)),
        housingAdvisor,
        Operation.CANCEL_APPOINTMENT);
    assertRefusedAndAudited(
        () ->
            world
                .movingAppointments()
                .move(
                    housingAdvisor,
                    MoveAppointmentCommand.toTime(
                        jonass.id(), 0, local("2026-01-13T09:00"), local("2026-01-13T10:00"))),
        housingAdvisor,
        Operation.MOVE_APPOINTMENT);
    assertRefusedAndAudited(
        () -> world.managingFreeSlots().withdraw(housingAdvisor, slot.id()),
        housingAdvisor,
        Operation.MANAGE_FREE_SLOTS);
    assertRefusedAndAudited(
        () ->
            world
                .cancelingAppointments()
                .cancel(homeCare, new CancelAppointmentCommand(jonass.id(), 0, ILL)),
        homeCare,
        Operation.CANCEL_APPOINTMENT);
  }

  @Test
  void lowAssurance_isRefusedEvenOnOwnData() {
    Actor jonasLow = Actor.citizen(cph.jonas().id(), AssuranceLevel.LOW);
    Actor caseworkerLow = Actor.staff(cph.caseworker().id(), AssuranceLevel.LOW);

    assertRefusedAndAudited(
        () ->
            world
                .cancelingAppointments()
                .cancel(jonasLow, new CancelAppointmentCommand(jonass.id(), 0, ILL)),
        jonasLow,
        Operation.CANCEL_APPOINTMENT);
    assertRefusedAndAudited(
        () ->
            world
                .movingAppointments()
                .move(jonasLow, MoveAppointmentCommand.toSlot(jonass.id(), 0, slot.id())),
        jonasLow,
        Operation.MOVE_APPOINTMENT);
    assertRefusedAndAudited(
        () -> world.recordingAttendance().record(caseworkerLow, jonass.id(), 0, true),
        caseworkerLow,
        Operation.RECORD_ATTENDANCE);
    assertThat(world.audit().refusals(10))
        .extracting(AuditRecord::reason)
        .containsOnly("requires assurance level SUBSTANTIAL");
  }

  @Test
  void aRefusal_neverNamesTheData() {
    assertThatThrownBy(
            () ->
                world
                    .cancelingAppointments()
                    .cancel(world.asJonas(), new CancelAppointmentCommand(karens.id(), 0, ILL)))
        .hasMessage("CANCEL_APPOINTMENT refused: not the citizen's own data");
  }
}
