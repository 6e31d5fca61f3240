package dk.borgerdialog.reminder.application;

import static dk.borgerdialog.notification.model.ChannelKind.EMAIL;
import static dk.borgerdialog.notification.model.ChannelKind.IN_APP;
import static dk.borgerdialog.notification.model.ChannelKind.SMS;
import static dk.borgerdialog.testfixtures.InMemoryPlanWorld.local;
import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.DomainEvent;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.DeliveryResult;
import dk.borgerdialog.notification.model.Notification;
import dk.borgerdialog.plan.application.CancelAppointmentCommand;
import dk.borgerdialog.plan.application.MoveAppointmentCommand;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.DeliveryAttempt;
import dk.borgerdialog.reminder.model.QuietHours;
import dk.borgerdialog.reminder.model.Reminder;
import dk.borgerdialog.reminder.model.ReminderDispatcher;
import dk.borgerdialog.reminder.model.ReminderDispatcher.Outcome;
import dk.borgerdialog.reminder.model.ReminderId;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import dk.borgerdialog.reminder.model.ReminderSent;
import dk.borgerdialog.reminder.model.ReminderStatus;
import dk.borgerdialog.reminder.model.ReminderUndelivered;
import dk.borgerdialog.testfixtures.AppointmentFixture;
import dk.borgerdialog.testfixtures.FixedReminderTexts;
import dk.borgerdialog.testfixtures.InMemoryPlanWorld;
import dk.borgerdialog.testfixtures.ScriptedNotificationChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Delivering a due reminder: on the citizen's channels in order, with retries and backoff on one
 * channel and the same idempotency key on every attempt, falling back to the next channel, and
 * never for an appointment that is no longer booked.
 */
class DispatchingRemindersTest {
  private static final String PHONE = "+4520304050";
  private static final String ADDRESS = "jonas.berg@example.dk";
  private static final DeliveryResult DOWN = DeliveryResult.retryable("gateway answered 503");
  private static final DeliveryResult TIMEOUT = DeliveryResult.unknown("timed out after sending");
  private static final DeliveryResult REJECTED = DeliveryResult.permanent("number not in service");

  private final InMemoryPlanWorld world = InMemoryPlanWorld.create();
  private final InMemoryPlanWorld.Copenhagen cph = world.copenhagen();

  // ---- helpers

  private void jonasPrefers(ChannelKind... channels) {
    jonasPrefers(List.of(channels), ADDRESS, PHONE, Set.of());
  }

  private void jonasPrefers(
      List<ChannelKind> channels,
      @Nullable String email,
      @Nullable String phone,
      Set<ChannelKind> optedOut) {
    world
        .contactPreferences()
        .save(
            new ContactPreferences(
                cph.jonas().id(), channels, email, phone, QuietHours.DEFAULT, optedOut, 0));
  }

