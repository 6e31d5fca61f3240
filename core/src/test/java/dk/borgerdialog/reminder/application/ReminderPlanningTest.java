package dk.borgerdialog.reminder.application;

import static dk.borgerdialog.testfixtures.InMemoryPlanWorld.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.UnableToChangeException;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.plan.application.CancelAppointmentCommand;
import dk.borgerdialog.plan.application.MoveAppointmentCommand;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.plan.model.FreeSlot;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.QuietHours;
import dk.borgerdialog.reminder.model.Reminder;
import dk.borgerdialog.reminder.model.ReminderId;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import dk.borgerdialog.reminder.model.ReminderStatus;
import dk.borgerdialog.testfixtures.InMemoryPlanWorld;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reminders are planned, replaced and withdrawn by the booking, move and cancel use cases. */
class ReminderPlanningTest {
  private static final CancellationReason ILL =
      CancellationReason.of(CancellationReasonCode.ILLNESS);

  private final InMemoryPlanWorld world = InMemoryPlanWorld.create();
  private final InMemoryPlanWorld.Copenhagen cph = world.copenhagen();

  private List<Reminder> remindersOf(Appointment appointment) {
    return world.reminders().of(appointment.id());
  }

  private static List<Instant> dueTimes(List<Reminder> reminders) {
    return reminders.stream().map(Reminder::dueAt).toList();
  }

  private static Map<ReminderId, Instant> byId(List<Reminder> reminders) {
    return reminders.stream().collect(Collectors.toMap(Reminder::id, Reminder::dueAt));
  }

  private Reminder markSent(Reminder reminder, Instant at) {
    return world.reminders().update(reminder.sent(ChannelKind.SMS, at));
  }

  private Appointment cancel(Appointment appointment) {
    return world
        .cancelingAppointments()
        .cancel(
            world.asCaseworker(),
            new CancelAppointmentCommand(appointment.id(), appointment.version(), ILL));
  }

  // ---- booking

  @Test
  void booking_plansTheDefaultReminders_andSchedulesEachAtItsDueTime() {
    Appointment booked = world.bookForJonas("2026-01-12T10:00");

    List<Reminder> reminders = remindersOf(booked);

    assertThat(dueTimes(reminders))
        .containsExactly(local("2026-01-11T10:00"), local("2026-01-12T08:00"));
    assertThat(reminders)
        .allSatisfy(
            r -> {
              assertThat(r.status()).isEqualTo(ReminderStatus.PENDING);
              assertThat(r.citizen()).isEqualTo(cph.jonas().id());
              assertThat(r.unit()).isEqualTo(cph.treatment().id());
              assertThat(r.appointmentStart()).isEqualTo(booked.start());
            });
    assertThat(world.reminderScheduler().scheduled()).isEqualTo(byId(reminders));
  }

  @Test
  void booking_usesTheUnitsPolicy() {
    world
        .reminderPolicies()
        .set(
            cph.treatment().id(),
            new ReminderPolicy(
                List.of(
                    Duration.ofHours(72),
                    Duration.ofHours(24),
                    Duration.ofHours(2),
                    Duration.ofMinutes(45)),
                false));

    Appointment booked = world.bookForJonas("2026-01-12T12:00");

    assertThat(dueTimes(remindersOf(booked)))
        .containsExactly(
            local("2026-01-09T12:00"),
            local("2026-01-11T12:00"),
            local("2026-01-12T10:00"),
            local("2026-01-12T11:15"));
    assertThat(world.reminderScheduler().scheduled()).hasSize(4);
  }

  @Test
  void booking_inAnotherUnit_usesThatUnitsPolicy() {
    world.reminderPolicies().set(cph.treatment().id(), ReminderPolicy.hoursBefore(72));

    Appointment karens = world.bookForKaren("2026-01-12T12:00");

    assertThat(dueTimes(remindersOf(karens)))
        .containsExactly(local("2026-01-11T12:00"), local("2026-01-12T10:00"));
  }

