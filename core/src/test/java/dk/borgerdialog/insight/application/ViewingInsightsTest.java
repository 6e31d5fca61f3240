package dk.borgerdialog.insight.application;

import static dk.borgerdialog.testfixtures.InMemoryPlanWorld.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dk.borgerdialog.access.Operation;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.insight.model.UnitInsights;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.application.CancelAppointmentCommand;
import dk.borgerdialog.plan.application.MoveAppointmentCommand;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.reminder.model.Reminder;
import dk.borgerdialog.testfixtures.InMemoryPlanWorld;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ViewingInsightsTest {
  private static final Instant FROM = local("2026-01-12T00:00");
  private static final Instant TO = local("2026-01-19T00:00");

  private final InMemoryPlanWorld world = InMemoryPlanWorld.create();
  private final UnitId treatment = world.copenhagen().treatment().id();

  @Test
  void insights_countAttendanceCancellationsRebookingsAndReminders_asDefined() {
    // booked on Monday 5 January, 10:00
    Appointment monAttended = world.bookForJonas("2026-01-12T09:00");
    Appointment tueNoShow = world.bookForJonas("2026-01-13T09:00");
    Appointment wedNoShow = world.bookForJonas("2026-01-14T09:00");
    Appointment thuCancelled = world.bookForJonas("2026-01-15T09:00");
    Appointment friCancelled = world.bookForJonas("2026-01-16T09:00");
    Appointment toMove = world.bookForJonas("2026-01-12T13:00");
    Appointment satUnmarked = world.bookForJonas("2026-01-17T09:00");
    Appointment satAttended = world.bookForJonas("2026-01-17T11:00");
    world.bookForJonas("2026-01-22T09:00"); // after the period
    world.bookForKaren("2026-01-13T09:00"); // another unit

    world.clock().set(local("2026-01-05T11:00"));
    cancel(thuCancelled, CancellationReasonCode.ILLNESS);
    world.clock().set(local("2026-01-06T10:00"));
    world.bookForJonas("2026-01-20T09:00"); // rebooks Thursday's, a day after its cancellation
    world.clock().set(local("2026-01-07T10:00"));
    cancel(friCancelled, CancellationReasonCode.TRANSPORT);
    world.clock().set(local("2026-01-08T10:00"));
    Appointment moved = // a replacement is no rebooking of Friday's
        world
            .movingAppointments()
            .move(
                world.asCaseworker(),
                MoveAppointmentCommand.toTime(
                    toMove.id(), 0, local("2026-01-13T13:00"), local("2026-01-13T14:00")));

    send(monAttended, 24);
    send(tueNoShow, 24);
    send(tueNoShow, 2);
    send(satAttended, 24);
    world.clock().set(local("2026-01-19T08:00"));
    mark(monAttended, true);
    mark(tueNoShow, false);
    mark(wedNoShow, false);
    mark(moved, true);
    mark(satAttended, true);

    UnitInsights figures =
        world.viewingInsights().insights(world.asCaseworker(), treatment, FROM, TO);

    // counted: Mon, Tue, Wed, Thu, Fri, the moved one's replacement, both on Saturday
    assertThat(figures.appointments()).isEqualTo(8);
    assertThat(figures.attended()).isEqualTo(3);
    assertThat(figures.noShows()).isEqualTo(2);
    assertThat(figures.noShowRate()).isEqualTo(0.4);
    assertThat(figures.cancellations()).isEqualTo(2);
    assertThat(figures.cancellationsByReason().keySet())
        .containsExactly(CancellationReasonCode.values());
    assertThat(figures.cancellationsByReason())
        .containsEntry(CancellationReasonCode.ILLNESS, 1L)
        .containsEntry(CancellationReasonCode.TRANSPORT, 1L)
        .containsEntry(CancellationReasonCode.OTHER, 0L);
    assertThat(figures.rebooked()).isEqualTo(1);
    // with a sent reminder: Mon (attended), Tue (no-show), Sat 11:00 (attended)
    assertThat(figures.markedWithReminder()).isEqualTo(3);
    assertThat(figures.noShowRateWithReminder()).isCloseTo(1.0 / 3, within(1e-9));
    // without: Wed (no-show) and the replacement (attended)
    assertThat(figures.markedWithoutReminder()).isEqualTo(2);
    assertThat(figures.noShowRateWithoutReminder()).isEqualTo(0.5);
    assertThat(figures.noShowRateByReminderOffset().keySet())
        .containsExactly(Duration.ofHours(24), Duration.ofHours(2));
    assertThat(figures.noShowRateByReminderOffset().get(Duration.ofHours(24)))
        .isCloseTo(1.0 / 3, within(1e-9));
    assertThat(figures.noShowRateByReminderOffset().get(Duration.ofHours(2))).isEqualTo(1.0);
    assertThat(world.audit().all())
        .last()
        .satisfies(
            r -> {
              assertThat(r.operation()).isEqualTo(Operation.VIEW_INSIGHTS);
              assertThat(r.allowed()).isTrue();
            });
    assertThat(world.viewingInsights().unmarked(world.asCaseworker(), treatment, 10))
        .extracting(Appointment::id)
        .containsExactly(satUnmarked.id());
  }

  @Test
  void insights_ofAnEmptyPeriod_areZero() {
    UnitInsights figures = world.viewingInsights().insights(world.asSystem(), treatment, FROM, TO);

    assertThat(figures.appointments()).isZero();
    assertThat(figures.noShowRate()).isZero();
    assertThat(figures.noShowRateWithReminder()).isZero();
    assertThat(figures.noShowRateByReminderOffset()).isEmpty();
    assertThat(figures.cancellationsByReason().values()).containsOnly(0L);
  }

  @Test
  void unmarked_listsBookedAppointmentsThatEnded_oldestFirst_upToTheLimit() {
    Appointment second = world.bookForJonas("2026-01-13T09:00");
    Appointment first = world.bookForJonas("2026-01-12T09:00");
    Appointment marked = world.bookForJonas("2026-01-12T12:00");
    world.bookForJonas("2026-01-13T10:00"); // ends 11:00, after now
    world.clock().set(local("2026-01-13T10:30"));
    mark(marked, false);

    assertThat(world.viewingInsights().unmarked(world.asCaseworker(), treatment, 10))
        .extracting(Appointment::id)
        .containsExactly(first.id(), second.id());
    assertThat(world.viewingInsights().unmarked(world.asCaseworker(), treatment, 1))
        .extracting(Appointment::id)
        .containsExactly(first.id());
  }

  @Test
  void citizensAndStaffOfOtherUnits_areRefused() {
    assertThatThrownBy(() -> world.viewingInsights().insights(world.asJonas(), treatment, FROM, TO))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> world.viewingInsights().unmarked(world.asJonas(), treatment, 10))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> world.viewingInsights().insights(world.asHousingAdvisor(), treatment, FROM, TO))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(world.audit().refusals(10))
        .extracting(r -> r.operation())
        .containsOnly(Operation.VIEW_INSIGHTS)
        .hasSize(3);
  }

  @Test
  void insights_refuseAnEmptyOrBackwardsPeriod_namingTo() {
    for (Instant to : new Instant[] {FROM, FROM.minusSeconds(1)}) {
      assertThatThrownBy(
              () -> world.viewingInsights().insights(world.asCaseworker(), treatment, FROM, to))
          .isInstanceOfSatisfying(
              InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }
  }

  @Test
  void insights_coverAtMostAYear() {
    Instant yearLater = FROM.plus(ViewingInsights.MAX_PERIOD);
    world.viewingInsights().insights(world.asCaseworker(), treatment, FROM, yearLater);

    assertThatThrownBy(
            () ->
                world
                    .viewingInsights()
                    .insights(world.asCaseworker(), treatment, FROM, yearLater.plusSeconds(1)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("to"));
    assertThat(world.audit().all()).hasSize(1);
  }

  @Test
  void unmarked_refusesALimitOutOfRange() {
    for (int limit : new int[] {0, ViewingInsights.MAX_LIST + 1}) {
      assertThatThrownBy(
              () -> world.viewingInsights().unmarked(world.asCaseworker(), treatment, limit))
          .isInstanceOfSatisfying(
              InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("limit"));
    }
  }

  private void cancel(Appointment appointment, CancellationReasonCode code) {
    world
        .cancelingAppointments()
        .cancel(
            world.asCaseworker(),
            new CancelAppointmentCommand(
                appointment.id(),
                world.reload(appointment).version(),
                CancellationReason.of(code)));
  }

  private void mark(Appointment appointment, boolean attended) {
    world
        .recordingAttendance()
        .record(
            world.asCaseworker(), appointment.id(), world.reload(appointment).version(), attended);
  }

  /** Marks the appointment's reminder with the offset as sent on its due time. */
  private void send(Appointment appointment, int hoursBefore) {
    Reminder reminder =
        world.reminders().of(appointment.id()).stream()
            .filter(r -> r.offset().equals(Duration.ofHours(hoursBefore)))
            .findFirst()
            .orElseThrow();
    world.reminders().update(reminder.sent(ChannelKind.IN_APP, reminder.dueAt()));
  }
}
