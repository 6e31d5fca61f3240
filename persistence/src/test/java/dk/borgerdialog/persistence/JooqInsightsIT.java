package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.NOW;
import static dk.borgerdialog.persistence.Fixture.reminder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.insight.model.Insights;
import dk.borgerdialog.insight.model.UnitInsights;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.reminder.model.Reminder;
import dk.borgerdialog.reminder.model.ReminderStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqInsightsIT {

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
    /** The period is the week [P0, P0 + 7 days), a fortnight before the tests' now. */
    private static final Instant P0 = NOW.minus(Duration.ofDays(14));

    private static final Instant TO = P0.plus(Duration.ofDays(7));
    private static final Instant LONG_AGO = P0.minus(Duration.ofDays(30));

    Contract(Database database) {
      super(database);
    }

    Insights insights() {
      return persistence.insights();
    }

    private static Instant day(int days, int hour) {
      return P0.plus(Duration.ofDays(days)).plus(Duration.ofHours(hour));
    }

    private static Instant daysFromP0(int days) {
      return P0.plus(Duration.ofDays(days));
    }

    private Appointment store(
        Course course,
        Instant start,
        AppointmentStatus status,
        @Nullable CancellationReason reason,
        Instant bookedAt,
        Instant changedAt) {
      return store(
          AppointmentId.random(), course, start, status, reason, null, null, bookedAt, changedAt);
    }

    private Appointment store(
        AppointmentId id,
        Course course,
        Instant start,
        AppointmentStatus status,
        @Nullable CancellationReason reason,
        @Nullable AppointmentId replaces,
        @Nullable AppointmentId replacedBy,
        Instant bookedAt,
        Instant changedAt) {
      Appointment a =
          new Appointment(
              id,
              course.id(),
              course.citizen(),
              course.unit(),
              Fixture.CONVERSATION,
              start,
              start.plus(Duration.ofHours(1)),
              AppointmentMode.phone(),
              List.of(fixture.nurse.id()),
              status,
              reason,
              reason == null ? null : ActorKind.STAFF,
              replaces,
              replacedBy,
              null,
              bookedAt,
              changedAt,
              0);
      persistence.appointments().add(a);
      return a;
    }

    private Appointment marked(Course course, Instant start, AppointmentStatus status) {
      return store(course, start, status, null, LONG_AGO, start.plus(Duration.ofHours(1)));
    }

    private Appointment cancelled(
        Course course, Instant start, CancellationReason reason, Instant at) {
      return store(course, start, AppointmentStatus.CANCELLED, reason, LONG_AGO, at);
    }

    private Appointment bookedAt(Course course, Instant start, Instant bookedAt) {
      return store(course, start, AppointmentStatus.BOOKED, null, bookedAt, bookedAt);
    }

    private void reminders(Appointment appointment, int hours, ReminderStatus status) {
      Reminder planned = reminder(appointment, Duration.ofHours(hours));
      Reminder r =
          status == ReminderStatus.SENT
              ? planned.sent(ChannelKind.SMS, planned.dueAt())
              : status == ReminderStatus.PENDING ? planned : planned.withStatus(status);
      persistence.reminders().addAll(List.of(r));
    }

    @Test
    void figures_of_a_hand_built_week_match_the_definitions() {
      Course c1 = fixture.course(fixture.citizen(), fixture.unit, LONG_AGO);
      Course c2 = fixture.course(fixture.citizen(), fixture.unit, LONG_AGO);
      Course elsewhere = fixture.course(fixture.citizen(), fixture.otherUnit, LONG_AGO);

      // marked, with and without sent reminders
      Appointment a1 = marked(c1, day(1, 9), AppointmentStatus.ATTENDED);
      reminders(a1, 72, ReminderStatus.SENT);
      reminders(a1, 24, ReminderStatus.SENT);
      Appointment a2 = marked(c1, day(1, 13), AppointmentStatus.NO_SHOW);
      reminders(a2, 24, ReminderStatus.SENT);
      reminders(a2, 2, ReminderStatus.UNDELIVERED);
      Appointment a3 = marked(c1, day(2, 9), AppointmentStatus.NO_SHOW);
      reminders(a3, 24, ReminderStatus.UNDELIVERED);
      marked(c1, day(2, 13), AppointmentStatus.ATTENDED); // a4: no reminder at all

      // A5 cancelled 5 days before P0 and rebooked 2 days later (A6, after the period)
      cancelled(
          c1, day(3, 9), CancellationReason.of(CancellationReasonCode.ILLNESS), daysFromP0(-5));
      bookedAt(c1, day(20, 9), daysFromP0(-3));
      // A7 cancelled a day before P0: only a move's replacement (A8) and a booking 14 days and
      // a second later (A9) follow, so it is not rebooked
      Instant a7CancelledAt = daysFromP0(-1);
      cancelled(
          c1, day(4, 9), CancellationReason.of(CancellationReasonCode.ILLNESS), a7CancelledAt);
      bookedAt(c1, day(30, 9), a7CancelledAt.plus(Duration.ofDays(14)).plusSeconds(1));
      AppointmentId movedId = AppointmentId.random();
      AppointmentId a8Id = AppointmentId.random();
      Appointment moved =
          store(movedId, c1, day(5, 9), AppointmentStatus.MOVED, null, null, a8Id, LONG_AGO, P0);
      reminders(moved, 96, ReminderStatus.SENT); // sent before the move: not counted
      Appointment a8 =
          store(
              a8Id,
              c1,
              day(5, 13),
              AppointmentStatus.ATTENDED,
              null,
              movedId,
              null,
              P0,
              day(5, 14));
      reminders(a8, 2, ReminderStatus.SENT);

      // A10 cancelled and rebooked (A11) exactly 14 days later, the window's last instant
      Instant a10CancelledAt = daysFromP0(-20);
      cancelled(
          c2, day(3, 9), CancellationReason.of(CancellationReasonCode.TRANSPORT), a10CancelledAt);
      store(
          c2,
          day(6, 9),
          AppointmentStatus.NO_SHOW,
          null,
          a10CancelledAt.plus(Duration.ofDays(14)),
          day(6, 10));
      // A12 cancelled after A11 was booked; A6 in the other course does not rebook it
      cancelled(
          c2,
          day(6, 13),
          CancellationReason.of(CancellationReasonCode.OTHER, "Flytter"),
          daysFromP0(-5));

      // still booked, ended: counted and unmarked; A15 on the period's first instant
      Appointment a15 = bookedAt(c2, P0, LONG_AGO);
      Appointment a17 = bookedAt(c2, day(2, 15), LONG_AGO);

      // outside the period or the unit
      marked(c1, P0.minusSeconds(1), AppointmentStatus.ATTENDED);
      marked(c1, TO, AppointmentStatus.NO_SHOW);
      Appointment other = marked(elsewhere, day(1, 9), AppointmentStatus.NO_SHOW);
      reminders(other, 24, ReminderStatus.SENT);
      bookedAt(elsewhere, day(1, 11), LONG_AGO);

      UnitInsights figures = insights().of(fixture.unit.id(), P0, TO);

      // A1, A2, A3, A4, A5, A7, A8, A10, A11, A12, A15, A17
      assertThat(figures.appointments()).isEqualTo(12);
      assertThat(figures.attended()).isEqualTo(3); // A1, A4, A8
      assertThat(figures.noShows()).isEqualTo(3); // A2, A3, A11
      assertThat(figures.noShowRate()).isEqualTo(0.5);
      assertThat(figures.cancellations()).isEqualTo(4); // A5, A7, A10, A12
      assertThat(figures.cancellationsByReason())
          .containsEntry(CancellationReasonCode.ILLNESS, 2L)
          .containsEntry(CancellationReasonCode.TRANSPORT, 1L)
          .containsEntry(CancellationReasonCode.OTHER, 1L)
          .containsEntry(CancellationReasonCode.FAMILY, 0L);
      assertThat(figures.rebooked()).isEqualTo(2); // A5, A10
      // with a sent reminder: A1 (attended), A2 (no-show), A8 (attended)
      assertThat(figures.markedWithReminder()).isEqualTo(3);
      assertThat(figures.noShowRateWithReminder()).isCloseTo(1.0 / 3, within(1e-9));
      // without: A3 (only an undelivered one), A4, A11
      assertThat(figures.markedWithoutReminder()).isEqualTo(3);
      assertThat(figures.noShowRateWithoutReminder()).isCloseTo(2.0 / 3, within(1e-9));
      // 72 h: A1; 24 h: A1, A2; 2 h: A8 (A2's was undelivered); 96 h only on the moved one
      assertThat(figures.noShowRateByReminderOffset())
          .containsExactly(
              org.assertj.core.api.Assertions.entry(Duration.ofHours(72), 0.0),
              org.assertj.core.api.Assertions.entry(Duration.ofHours(24), 0.5),
              org.assertj.core.api.Assertions.entry(Duration.ofHours(2), 0.0));

      assertThat(insights().unmarked(fixture.unit.id(), NOW, 10)).containsExactly(a15, a17);
      assertThat(insights().unmarked(fixture.unit.id(), NOW, 1)).containsExactly(a15);
      assertThat(insights().unmarked(fixture.unit.id(), a17.end(), 10)).containsExactly(a15);
    }

    @Test
    void a_unit_without_appointments_has_zero_figures() {
      UnitInsights figures = insights().of(fixture.otherUnit.id(), P0, TO);

      assertThat(figures.appointments()).isZero();
      assertThat(figures.noShowRate()).isZero();
      assertThat(figures.rebooked()).isZero();
      assertThat(figures.cancellationsByReason().values()).containsOnly(0L);
      assertThat(figures.noShowRateByReminderOffset()).isEmpty();
      assertThat(insights().unmarked(fixture.otherUnit.id(), NOW, 10)).isEmpty();
    }
  }
}
