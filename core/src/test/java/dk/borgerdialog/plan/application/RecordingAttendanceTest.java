package dk.borgerdialog.plan.application;

import static dk.borgerdialog.testfixtures.InMemoryPlanWorld.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.access.Operation;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.UnableToChangeException;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.testfixtures.InMemoryPlanWorld;
import org.junit.jupiter.api.Test;

class RecordingAttendanceTest {
  private final InMemoryPlanWorld world = InMemoryPlanWorld.create();
  private final InMemoryPlanWorld.Copenhagen cph = world.copenhagen();

  @Test
  void attended_onceStarted() {
    Appointment booked = world.bookForJonas("2026-01-12T09:00");
    world.clock().set(local("2026-01-12T09:00"));

    Appointment marked =
        world.recordingAttendance().record(world.asCaseworker(), booked.id(), 0, true);

    assertThat(marked.status()).isEqualTo(AppointmentStatus.ATTENDED);
    assertThat(marked.version()).isEqualTo(1);
    assertThat(marked.changedAt()).isEqualTo(world.now());
    assertThat(world.reload(booked)).isEqualTo(marked);
    assertThat(world.events().typesFor(booked.id().value()))
        .containsExactly("appointment.booked", "appointment.attended");
    assertThat(world.audit().about(cph.jonas().id(), 1).get(0).operation())
        .isEqualTo(Operation.RECORD_ATTENDANCE);
  }

  @Test
  void noShow_afterTheStart_andMayBeCorrected() {
    Appointment booked = world.bookForJonas("2026-01-12T09:00");
    world.clock().set(local("2026-01-12T09:30"));

    Appointment noShow =
        world.recordingAttendance().record(world.asCaseworker(), booked.id(), 0, false);
    Appointment corrected =
        world.recordingAttendance().record(world.asCaseworker(), booked.id(), 1, true);

    assertThat(noShow.status()).isEqualTo(AppointmentStatus.NO_SHOW);
    assertThat(corrected.status()).isEqualTo(AppointmentStatus.ATTENDED);
    assertThat(world.events().typesFor(booked.id().value()))
        .containsExactly("appointment.booked", "appointment.no-show", "appointment.attended");
  }

  @Test
  void beforeTheStart_isRefusedAndChangesNothing() {
    Appointment booked = world.bookForJonas("2026-01-12T09:00");
    world.clock().set(local("2026-01-12T08:59:59"));
    InMemoryPlanWorld.Snapshot before = world.snapshot();

    for (boolean attended : new boolean[] {true, false}) {
      assertThatThrownBy(
              () ->
                  world
                      .recordingAttendance()
                      .record(world.asCaseworker(), booked.id(), 0, attended))
          .isInstanceOfSatisfying(
              UnableToChangeException.class,
              e -> assertThat(e.rule()).isEqualTo("appointment.not-started"));
    }
    assertThat(world.snapshot()).isEqualTo(before);
  }

  @Test
  void cancelledOrMoved_isRefusedAsNotBooked() {
    Appointment cancelled = world.bookForJonas("2026-01-12T09:00");
    world
        .cancelingAppointments()
        .cancel(
            world.asCaseworker(),
            new CancelAppointmentCommand(
                cancelled.id(), 0, CancellationReason.of(CancellationReasonCode.UNIT_CANCELLED)));
    Appointment moved = world.bookForJonas("2026-01-13T09:00");
    world
        .movingAppointments()
        .move(
            world.asCaseworker(),
            MoveAppointmentCommand.toTime(
                moved.id(), 0, local("2026-01-13T11:00"), local("2026-01-13T12:00")));
    world.clock().set(local("2026-01-14T09:00"));

    assertThatThrownBy(
            () ->
                world.recordingAttendance().record(world.asCaseworker(), cancelled.id(), 1, false))
        .isInstanceOfSatisfying(
            UnableToChangeException.class,
            e -> assertThat(e.rule()).isEqualTo("appointment.not-booked"));
    assertThatThrownBy(
            () -> world.recordingAttendance().record(world.asCaseworker(), moved.id(), 1, false))
        .isInstanceOfSatisfying(
            UnableToChangeException.class,
            e -> assertThat(e.rule()).isEqualTo("appointment.not-booked"));
  }

  @Test
  void theCitizen_cannotRecordAttendance() {
    Appointment booked = world.bookForJonas("2026-01-12T09:00");
    world.clock().set(local("2026-01-12T09:30"));

    assertThatThrownBy(
            () -> world.recordingAttendance().record(world.asJonas(), booked.id(), 0, true))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(world.reload(booked).status()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(world.audit().refusals(5)).hasSize(1);
  }

  @Test
  void staffOfAnotherUnit_cannotRecordAttendance() {
    Appointment booked = world.bookForJonas("2026-01-12T09:00");
    world.clock().set(local("2026-01-12T09:30"));

    assertThatThrownBy(
            () ->
                world.recordingAttendance().record(world.asHousingAdvisor(), booked.id(), 0, true))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                world.recordingAttendance().record(world.asHomeCareWorker(), booked.id(), 0, true))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(world.reload(booked)).isEqualTo(booked);
    assertThat(world.audit().refusals(5)).hasSize(2);
  }

  @Test
  void staleVersion_isAConflict() {
    Appointment booked = world.bookForJonas("2026-01-12T09:00");
    world.clock().set(local("2026-01-12T09:30"));
    InMemoryPlanWorld.Snapshot before = world.snapshot();

    assertThatThrownBy(
            () -> world.recordingAttendance().record(world.asCaseworker(), booked.id(), 3, true))
        .isInstanceOf(ConflictException.class);
    assertThat(world.snapshot().appointments()).isEqualTo(before.appointments());
    assertThat(world.snapshot().events()).isEqualTo(before.events());
  }

  @Test
  void missingAppointment_isInvalidInput() {
    assertThatThrownBy(
            () -> world.recordingAttendance().record(world.asCaseworker(), null, 0, true))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("appointment"));
  }
}