  /** Books Monday 12 January 10:00; the default policy reminds Sunday 10:00 and Monday 08:00. */
  private Reminder dayBeforeReminder() {
    Appointment booked = world.bookForJonas("2026-01-12T10:00");
    Reminder reminder = world.reminders().of(booked.id()).get(0);
    assertThat(reminder.dueAt()).isEqualTo(local("2026-01-11T10:00"));
    return reminder;
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

  private List<DeliveryAttempt.Outcome> outcomes(Reminder reminder) {
    return attempts(reminder).stream().map(DeliveryAttempt::outcome).toList();
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

  private static final Outcome FINISHED = new Outcome.Finished();

  // ---- delivered at once

  @Test
  void deliveredOnTheFirstChannel_marksSentAndRecordsOneAttemptAndAnEvent() {
    jonasPrefers(SMS, EMAIL);
    Reminder reminder = dayBeforeReminder();
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.delivering(SMS);
    ScriptedNotificationChannel email = ScriptedNotificationChannel.neverCalled(EMAIL);
    DispatchingReminders dispatcher = world.dispatchingReminders(sms, email);

    Outcome outcome = dispatchAt(dispatcher, reminder, reminder.dueAt());

    assertThat(outcome).isEqualTo(FINISHED);
    Reminder sent = stored(reminder);
    assertThat(sent.status()).isEqualTo(ReminderStatus.SENT);
    assertThat(sent.sentVia()).isEqualTo(SMS);
    assertThat(sent.sentAt()).isEqualTo(reminder.dueAt());
    assertThat(sent.version()).isEqualTo(1);
    assertThat(reminderEvents())
        .singleElement()
        .isInstanceOfSatisfying(
            ReminderSent.class,
            e -> {
              assertThat(e.type()).isEqualTo("reminder.sent");
              assertThat(e.reminder()).isEqualTo(sent);
              assertThat(e.channel()).isEqualTo(SMS);
              assertThat(e.occurredAt()).isEqualTo(reminder.dueAt());
              assertThat(e.aggregateId()).isEqualTo(reminder.appointment().value());
            });
    assertThat(attempts(reminder))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.outcome()).isEqualTo(DeliveryAttempt.Outcome.DELIVERED);
              assertThat(a.channel()).isEqualTo(SMS);
              assertThat(a.idempotencyKey()).isEqualTo(reminder.idempotencyKey(SMS));
              assertThat(a.attemptedAt()).isEqualTo(reminder.dueAt());
              assertThat(a.providerId()).isEqualTo("sms-1");
              assertThat(a.error()).isNull();
            });
    assertThat(email.received()).isEmpty();
  }

  @Test
  void theNotification_carriesTheKeyThePhoneNumberTheLanguageAndANeutralText() {
    jonasPrefers(SMS);
    Reminder reminder = dayBeforeReminder();
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.delivering(SMS);

    dispatchAt(world.dispatchingReminders(sms), reminder, reminder.dueAt());

    Notification sent = sms.received().get(0);
    assertThat(sent.idempotencyKey()).isEqualTo(reminder.idempotencyKey(SMS));
    assertThat(sent.channel()).isEqualTo(SMS);
    assertThat(sent.address()).isEqualTo(PHONE);
    assertThat(sent.language()).isEqualTo(Language.DA);
    assertThat(sent.body()).contains("Borgercenter Nord").doesNotContain("misbrug");
    assertThat(world.reminderTexts().requests())
        .singleElement()
        .isEqualTo(
            new FixedReminderTexts.Request(
                reminder.appointmentStart(),
                InMemoryPlanWorld.ZONE,
                cph.treatment().publicName(),
                Language.DA,
                true));
  }

  @ParameterizedTest
  @EnumSource(
      value = ChannelKind.class,
      names = {"IN_APP", "EMAIL", "SMS"})
  void theAddress_isTheOneOfTheChannel(ChannelKind kind) {
    jonasPrefers(kind);
    Reminder reminder = dayBeforeReminder();
    ScriptedNotificationChannel channel = ScriptedNotificationChannel.delivering(kind);

    dispatchAt(world.dispatchingReminders(channel), reminder, reminder.dueAt());

    String expected =
        switch (kind) {
          case IN_APP -> cph.jonas().id().value().toString();
          case EMAIL -> ADDRESS;
          case SMS -> PHONE;
          case WEBHOOK -> throw new AssertionError();
        };
    assertThat(channel.received())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.address()).isEqualTo(expected);
              assertThat(n.idempotencyKey()).isEqualTo(reminder.idempotencyKey(kind));
            });
    assertThat(world.reminderTexts().requests().get(0).forSms()).isEqualTo(kind == SMS);
  }

  @Test
  void theNotification_isInTheCitizensLanguage() {
    Citizen jonas = cph.jonas();
    world
        .citizens()
        .update(
            new Citizen(
                jonas.id(),
                jonas.municipality(),
                jonas.ref(),
                jonas.cpr(),
                jonas.name(),
                Language.EN,
                jonas.zone(),
                jonas.version()));
    jonasPrefers(EMAIL);
    Reminder reminder = dayBeforeReminder();
    ScriptedNotificationChannel email = ScriptedNotificationChannel.delivering(EMAIL);

    dispatchAt(world.dispatchingReminders(email), reminder, reminder.dueAt());

    assertThat(email.received())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.language()).isEqualTo(Language.EN);
              assertThat(n.subject()).isEqualTo("Reminder");
            });
  }

  @Test
  void aCitizenWithoutPreferences_isRemindedInTheApp() {
    Reminder reminder = dayBeforeReminder();
    ScriptedNotificationChannel inApp = ScriptedNotificationChannel.delivering(IN_APP);
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.neverCalled(SMS);

    dispatchAt(world.dispatchingReminders(sms, inApp), reminder, reminder.dueAt());

    assertThat(stored(reminder).sentVia()).isEqualTo(IN_APP);
    assertThat(inApp.received().get(0).address()).isEqualTo(cph.jonas().id().toString());
  }

  // ---- retries on one channel

  @Test
  void retryableFailure_isRetriedAfterOneMinuteThenFiveThenFallsBackToTheNextChannel() {
    jonasPrefers(SMS, EMAIL);
    Reminder reminder = dayBeforeReminder();
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.answering(SMS, DOWN, DOWN, DOWN);
    ScriptedNotificationChannel email = ScriptedNotificationChannel.delivering(EMAIL);
    Instant t0 = reminder.dueAt();

    Outcome first = dispatchAt(world.dispatchingReminders(sms, email), reminder, t0);
    assertThat(first).isEqualTo(retryAt(t0.plus(Duration.ofMinutes(1))));
    assertThat(stored(reminder).status()).isEqualTo(ReminderStatus.PENDING);
    assertThat(email.received()).isEmpty();

    // another node picks up the retry: the key is still the same
    Instant t1 = t0.plus(Duration.ofMinutes(1));
    Outcome second = dispatchAt(world.dispatchingReminders(sms, email), reminder, t1);
    assertThat(second).isEqualTo(retryAt(t1.plus(Duration.ofMinutes(5))));
    assertThat(email.received()).isEmpty();

    Instant t2 = t1.plus(Duration.ofMinutes(5));
    Outcome third = dispatchAt(world.dispatchingReminders(sms, email), reminder, t2);
    assertThat(third).isEqualTo(FINISHED);

    assertThat(keys(sms)).hasSize(3).containsOnly(reminder.idempotencyKey(SMS));
    assertThat(keys(email)).containsExactly(reminder.idempotencyKey(EMAIL));
    assertThat(reminder.idempotencyKey(EMAIL)).isNotEqualTo(reminder.idempotencyKey(SMS));
    Reminder sent = stored(reminder);
    assertThat(sent.status()).isEqualTo(ReminderStatus.SENT);
    assertThat(sent.sentVia()).isEqualTo(EMAIL);
    assertThat(sent.sentAt()).isEqualTo(t2);
    assertThat(outcomes(reminder))
        .containsExactly(
            DeliveryAttempt.Outcome.FAILED,
            DeliveryAttempt.Outcome.FAILED,
            DeliveryAttempt.Outcome.FAILED,
            DeliveryAttempt.Outcome.DELIVERED);
    assertThat(attempts(reminder))
        .extracting(DeliveryAttempt::attemptedAt)
        .containsExactly(t0, t1, t2, t2);
    assertThat(attempts(reminder).get(0).error()).isEqualTo("gateway answered 503");
    assertThat(reminderEvents()).singleElement().isInstanceOf(ReminderSent.class);
  }

  @Test
  void retryAfterLongerThanTheBackoff_isHonoured() {
    jonasPrefers(SMS);
    Reminder reminder = dayBeforeReminder();
    ScriptedNotificationChannel sms =
        ScriptedNotificationChannel.answering(
            SMS,
            DeliveryResult.retryableAfter("rate limited", Duration.ofMinutes(30)),
            DeliveryResult.delivered(null));
    DispatchingReminders dispatcher = world.dispatchingReminders(sms);

    Outcome first = dispatchAt(dispatcher, reminder, reminder.dueAt());
    Outcome second =
        dispatchAt(dispatcher, reminder, reminder.dueAt().plus(Duration.ofMinutes(30)));

    assertThat(first).isEqualTo(retryAt(reminder.dueAt().plus(Duration.ofMinutes(30))));
    assertThat(second).isEqualTo(FINISHED);
    assertThat(stored(reminder).sentVia()).isEqualTo(SMS);
  }

  @Test
  void retryAfterShorterThanTheBackoff_waitsTheBackoff() {
    jonasPrefers(SMS);
    Reminder reminder = dayBeforeReminder();
    ScriptedNotificationChannel sms =
        ScriptedNotificationChannel.answering(
            SMS, DeliveryResult.retryableAfter("rate limited", Duration.ofSeconds(10)));

    Outcome first = dispatchAt(world.dispatchingReminders(sms), reminder, reminder.dueAt());

    assertThat(first).isEqualTo(retryAt(reminder.dueAt().plus(Duration.ofMinutes(1))));
  }

  @Test
  void unknownOutcome_isRetriedWithTheSameKey() {
    jonasPrefers(SMS, EMAIL);
    Reminder reminder = dayBeforeReminder();
    ScriptedNotificationChannel sms =
        ScriptedNotificationChannel.answering(SMS, TIMEOUT, DeliveryResult.delivered("gw-42"));
    ScriptedNotificationChannel email = ScriptedNotificationChannel.neverCalled(EMAIL);
    DispatchingReminders dispatcher = world.dispatchingReminders(sms, email);

    Outcome first = dispatchAt(dispatcher, reminder, reminder.dueAt());
    Outcome second = dispatchAt(dispatcher, reminder, reminder.dueAt().plus(Duration.ofMinutes(1)));

    assertThat(first).isEqualTo(retryAt(reminder.dueAt().plus(Duration.ofMinutes(1))));
    assertThat(second).isEqualTo(FINISHED);
    assertThat(keys(sms))
        .containsExactly(reminder.idempotencyKey(SMS), reminder.idempotencyKey(SMS));
    assertThat(outcomes(reminder))
        .containsExactly(DeliveryAttempt.Outcome.UNKNOWN, DeliveryAttempt.Outcome.DELIVERED);
    assertThat(attempts(reminder).get(1).providerId()).isEqualTo("gw-42");
    assertThat(stored(reminder).sentVia()).isEqualTo(SMS);
  }

  @Test
  void refusedChannel_isNeverTriedAgain() {
    jonasPrefers(SMS, EMAIL);
    Reminder reminder = dayBeforeReminder();
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.answering(SMS, REJECTED);
    ScriptedNotificationChannel email =
        ScriptedNotificationChannel.answering(EMAIL, DOWN, DeliveryResult.delivered(null));
    DispatchingReminders dispatcher = world.dispatchingReminders(sms, email);

    Outcome first = dispatchAt(dispatcher, reminder, reminder.dueAt());
    Outcome second = dispatchAt(dispatcher, reminder, reminder.dueAt().plus(Duration.ofMinutes(1)));

    assertThat(first).isEqualTo(retryAt(reminder.dueAt().plus(Duration.ofMinutes(1))));
    assertThat(second).isEqualTo(FINISHED);
    assertThat(sms.received()).hasSize(1);
    assertThat(outcomes(reminder))
        .containsExactly(
            DeliveryAttempt.Outcome.REFUSED,
            DeliveryAttempt.Outcome.FAILED,
            DeliveryAttempt.Outcome.DELIVERED);
    assertThat(stored(reminder).sentVia()).isEqualTo(EMAIL);
  }

  @Test
  void everyChannelRefusing_marksUndeliveredForStaffToSee() {
    jonasPrefers(SMS, EMAIL, IN_APP);
    Reminder reminder = dayBeforeReminder();
    DispatchingReminders dispatcher =
        world.dispatchingReminders(
            ScriptedNotificationChannel.answering(SMS, REJECTED),
            ScriptedNotificationChannel.answering(
                EMAIL, DeliveryResult.permanent("mailbox does not exist")),
            ScriptedNotificationChannel.answering(
                IN_APP, DeliveryResult.permanent("citizen has no app account")));

    Outcome outcome = dispatchAt(dispatcher, reminder, reminder.dueAt());

    assertThat(outcome).isEqualTo(FINISHED);
    Reminder undelivered = stored(reminder);
    assertThat(undelivered.status()).isEqualTo(ReminderStatus.UNDELIVERED);
    assertThat(undelivered.sentVia()).isNull();
    assertThat(attempts(reminder))
        .extracting(DeliveryAttempt::channel, DeliveryAttempt::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SMS, DeliveryAttempt.Outcome.REFUSED),
            org.assertj.core.groups.Tuple.tuple(EMAIL, DeliveryAttempt.Outcome.REFUSED),
            org.assertj.core.groups.Tuple.tuple(IN_APP, DeliveryAttempt.Outcome.REFUSED));
    assertThat(reminderEvents())
        .singleElement()
        .isInstanceOfSatisfying(
            ReminderUndelivered.class,
            e -> {
              assertThat(e.type()).isEqualTo("reminder.undelivered");
              assertThat(e.reminder()).isEqualTo(undelivered);
              assertThat(e.occurredAt()).isEqualTo(reminder.dueAt());
            });
  }

  @Test
  void theOnlyChannelFailingThreeTimes_marksUndelivered() {
    jonasPrefers(SMS);
    Reminder reminder = dayBeforeReminder();
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.answering(SMS, DOWN, DOWN, DOWN);
    DispatchingReminders dispatcher = world.dispatchingReminders(sms);
    Instant t0 = reminder.dueAt();

    assertThat(dispatchAt(dispatcher, reminder, t0)).isEqualTo(retryAt(t0.plusSeconds(60)));
    assertThat(dispatchAt(dispatcher, reminder, t0.plusSeconds(60)))
        .isEqualTo(retryAt(t0.plusSeconds(360)));
    assertThat(dispatchAt(dispatcher, reminder, t0.plusSeconds(360))).isEqualTo(FINISHED);

    assertThat(stored(reminder).status()).isEqualTo(ReminderStatus.UNDELIVERED);
    assertThat(keys(sms)).hasSize(3).containsOnly(reminder.idempotencyKey(SMS));
    assertThat(reminderEvents()).singleElement().isInstanceOf(ReminderUndelivered.class);
  }

  // ---- retries that would come too late or at night

  @Test
  void retryAtTheAppointmentStart_givesTheChannelUpAndFallsBackAtOnce() {
    world
        .reminderPolicies()
        .set(cph.treatment().id(), new ReminderPolicy(List.of(Duration.ofMinutes(6)), false));
    jonasPrefers(SMS, EMAIL);
    Reminder reminder = onlyReminderOf(world.bookForJonas("2026-01-12T10:00"));
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.answering(SMS, DOWN, DOWN);
    ScriptedNotificationChannel email = ScriptedNotificationChannel.delivering(EMAIL);
    DispatchingReminders dispatcher = world.dispatchingReminders(sms, email);

    Outcome first = dispatchAt(dispatcher, reminder, local("2026-01-12T09:54"));
    // the next wait, 5 minutes, would end at 10:00, the start itself
    Outcome second = dispatchAt(dispatcher, reminder, local("2026-01-12T09:55"));

    assertThat(first).isEqualTo(retryAt(local("2026-01-12T09:55")));
    assertThat(second).isEqualTo(FINISHED);
    assertThat(stored(reminder).sentVia()).isEqualTo(EMAIL);
    assertThat(stored(reminder).sentAt()).isEqualTo(local("2026-01-12T09:55"));
  }

  @Test
  void retryAfterBeyondTheStart_givesTheChannelUpAndFallsBackAtOnce() {
    jonasPrefers(SMS, EMAIL);
    Reminder reminder = dayBeforeReminder();
    ScriptedNotificationChannel sms =
        ScriptedNotificationChannel.answering(
            SMS, DeliveryResult.retryableAfter("maintenance", Duration.ofDays(2)));
    ScriptedNotificationChannel email = ScriptedNotificationChannel.delivering(EMAIL);

    Outcome outcome =
        dispatchAt(world.dispatchingReminders(sms, email), reminder, reminder.dueAt());

    assertThat(outcome).isEqualTo(FINISHED);
    assertThat(stored(reminder).sentVia()).isEqualTo(EMAIL);
  }

  @Test
  void aChannelGivenUpEarlier_isNotTriedAgainOnALaterCall() {
    jonasPrefers(SMS, EMAIL);
    Reminder reminder = dayBeforeReminder();
    ScriptedNotificationChannel sms =
        ScriptedNotificationChannel.answering(
            SMS, DeliveryResult.retryableAfter("maintenance", Duration.ofDays(2)));
    ScriptedNotificationChannel email =
        ScriptedNotificationChannel.answering(EMAIL, DOWN, DeliveryResult.delivered(null));
    DispatchingReminders dispatcher = world.dispatchingReminders(sms, email);

    Outcome first = dispatchAt(dispatcher, reminder, reminder.dueAt());
    Outcome second = dispatchAt(dispatcher, reminder, reminder.dueAt().plusSeconds(60));

    assertThat(first).isEqualTo(retryAt(reminder.dueAt().plusSeconds(60)));
    assertThat(second).isEqualTo(FINISHED);
    assertThat(sms.received()).hasSize(1);
    assertThat(stored(reminder).sentVia()).isEqualTo(EMAIL);
  }

  @Test
  void retryInQuietHours_givesTheChannelUpAndFallsBackAtOnce() {
    world.reminderPolicies().set(cph.treatment().id(), ReminderPolicy.hoursBefore(2));
    jonasPrefers(SMS, EMAIL);
    Reminder reminder = onlyReminderOf(world.bookForJonas("2026-01-12T22:56"));
    assertThat(reminder.dueAt()).isEqualTo(local("2026-01-12T20:56"));
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.answering(SMS, DOWN, DOWN);
    ScriptedNotificationChannel email = ScriptedNotificationChannel.delivering(EMAIL);
    DispatchingReminders dispatcher = world.dispatchingReminders(sms, email);

    Outcome first = dispatchAt(dispatcher, reminder, local("2026-01-12T20:56"));
    // the next wait would end at 21:02, in quiet hours
    Outcome second = dispatchAt(dispatcher, reminder, local("2026-01-12T20:57"));

    assertThat(first).isEqualTo(retryAt(local("2026-01-12T20:57")));
    assertThat(second).isEqualTo(FINISHED);
    assertThat(stored(reminder).sentVia()).isEqualTo(EMAIL);
    assertThat(stored(reminder).sentAt()).isEqualTo(local("2026-01-12T20:57"));
  }

  @Test
  void retryInQuietHours_isKeptForACriticalPolicy() {
    world
        .reminderPolicies()
        .set(cph.treatment().id(), new ReminderPolicy(List.of(Duration.ofHours(2)), true));
    jonasPrefers(SMS, EMAIL);
    Reminder reminder = onlyReminderOf(world.bookForJonas("2026-01-12T22:56"));
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.answering(SMS, DOWN, DOWN);
    DispatchingReminders dispatcher =
        world.dispatchingReminders(sms, ScriptedNotificationChannel.neverCalled(EMAIL));

    dispatchAt(dispatcher, reminder, local("2026-01-12T20:56"));
    Outcome second = dispatchAt(dispatcher, reminder, local("2026-01-12T20:57"));

    assertThat(second).isEqualTo(retryAt(local("2026-01-12T21:02")));
  }

  // ---- appointments no longer booked, and calls that come too late or twice

  @Test
  void appointmentCancelledMeanwhile_withdrawsTheReminderWithoutSending() {
    jonasPrefers(SMS);
    Appointment booked = world.bookForJonas("2026-01-12T10:00");
    Reminder reminder = world.reminders().of(booked.id()).get(0);
    // the cancellation is stored but the reminder was not yet withdrawn: the scheduler still fires
    world.appointments().update(AppointmentFixture.cancelledByStaff(booked, world.now()));
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.neverCalled(SMS);

    Outcome outcome = dispatchAt(world.dispatchingReminders(sms), reminder, reminder.dueAt());

    assertThat(outcome).isEqualTo(FINISHED);
    assertThat(stored(reminder).status()).isEqualTo(ReminderStatus.WITHDRAWN);
    assertThat(sms.received()).isEmpty();
    assertThat(attempts(reminder)).isEmpty();
    assertThat(reminderEvents()).isEmpty();
  }

  @Test
  void appointmentMovedMeanwhile_withdrawsTheReminderWithoutSending() {
    jonasPrefers(SMS);
    Appointment monday = world.bookForJonas("2026-01-12T10:00");
    Reminder reminder = world.reminders().of(monday.id()).get(1);
    world.clock().set(local("2026-01-11T20:00"));
    world
        .movingAppointments()
        .move(
            world.asCaseworker(),
            MoveAppointmentCommand.toTime(
                monday.id(), 0, local("2026-01-14T13:00"), local("2026-01-14T14:00")));
    // as if the dispatcher had read the reminder before the move withdrew it
    Reminder withdrawn = stored(reminder);
    world.reminders().update(withdrawn.withStatus(ReminderStatus.PENDING));
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.neverCalled(SMS);

    Outcome outcome = dispatchAt(world.dispatchingReminders(sms), reminder, reminder.dueAt());

    assertThat(outcome).isEqualTo(FINISHED);
    assertThat(stored(reminder).status()).isEqualTo(ReminderStatus.WITHDRAWN);
    assertThat(sms.received()).isEmpty();
    assertThat(reminderEvents()).isEmpty();
  }

  @Test
  void withdrawnByACancel_dispatchDoesNothing() {
    jonasPrefers(SMS);
    Appointment booked = world.bookForJonas("2026-01-12T10:00");
    Reminder reminder = world.reminders().of(booked.id()).get(0);
    world
        .cancelingAppointments()
        .cancel(
            world.asCaseworker(),
            new CancelAppointmentCommand(
                booked.id(), 0, CancellationReason.of(CancellationReasonCode.ILLNESS)));
    Reminder withdrawn = stored(reminder);
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.neverCalled(SMS);

    Outcome outcome = dispatchAt(world.dispatchingReminders(sms), reminder, reminder.dueAt());

    assertThat(outcome).isEqualTo(FINISHED);
    assertThat(stored(reminder)).isEqualTo(withdrawn);
    assertThat(sms.received()).isEmpty();
    assertThat(reminderEvents()).isEmpty();
  }

  @Test
  void dispatchingASentReminderAgain_doesNothing() {
    jonasPrefers(SMS);
    Reminder reminder = dayBeforeReminder();
    ScriptedNotificationChannel sms =
        ScriptedNotificationChannel.answering(SMS, DeliveryResult.delivered(null));
    DispatchingReminders dispatcher = world.dispatchingReminders(sms);
    dispatchAt(dispatcher, reminder, reminder.dueAt());
    Reminder sent = stored(reminder);

    Outcome again = dispatchAt(dispatcher, reminder, reminder.dueAt().plusSeconds(5));

    assertThat(again).isEqualTo(FINISHED);
    assertThat(stored(reminder)).isEqualTo(sent);
    assertThat(sms.received()).hasSize(1);
    assertThat(attempts(reminder)).hasSize(1);
    assertThat(reminderEvents()).hasSize(1);
  }

  @Test
  void dispatchingAnUndeliveredReminderAgain_doesNothing() {
    jonasPrefers(SMS);
    Reminder reminder = dayBeforeReminder();
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.answering(SMS, REJECTED);
    DispatchingReminders dispatcher = world.dispatchingReminders(sms);
    dispatchAt(dispatcher, reminder, reminder.dueAt());
    Reminder undelivered = stored(reminder);

    Outcome again = dispatchAt(dispatcher, reminder, reminder.dueAt().plusSeconds(60));

    assertThat(again).isEqualTo(FINISHED);
    assertThat(stored(reminder)).isEqualTo(undelivered);
    assertThat(reminderEvents()).hasSize(1);
  }

  @Test
  void anUnknownReminder_isFinished() {
    assertThat(world.dispatchingReminders().dispatch(new ReminderId(UUID.randomUUID())))
        .isEqualTo(FINISHED);
  }

  @Test
  void aDeliveryRecordedBeforeACrash_isNotSentAgain() {
    jonasPrefers(SMS, EMAIL);
    Reminder reminder = dayBeforeReminder();
    // the first node sent and recorded the attempt, then died before marking the reminder sent
    world
        .deliveryAttempts()
        .add(
            new DeliveryAttempt(
                UUID.randomUUID(),
                reminder.id(),
                SMS,
                reminder.idempotencyKey(SMS),
                reminder.dueAt(),
                DeliveryAttempt.Outcome.DELIVERED,
                "gw-1",
                null));
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.neverCalled(SMS);
    ScriptedNotificationChannel email = ScriptedNotificationChannel.neverCalled(EMAIL);

    Outcome outcome =
        dispatchAt(
            world.dispatchingReminders(sms, email), reminder, reminder.dueAt().plusSeconds(30));

    assertThat(outcome).isEqualTo(FINISHED);
    Reminder sent = stored(reminder);
    assertThat(sent.status()).isEqualTo(ReminderStatus.SENT);
    assertThat(sent.sentVia()).isEqualTo(SMS);
    assertThat(sent.sentAt()).isEqualTo(reminder.dueAt());
    assertThat(sms.received()).isEmpty();
    assertThat(email.received()).isEmpty();
    assertThat(reminderEvents()).singleElement().isInstanceOf(ReminderSent.class);
  }

  @Test
  void calledAtTheAppointmentStart_marksUndeliveredWithoutSending() {
    jonasPrefers(SMS);
    Appointment booked = world.bookForJonas("2026-01-12T10:00");
    Reminder reminder = world.reminders().of(booked.id()).get(1);
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.neverCalled(SMS);

    Outcome outcome = dispatchAt(world.dispatchingReminders(sms), reminder, booked.start());

    assertThat(outcome).isEqualTo(FINISHED);
    assertThat(stored(reminder).status()).isEqualTo(ReminderStatus.UNDELIVERED);
    assertThat(sms.received()).isEmpty();
    assertThat(attempts(reminder)).isEmpty();
    assertThat(reminderEvents()).singleElement().isInstanceOf(ReminderUndelivered.class);
  }

  @Test
  void calledAfterTheAppointmentStart_marksUndeliveredWithoutSending() {
    jonasPrefers(SMS);
    Appointment booked = world.bookForJonas("2026-01-12T10:00");
    Reminder reminder = world.reminders().of(booked.id()).get(1);
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.neverCalled(SMS);

    Outcome outcome =
        dispatchAt(world.dispatchingReminders(sms), reminder, local("2026-01-12T10:30"));

    assertThat(outcome).isEqualTo(FINISHED);
    assertThat(stored(reminder).status()).isEqualTo(ReminderStatus.UNDELIVERED);
    assertThat(sms.received()).isEmpty();
  }

  // ---- which channels are tried

  @Test
  void anOptedOutChannel_isSkipped() {
    jonasPrefers(List.of(SMS, EMAIL), ADDRESS, PHONE, Set.of(SMS));
    Reminder reminder = dayBeforeReminder();
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.neverCalled(SMS);
    ScriptedNotificationChannel email = ScriptedNotificationChannel.delivering(EMAIL);

    dispatchAt(world.dispatchingReminders(sms, email), reminder, reminder.dueAt());

    assertThat(stored(reminder).sentVia()).isEqualTo(EMAIL);
    assertThat(sms.received()).isEmpty();
  }

  @Test
  void aChannelWithoutAnAddress_isSkipped() {
    jonasPrefers(List.of(SMS, EMAIL), ADDRESS, null, Set.of());
    Reminder reminder = dayBeforeReminder();
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.neverCalled(SMS);
    ScriptedNotificationChannel email = ScriptedNotificationChannel.delivering(EMAIL);

    dispatchAt(world.dispatchingReminders(sms, email), reminder, reminder.dueAt());

    assertThat(stored(reminder).sentVia()).isEqualTo(EMAIL);
    assertThat(sms.received()).isEmpty();
  }

  @Test
  void aChannelTheHostDidNotConfigure_isSkipped() {
    jonasPrefers(SMS, EMAIL);
    Reminder reminder = dayBeforeReminder();
    ScriptedNotificationChannel email = ScriptedNotificationChannel.delivering(EMAIL);

    dispatchAt(world.dispatchingReminders(email), reminder, reminder.dueAt());

    assertThat(stored(reminder).sentVia()).isEqualTo(EMAIL);
    assertThat(attempts(reminder)).extracting(DeliveryAttempt::channel).containsExactly(EMAIL);
  }

  @Test
  void noUsableChannel_marksUndeliveredWithoutSending() {
    jonasPrefers(List.of(SMS, EMAIL), ADDRESS, PHONE, Set.of(SMS, EMAIL));
    Reminder reminder = dayBeforeReminder();
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.neverCalled(SMS);
    ScriptedNotificationChannel email = ScriptedNotificationChannel.neverCalled(EMAIL);

    Outcome outcome =
        dispatchAt(world.dispatchingReminders(sms, email), reminder, reminder.dueAt());

    assertThat(outcome).isEqualTo(FINISHED);
    assertThat(stored(reminder).status()).isEqualTo(ReminderStatus.UNDELIVERED);
    assertThat(reminderEvents()).singleElement().isInstanceOf(ReminderUndelivered.class);
  }
}