  @Test
  void booking_criticalPolicy_keepsANightTime() {
    world
        .reminderPolicies()
        .set(cph.treatment().id(), new ReminderPolicy(List.of(Duration.ofHours(2)), true));

    Appointment booked = world.bookForJonas("2026-01-12T07:30");

    assertThat(dueTimes(remindersOf(booked))).containsExactly(local("2026-01-12T05:30"));
  }

  @Test
  void booking_withoutContactPreferences_keepsTheDefaultQuietHours() {
    Appointment booked = world.bookForJonas("2026-01-12T08:30");

    // 24 h before is 08:30 on Sunday; 2 h before, 06:30, moves to 20:45 on Sunday
    assertThat(dueTimes(remindersOf(booked)))
        .containsExactly(local("2026-01-11T08:30"), local("2026-01-11T20:45"));
  }

  @Test
  void booking_usesTheCitizensQuietHours() {
    world
        .contactPreferences()
        .save(
            new ContactPreferences(
                cph.jonas().id(),
                List.of(ChannelKind.SMS),
                null,
                "+4520304050",
                new QuietHours(LocalTime.of(22, 30), LocalTime.of(6, 0)),
                Set.of(),
                0));

    Appointment early = world.bookForJonas("2026-01-12T08:30");
    Appointment late = world.bookForJonas("2026-01-13T07:00");

    // 06:30 is after his quiet hours and stays; 05:00 moves to 22:15, a quarter before they begin
    assertThat(dueTimes(remindersOf(early)))
        .containsExactly(local("2026-01-11T08:30"), local("2026-01-12T06:30"));
    assertThat(dueTimes(remindersOf(late)))
        .containsExactly(local("2026-01-12T07:00"), local("2026-01-12T22:15"));
  }

  @Test
  void booking_soonerThanEveryOffset_plansNothing() {
    Appointment booked = world.bookForJonas("2026-01-05T11:30");

    assertThat(remindersOf(booked)).isEmpty();
    assertThat(world.reminderScheduler().scheduled()).isEmpty();
  }

  @Test
  void booking_acrossTheSpringChange_remindsAnExactDayBefore() {
    world.clock().set(local("2026-03-20T10:00"));

    Appointment monday = world.bookForJonas("2026-03-30T09:00");

    assertThat(dueTimes(remindersOf(monday)))
        .containsExactly(
            Instant.parse("2026-03-29T07:00:00Z"), // Sunday 09:00 CEST
            Instant.parse("2026-03-29T18:45:00Z")); // 07:00 moved to Sunday 20:45 CEST
  }

  // ---- moving

  @Test
  void move_withdrawsTheOldPendingReminders_andPlansTheReplacements() {
    Appointment monday = world.bookForJonas("2026-01-12T09:00");
    FreeSlot wednesday = world.offerTreatmentSlot("2026-01-14T13:00");
    List<Reminder> old = remindersOf(monday);
    world.clock().set(local("2026-01-11T20:00"));

    Appointment replacement =
        world
            .movingAppointments()
            .move(
                world.asJonas(),
                MoveAppointmentCommand.toSlot(monday.id(), monday.version(), wednesday.id()));

    assertThat(remindersOf(monday))
        .hasSize(old.size())
        .allSatisfy(r -> assertThat(r.status()).isEqualTo(ReminderStatus.WITHDRAWN));
    List<Reminder> planned = remindersOf(replacement);
    assertThat(dueTimes(planned))
        .containsExactly(local("2026-01-13T13:00"), local("2026-01-14T11:00"));
    assertThat(world.reminderScheduler().scheduled()).isEqualTo(byId(planned));
  }

