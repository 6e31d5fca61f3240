package dk.borgerdialog.reminder.application;

import static dk.borgerdialog.notification.model.ChannelKind.EMAIL;
import static dk.borgerdialog.notification.model.ChannelKind.SMS;
import static dk.borgerdialog.testfixtures.InMemoryPlanWorld.local;
import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.common.DomainEvent;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.DeliveryResult;
import dk.borgerdialog.notification.model.Notification;
import dk.borgerdialog.plan.application.CancelAppointmentCommand;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.DeliveryAttempt;
import dk.borgerdialog.reminder.model.QuietHours;
import dk.borgerdialog.reminder.model.Reminder;
import dk.borgerdialog.reminder.model.ReminderDispatcher;
import dk.borgerdialog.reminder.model.ReminderDispatcher.Outcome;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import dk.borgerdialog.reminder.model.ReminderSent;
import dk.borgerdialog.reminder.model.ReminderStatus;
import dk.borgerdialog.reminder.model.ReminderUndelivered;
import dk.borgerdialog.testfixtures.InMemoryPlanWorld;
import dk.borgerdialog.testfixtures.ScriptedNotificationChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The guarantees of a dispatch that the quiet hours, an unknown outcome, a throwing channel and a
 * concurrent cancel put on it: never a message at night, never a second copy on another channel
 * after an outcome that may have delivered, and never a message for a cancelled appointment.
 */
class DispatchingRemindersGuaranteesTest {
  private static final String PHONE = "+4520304050";
  private static final String ADDRESS = "jonas.berg@example.dk";
  private static final DeliveryResult DOWN = DeliveryResult.retryable("gateway answered 503");
  private static final DeliveryResult TIMEOUT = DeliveryResult.unknown("timed out after sending");
  private static final DeliveryResult REJECTED = DeliveryResult.permanent("number not in service");
  private static final Outcome FINISHED = new Outcome.Finished();

  private final InMemoryPlanWorld world = InMemoryPlanWorld.create();
  private final InMemoryPlanWorld.Copenhagen cph = world.copenhagen();

  private void jonasPrefers(ChannelKind... channels) {
    world
        .contactPreferences()
        .save(
            new ContactPreferences(
                cph.jonas().id(),
                List.of(channels),
                ADDRESS,
                PHONE,
                QuietHours.DEFAULT,
                Set.of(),
                0));
  }

  private Reminder onlyReminderOf(Appointment appointment) {
    List<Reminder> reminders = world.reminders().of(appointment.id());
    assertThat(reminders).hasSize(1);
    return reminders.get(0);
  }

  private Reminder stored(Reminder reminder) {
    return world.reminders().byId(reminder.id()).orElseThrow();
  }

  private List<DeliveryAttempt> attempts(Reminder reminder) {
    return world.deliveryAttempts().of(reminder.id());
  }

  private Outcome dispatchAt(ReminderDispatcher dispatcher, Reminder reminder, Instant at) {
    world.clock().set(at);
    return dispatcher.dispatch(reminder.id());
  }

  private List<DomainEvent> reminderEvents() {
    return world.events().all().stream()
        .filter(e -> e instanceof ReminderSent || e instanceof ReminderUndelivered)
        .toList();
  }

  private static List<String> keys(ScriptedNotificationChannel channel) {
    return channel.received().stream().map(Notification::idempotencyKey).toList();
  }

  private static Outcome retryAt(Instant at) {
    return new Outcome.RetryAt(at);
  }

  // ---- (a) a dispatch that comes late, in quiet hours

