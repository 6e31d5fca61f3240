package dk.borgerdialog.plan.model;

import static dk.borgerdialog.testfixtures.InMemoryPlanWorld.local;
import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.common.DomainEvent;
import dk.borgerdialog.plan.application.CancelAppointmentCommand;
import dk.borgerdialog.plan.application.MoveAppointmentCommand;
import dk.borgerdialog.testfixtures.InMemoryPlanWorld;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One event per change, with stable types and ordered attributes of ids, times and codes only. */
class AppointmentEventsTest {
  private final InMemoryPlanWorld world = InMemoryPlanWorld.create();

  @Test
  void everyChange_recordsOneEventOfItsType() {
    Appointment cancelled = world.bookForJonas("2026-01-12T09:00");
    Appointment moved = world.bookForJonas("2026-01-13T09:00");
    Appointment attended = world.bookForJonas("2026-01-06T09:00");
    Appointment noShow = world.bookForJonas("2026-01-06T11:00");
    world
        .cancelingAppointments()
        .cancel(
            world.asJonas(),
            new CancelAppointmentCommand(
                cancelled.id(),
                0,
                CancellationReason.of(CancellationReasonCode.OTHER, "Jeg skal til tandlæge")));
    Appointment replacement =
        world
            .movingAppointments()
            .move(
                world.asCaseworker(),
                MoveAppointmentCommand.toTime(
                    moved.id(), 0, local("2026-01-13T13:00"), local("2026-01-13T14:00")));
    world.clock().set(local("2026-01-06T12:00"));
    world.recordingAttendance().record(world.asCaseworker(), attended.id(), 0, true);
    world.recordingAttendance().record(world.asCaseworker(), noShow.id(), 0, false);

    assertThat(world.events().typesFor(cancelled.id().value()))
        .containsExactly("appointment.booked", "appointment.cancelled");
    assertThat(world.events().typesFor(moved.id().value()))
        .containsExactly("appointment.booked", "appointment.moved");
    assertThat(world.events().typesFor(replacement.id().value()))
        .containsExactly("appointment.booked");
    assertThat(world.events().typesFor(attended.id().value()))
        .containsExactly("appointment.booked", "appointment.attended");
    assertThat(world.events().typesFor(noShow.id().value()))
        .containsExactly("appointment.booked", "appointment.no-show");
    assertThat(world.events().all()).hasSize(9).allSatisfy(this::carriesNoFreeText);
  }

  private void carriesNoFreeText(DomainEvent event) {
    assertThat(event.attributes().toString())
        .doesNotContain("tandlæge")
        .doesNotContain("Jonas")
        .doesNotContain("Nørrebrogade");
  }

  @Test
  void attributes_comeInAStableOrder() {
    Appointment cancelled = world.bookForJonas("2026-01-12T09:00");
    Appointment moved = world.bookForJonas("2026-01-13T09:00");
    world
        .cancelingAppointments()
        .cancel(
            world.asJonas(),
            new CancelAppointmentCommand(
                cancelled.id(), 0, CancellationReason.of(CancellationReasonCode.ILLNESS)));
    world
        .movingAppointments()
        .move(
            world.asCaseworker(),
            MoveAppointmentCommand.toTime(
                moved.id(), 0, local("2026-01-13T13:00"), local("2026-01-13T14:00")));
    List<String> common =
        List.of(
            "appointmentId", "citizenId", "courseId", "unitId", "type", "start", "end", "status");

    AppointmentCancelled cancel = world.events().all(AppointmentCancelled.class).get(0);
    AppointmentMoved move = world.events().all(AppointmentMoved.class).get(0);

    assertThat(cancel.attributes().keySet())
        .containsExactlyElementsOf(concat(common, List.of("reason", "cancelledBy")));
    assertThat(move.attributes().keySet())
        .containsExactlyElementsOf(
            concat(common, List.of("replacementId", "replacementStart", "replacementEnd")));
    assertThat(cancel.aggregateId()).isEqualTo(cancelled.id().value());
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