  @Test
  void move_leavesASentReminderAlone() {
    Appointment monday = world.bookForJonas("2026-01-12T09:00");
    Reminder dayBefore = remindersOf(monday).get(0);
    world.clock().set(dayBefore.dueAt());
    Reminder sent = markSent(dayBefore, world.now());
    world.clock().set(local("2026-01-11T20:00"));

    Appointment replacement =
        world
            .movingAppointments()
            .move(
                world.asCaseworker(),
                MoveAppointmentCommand.toTime(
                    monday.id(),
                    monday.version(),
                    local("2026-01-14T13:00"),
                    local("2026-01-14T14:00")));

    Map<ReminderId, Reminder> after =
        remindersOf(monday).stream().collect(Collectors.toMap(Reminder::id, Function.identity()));
    assertThat(after.get(sent.id())).isEqualTo(sent);
    Reminder withdrawn =
        after.values().stream().filter(r -> !r.id().equals(sent.id())).findFirst().orElseThrow();
    assertThat(withdrawn.status()).isEqualTo(ReminderStatus.WITHDRAWN);
    assertThat(world.reminderScheduler().scheduled())
        .doesNotContainKey(withdrawn.id())
        .containsAllEntriesOf(byId(remindersOf(replacement)));
  }

  // ---- cancelling

  @Test
  void cancel_withdrawsEveryPendingReminder_andUnschedulesThem() {
    Appointment booked = world.bookForJonas("2026-01-12T10:00");
    world.clock().set(local("2026-01-08T10:00"));

    cancel(booked);

    assertThat(remindersOf(booked))
        .hasSize(2)
        .allSatisfy(
            r -> {
              assertThat(r.status()).isEqualTo(ReminderStatus.WITHDRAWN);
              assertThat(r.sentVia()).isNull();
              assertThat(r.version()).isEqualTo(1);
            });
    assertThat(world.reminderScheduler().scheduled()).isEmpty();
  }

  @Test
  void cancel_afterAReminderWasSent_leavesTheSentOneAlone() {
    Appointment booked = world.bookForJonas("2026-01-12T10:00");
    Reminder dayBefore = remindersOf(booked).get(0);
    Reminder twoHours = remindersOf(booked).get(1);
    world.clock().set(dayBefore.dueAt());
    Reminder sent = markSent(dayBefore, world.now());
    world.clock().set(local("2026-01-11T18:00"));

    cancel(booked);

    assertThat(world.reminders().byId(sent.id())).contains(sent);
    assertThat(world.reminders().byId(twoHours.id()).orElseThrow().status())
        .isEqualTo(ReminderStatus.WITHDRAWN);
    assertThat(world.reminderScheduler().scheduled()).doesNotContainKey(twoHours.id());
  }

  @Test
  void cancel_otherAppointmentsKeepTheirReminders() {
    Appointment first = world.bookForJonas("2026-01-12T10:00");
    Appointment second = world.bookForJonas("2026-01-13T10:00");

    cancel(first);

    assertThat(remindersOf(second))
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.status()).isEqualTo(ReminderStatus.PENDING));
    assertThat(world.reminderScheduler().scheduled()).isEqualTo(byId(remindersOf(second)));
  }

  @Test
  void refusedCancel_leavesTheRemindersPendingAndScheduled() {
    Appointment booked = world.bookForJonas("2026-01-12T10:00");
    Map<ReminderId, Instant> scheduled = world.reminderScheduler().scheduled();
    world.clock().set(local("2026-01-12T09:00")); // after Jonas's 12-hour deadline

    assertThatThrownBy(
            () ->
                world
                    .cancelingAppointments()
                    .cancel(
                        world.asJonas(),
                        new CancelAppointmentCommand(booked.id(), booked.version(), ILL)))
        .isInstanceOf(UnableToChangeException.class);

    assertThat(remindersOf(booked))
        .allSatisfy(r -> assertThat(r.status()).isEqualTo(ReminderStatus.PENDING));
    assertThat(world.reminderScheduler().scheduled()).isEqualTo(scheduled);
  }
}