  @Test
  void lateDispatchAt0200_sendsNothingAndDefersTo0800() {
    jonasPrefers(SMS, EMAIL);
    Reminder reminder = world.reminders().of(world.bookForJonas("2026-01-12T10:00").id()).get(0);
    assertThat(reminder.dueAt()).isEqualTo(local("2026-01-11T10:00"));
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.delivering(SMS);
    ScriptedNotificationChannel email = ScriptedNotificationChannel.neverCalled(EMAIL);
    DispatchingReminders dispatcher = world.dispatchingReminders(sms, email);

    // an outage kept the reminder from going out on Sunday; the scheduler fires at 02:00
    Outcome atNight = dispatchAt(dispatcher, reminder, local("2026-01-12T02:00"));

    assertThat(atNight).isEqualTo(retryAt(local("2026-01-12T08:00")));
    assertThat(sms.received()).isEmpty();
    assertThat(email.received()).isEmpty();
    assertThat(attempts(reminder)).isEmpty();
    assertThat(stored(reminder).status()).isEqualTo(ReminderStatus.PENDING);
    assertThat(reminderEvents()).isEmpty();

    Outcome inTheMorning = dispatchAt(dispatcher, reminder, local("2026-01-12T08:00"));

    assertThat(inTheMorning).isEqualTo(FINISHED);
    assertThat(stored(reminder).status()).isEqualTo(ReminderStatus.SENT);
    assertThat(stored(reminder).sentVia()).isEqualTo(SMS);
    assertThat(stored(reminder).sentAt()).isEqualTo(local("2026-01-12T08:00"));
    assertThat(keys(sms)).containsExactly(reminder.idempotencyKey(SMS));
  }

  @Test
  void lateDispatchAt0200_forA0730Appointment_marksUndeliveredWithoutSending() {
    world.reminderPolicies().set(cph.treatment().id(), ReminderPolicy.hoursBefore(2));
    jonasPrefers(SMS, EMAIL);
    Reminder reminder = onlyReminderOf(world.bookForJonas("2026-01-13T07:30"));
    assertThat(reminder.dueAt()).isEqualTo(local("2026-01-12T20:45"));
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.neverCalled(SMS);
    ScriptedNotificationChannel email = ScriptedNotificationChannel.neverCalled(EMAIL);

    // quiet hours end at 08:00, after the start: there is no moment left to remind in
    Outcome outcome =
        dispatchAt(world.dispatchingReminders(sms, email), reminder, local("2026-01-13T02:00"));

    assertThat(outcome).isEqualTo(FINISHED);
    assertThat(stored(reminder).status()).isEqualTo(ReminderStatus.UNDELIVERED);
    assertThat(stored(reminder).sentVia()).isNull();
    assertThat(sms.received()).isEmpty();
    assertThat(email.received()).isEmpty();
    assertThat(attempts(reminder)).isEmpty();
    assertThat(reminderEvents())
        .singleElement()
        .isInstanceOfSatisfying(
            ReminderUndelivered.class,
            e -> assertThat(e.occurredAt()).isEqualTo(local("2026-01-13T02:00")));
  }

  @Test
  void lateDispatchAt0200_forACriticalPolicy_sendsAtOnce() {
    world
        .reminderPolicies()
        .set(cph.treatment().id(), new ReminderPolicy(List.of(Duration.ofHours(2)), true));
    jonasPrefers(SMS);
    Reminder reminder = onlyReminderOf(world.bookForJonas("2026-01-13T07:30"));
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.delivering(SMS);

    Outcome outcome =
        dispatchAt(world.dispatchingReminders(sms), reminder, local("2026-01-13T02:00"));

    assertThat(outcome).isEqualTo(FINISHED);
    assertThat(stored(reminder).status()).isEqualTo(ReminderStatus.SENT);
    assertThat(keys(sms)).containsExactly(reminder.idempotencyKey(SMS));
  }

  // ---- (b) a retry that would fall in quiet hours

  @Test
  void retryableFailureAt2058_whoseRetryFallsAt2103_retriesAt0800TheNextMorning() {
    // 13 h 3 min before Tuesday 10:00 is Monday 20:57, outside quiet hours
    world
        .reminderPolicies()
        .set(cph.treatment().id(), new ReminderPolicy(List.of(Duration.ofMinutes(783)), false));
    jonasPrefers(SMS, EMAIL);
    Reminder reminder = onlyReminderOf(world.bookForJonas("2026-01-13T10:00"));
    assertThat(reminder.dueAt()).isEqualTo(local("2026-01-12T20:57"));
    ScriptedNotificationChannel sms =
        ScriptedNotificationChannel.answering(SMS, DOWN, DOWN, DeliveryResult.delivered("gw-7"));
    ScriptedNotificationChannel email = ScriptedNotificationChannel.neverCalled(EMAIL);
    DispatchingReminders dispatcher = world.dispatchingReminders(sms, email);

    Outcome first = dispatchAt(dispatcher, reminder, local("2026-01-12T20:57"));
    // the next wait, 5 minutes, would end at 21:03, in quiet hours
    Outcome second = dispatchAt(dispatcher, reminder, local("2026-01-12T20:58"));

    assertThat(first).isEqualTo(retryAt(local("2026-01-12T20:58")));
    assertThat(second).isEqualTo(retryAt(local("2026-01-13T08:00")));
    assertThat(email.received()).isEmpty();
    assertThat(stored(reminder).status()).isEqualTo(ReminderStatus.PENDING);

    Outcome third = dispatchAt(dispatcher, reminder, local("2026-01-13T08:00"));

    assertThat(third).isEqualTo(FINISHED);
    assertThat(stored(reminder).status()).isEqualTo(ReminderStatus.SENT);
    assertThat(stored(reminder).sentVia()).isEqualTo(SMS);
    assertThat(stored(reminder).sentAt()).isEqualTo(local("2026-01-13T08:00"));
    assertThat(keys(sms)).hasSize(3).containsOnly(reminder.idempotencyKey(SMS));
    assertThat(email.received()).isEmpty();
    assertThat(attempts(reminder))
        .extracting(DeliveryAttempt::attemptedAt)
        .containsExactly(
            local("2026-01-12T20:57"), local("2026-01-12T20:58"), local("2026-01-13T08:00"));
    assertThat(attempts(reminder))
        .allSatisfy(
            a ->
                assertThat(QuietHours.DEFAULT.contains(a.attemptedAt(), InMemoryPlanWorld.ZONE))
                    .isFalse());
  }

  // ---- (c) an unknown outcome pins the channel

  @Test
  void unknownOutcomeOnSms_isNeverFollowedByEmail_evenAfterManyRetries() {
    world
        .reminderPolicies()
        .set(cph.treatment().id(), new ReminderPolicy(List.of(Duration.ofMinutes(30)), false));
    jonasPrefers(SMS, EMAIL);
    Reminder reminder = onlyReminderOf(world.bookForJonas("2026-01-12T10:00"));
    assertThat(reminder.dueAt()).isEqualTo(local("2026-01-12T09:30"));
    ScriptedNotificationChannel sms =
        ScriptedNotificationChannel.answering(SMS, DOWN, TIMEOUT, DOWN, DOWN, DOWN, TIMEOUT, DOWN);
    ScriptedNotificationChannel email = ScriptedNotificationChannel.neverCalled(EMAIL);
    DispatchingReminders dispatcher = world.dispatchingReminders(sms, email);

    List<Outcome> outcomes = new ArrayList<>();
    Instant at = reminder.dueAt();
    while (true) {
      Outcome outcome = dispatchAt(dispatcher, reminder, at);
      outcomes.add(outcome);
      if (!(outcome instanceof Outcome.RetryAt retry)) {
        break;
      }
      assertThat(retry.at()).isAfter(at).isBefore(reminder.appointmentStart());
      at = retry.at();
    }

    // 1 minute after the first failure, then 5 minutes after each attempt, as long as the next
    // retry is before 10:00; after three failures the SMS is not given up for the e-mail
    assertThat(outcomes)
        .containsExactly(
            retryAt(local("2026-01-12T09:31")),
            retryAt(local("2026-01-12T09:36")),
            retryAt(local("2026-01-12T09:41")),
            retryAt(local("2026-01-12T09:46")),
            retryAt(local("2026-01-12T09:51")),
            retryAt(local("2026-01-12T09:56")),
            FINISHED);
    assertThat(email.received()).isEmpty();
    assertThat(keys(sms)).hasSize(7).containsOnly(reminder.idempotencyKey(SMS));
    assertThat(attempts(reminder))
        .hasSize(7)
        .allSatisfy(
            a -> {
              assertThat(a.channel()).isEqualTo(SMS);
              assertThat(a.idempotencyKey()).isEqualTo(reminder.idempotencyKey(SMS));
            });
    assertThat(stored(reminder).status()).isEqualTo(ReminderStatus.UNDELIVERED);
    assertThat(reminderEvents()).singleElement().isInstanceOf(ReminderUndelivered.class);

    // a late extra call does not fall back either
    dispatchAt(dispatcher, reminder, local("2026-01-12T09:58"));
    assertThat(email.received()).isEmpty();
  }

  @Test
  void unknownOutcomeOnTheFirstAttempt_pinsTheChannelAcrossLaterFailures() {
    jonasPrefers(SMS, EMAIL);
    Reminder reminder = world.reminders().of(world.bookForJonas("2026-01-12T10:00").id()).get(0);
    ScriptedNotificationChannel sms =
        ScriptedNotificationChannel.answering(SMS, TIMEOUT, DOWN, DOWN, DOWN);
    ScriptedNotificationChannel email = ScriptedNotificationChannel.neverCalled(EMAIL);
    DispatchingReminders dispatcher = world.dispatchingReminders(sms, email);
    Instant t0 = reminder.dueAt();

    assertThat(dispatchAt(dispatcher, reminder, t0))
        .isEqualTo(retryAt(t0.plus(Duration.ofMinutes(1))));
    assertThat(dispatchAt(dispatcher, reminder, t0.plus(Duration.ofMinutes(1))))
        .isEqualTo(retryAt(t0.plus(Duration.ofMinutes(6))));
    assertThat(dispatchAt(dispatcher, reminder, t0.plus(Duration.ofMinutes(6))))
        .isEqualTo(retryAt(t0.plus(Duration.ofMinutes(11))));
    assertThat(dispatchAt(dispatcher, reminder, t0.plus(Duration.ofMinutes(11))))
        .isEqualTo(retryAt(t0.plus(Duration.ofMinutes(16))));

    assertThat(email.received()).isEmpty();
    assertThat(keys(sms)).hasSize(4).containsOnly(reminder.idempotencyKey(SMS));
    assertThat(stored(reminder).status()).isEqualTo(ReminderStatus.PENDING);
  }

  // ---- (d) a channel that throws

  @Test
  void aChannelThatThrows_isRecordedAsUnknownAndRetriedWithTheSameKey() {
    jonasPrefers(SMS, EMAIL);
    Reminder reminder = world.reminders().of(world.bookForJonas("2026-01-12T10:00").id()).get(0);
    ScriptedNotificationChannel sms =
        ScriptedNotificationChannel.answering(SMS)
            .thenThrow(new IllegalStateException("connection reset"))
            .thenAnswer(DeliveryResult.delivered("gw-9"));
    ScriptedNotificationChannel email = ScriptedNotificationChannel.neverCalled(EMAIL);
    DispatchingReminders dispatcher = world.dispatchingReminders(sms, email);
    Instant t0 = reminder.dueAt();

    Outcome first = dispatchAt(dispatcher, reminder, t0);

    assertThat(first).isEqualTo(retryAt(t0.plus(Duration.ofMinutes(1))));
    assertThat(attempts(reminder))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.channel()).isEqualTo(SMS);
              assertThat(a.outcome()).isEqualTo(DeliveryAttempt.Outcome.UNKNOWN);
              assertThat(a.error()).isEqualTo("the channel threw IllegalStateException");
              assertThat(a.idempotencyKey()).isEqualTo(reminder.idempotencyKey(SMS));
            });
    assertThat(stored(reminder).status()).isEqualTo(ReminderStatus.PENDING);
    assertThat(email.received()).isEmpty();

    Outcome second = dispatchAt(dispatcher, reminder, t0.plus(Duration.ofMinutes(1)));

    assertThat(second).isEqualTo(FINISHED);
    assertThat(keys(sms))
        .containsExactly(reminder.idempotencyKey(SMS), reminder.idempotencyKey(SMS));
    assertThat(attempts(reminder))
        .extracting(DeliveryAttempt::outcome)
        .containsExactly(DeliveryAttempt.Outcome.UNKNOWN, DeliveryAttempt.Outcome.DELIVERED);
    assertThat(stored(reminder).status()).isEqualTo(ReminderStatus.SENT);
    assertThat(stored(reminder).sentVia()).isEqualTo(SMS);
    assertThat(email.received()).isEmpty();
  }

  @Test
  void aTextThatCannotBeMade_isARetryableFailureAndNothingIsSent() {
    jonasPrefers(SMS, EMAIL);
    Reminder reminder = world.reminders().of(world.bookForJonas("2026-01-12T10:00").id()).get(0);
    ScriptedNotificationChannel sms =
        ScriptedNotificationChannel.answering(SMS).thenAnswer(DeliveryResult.delivered("gw-1"));
    ScriptedNotificationChannel email = ScriptedNotificationChannel.neverCalled(EMAIL);
    DispatchingReminders dispatcher = world.dispatchingReminders(sms, email);
    world.reminderTexts().failNext(new IllegalStateException("template broken"));
    Instant t0 = reminder.dueAt();

    Outcome first = dispatchAt(dispatcher, reminder, t0);

    assertThat(first).isEqualTo(retryAt(t0.plus(Duration.ofMinutes(1))));
    assertThat(keys(sms)).isEmpty();
    assertThat(attempts(reminder))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.outcome()).isEqualTo(DeliveryAttempt.Outcome.FAILED);
              assertThat(a.error()).isEqualTo("the text could not be made: IllegalStateException");
            });

    Outcome second = dispatchAt(dispatcher, reminder, t0.plus(Duration.ofMinutes(1)));

    assertThat(second).isEqualTo(FINISHED);
    assertThat(stored(reminder).sentVia()).isEqualTo(SMS);
  }

  // ---- (e) a cancel committed while a channel sends

  @Test
  void aCancelDuringTheFirstChannelsSend_stopsTheFallbackAndWithdrawsTheReminder() {
    jonasPrefers(SMS, EMAIL);
    Appointment booked = world.bookForJonas("2026-01-12T10:00");
    Reminder reminder = world.reminders().of(booked.id()).get(0);
    ScriptedNotificationChannel sms =
        ScriptedNotificationChannel.answering(SMS)
            .thenRunAndAnswer(
                () ->
                    world
                        .cancelingAppointments()
                        .cancel(
                            world.asCaseworker(),
                            new CancelAppointmentCommand(
                                booked.id(),
                                booked.version(),
                                CancellationReason.of(CancellationReasonCode.ILLNESS))),
                REJECTED);
    ScriptedNotificationChannel email = ScriptedNotificationChannel.neverCalled(EMAIL);

    Outcome outcome =
        dispatchAt(world.dispatchingReminders(sms, email), reminder, reminder.dueAt());

    assertThat(outcome).isEqualTo(FINISHED);
    assertThat(world.reload(booked).status()).isNotEqualTo(AppointmentStatus.BOOKED);
    assertThat(sms.received()).hasSize(1);
    assertThat(email.received()).isEmpty();
    assertThat(stored(reminder).status()).isEqualTo(ReminderStatus.WITHDRAWN);
    assertThat(stored(reminder).sentVia()).isNull();
    assertThat(attempts(reminder))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.channel()).isEqualTo(SMS);
              assertThat(a.outcome()).isEqualTo(DeliveryAttempt.Outcome.REFUSED);
            });
    assertThat(reminderEvents()).isEmpty();
  }
}
