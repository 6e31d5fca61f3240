package dk.borgerdialog.reminder.application;

import static dk.borgerdialog.notification.model.ChannelKind.EMAIL;
import static dk.borgerdialog.notification.model.ChannelKind.SMS;
import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.DeliveryResult;
import dk.borgerdialog.notification.model.Notification;
import dk.borgerdialog.plan.application.CancelAppointmentCommand;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.relative.model.LegalBasis;
import dk.borgerdialog.relative.model.Relative;
import dk.borgerdialog.relative.model.RelativeGrant;
import dk.borgerdialog.relative.model.RelativeGrantId;
import dk.borgerdialog.relative.model.Scope;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.DeliveryAttempt;
import dk.borgerdialog.reminder.model.QuietHours;
import dk.borgerdialog.reminder.model.RelativeReminder;
import dk.borgerdialog.reminder.model.Reminder;
import dk.borgerdialog.reminder.model.ReminderDispatcher.Outcome;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import dk.borgerdialog.reminder.model.ReminderStatus;
import dk.borgerdialog.testfixtures.InMemoryPlanWorld;
import dk.borgerdialog.testfixtures.ScriptedNotificationChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A relative with "receive reminders" gets the citizen's reminders on their own channels: a copy
 * planned with the citizen's delivery, then delivered at least once by its own rules.
 */
class RemindingRelativesTest {
  private static final String KARENS_PHONE = "+4520304050";
  private static final String ANNAS_PHONE = "+4560708090";
  private static final String ANNAS_EMAIL = "anna@example.dk";

  private final InMemoryPlanWorld world = InMemoryPlanWorld.create();
  private final InMemoryPlanWorld.Frederiksberg fb = world.frederiksberg();

  private Relative anna(List<ChannelKind> channels) {
    Relative anna =
        Relative.create(ExternalRef.of("mitid", "anna-holm"), "Anna Holm")
            .withContact(Language.EN, channels, ANNAS_EMAIL, ANNAS_PHONE);
    world.relatives().add(anna);
    return anna;
  }

  private RelativeGrant grant(Relative relative, Set<Scope> scopes, @Nullable Instant expiresAt) {
    RelativeGrant grant =
        new RelativeGrant(
            RelativeGrantId.random(),
            fb.karen().id(),
            relative.id(),
            "datter",
            scopes,
            LegalBasis.consent(),
            world.now(),
            fb.karen().id().toString(),
            expiresAt,
            null,
            null,
            null,
            0);
    world.grants().add(grant);
    return grant;
  }

  private Appointment visit;

  /** Karen's reminder 24 hours before a visit on Monday 12 January 2026 at 10:00, by SMS. */
  private Reminder karensReminder() {
    world
        .contactPreferences()
        .save(
            new ContactPreferences(
                fb.karen().id(),
                List.of(SMS),
                null,
                KARENS_PHONE,
                QuietHours.DEFAULT,
                Set.of(),
                0));
    visit = world.bookForKaren("2026-01-12T10:00");
    return world.reminders().of(visit.id()).get(0);
  }

  /** Delivers Karen's reminder, which plans the copies; returns Anna's copy. */
  private RelativeReminder deliverToKaren(Reminder reminder) {
    world.clock().set(reminder.dueAt());
    world.dispatchingReminders(ScriptedNotificationChannel.delivering(SMS)).dispatch(reminder.id());
    assertThat(world.reminders().byId(reminder.id()).orElseThrow().status())
        .isEqualTo(ReminderStatus.SENT);
    return world.relativeReminders().all().get(0);
  }

  private RelativeReminder reload(RelativeReminder copy) {
    return world.relativeReminders().byId(copy.id()).orElseThrow();
  }

  @Test
  void
      theCitizensDelivery_plansOnePendingCopyPerReceivingRelative_scheduledAtOnce_sendingNothing() {
    Relative anna = anna(List.of(SMS));
    grant(anna, Set.of(Scope.READ_PLAN, Scope.RECEIVE_REMINDERS), null);
    grant(anna, Set.of(Scope.RECEIVE_REMINDERS), null);
    Reminder reminder = karensReminder();
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.delivering(SMS);
    world.clock().set(reminder.dueAt());

    world.dispatchingReminders(sms).dispatch(reminder.id());
    world.dispatchingReminders(sms).dispatch(reminder.id());

    assertThat(sms.received()).extracting(Notification::address).containsExactly(KARENS_PHONE);
    assertThat(world.relativeReminders().all())
        .singleElement()
        .satisfies(
            copy -> {
              assertThat(copy.reminder()).isEqualTo(reminder.id());
              assertThat(copy.relative()).isEqualTo(anna.id());
              assertThat(copy.citizen()).isEqualTo(fb.karen().id());
              assertThat(copy.status()).isEqualTo(RelativeReminder.Status.PENDING);
              assertThat(world.relativeReminders().scheduled())
                  .containsEntry(copy.id(), reminder.dueAt());
            });
  }

  @Test
  void noCopy_withoutTheScope_afterExpiry_orAfterRevocation() {
    Relative anna = anna(List.of(SMS));
    grant(anna, Set.of(Scope.READ_PLAN), null);
    Reminder reminder = karensReminder();
    grant(anna, Set.of(Scope.RECEIVE_REMINDERS), reminder.dueAt().minusSeconds(1));
    RelativeGrant revoked = grant(anna, Set.of(Scope.RECEIVE_REMINDERS), null);
    world.grants().update(revoked.revoke("citizen", null, reminder.dueAt().minusSeconds(60)));

    deliverToKarenExpectingNoCopy(reminder);
  }

  private void deliverToKarenExpectingNoCopy(Reminder reminder) {
    world.clock().set(reminder.dueAt());
    world.dispatchingReminders(ScriptedNotificationChannel.delivering(SMS)).dispatch(reminder.id());
    assertThat(world.relativeReminders().all()).isEmpty();
  }

  @Test
  void aFailedCitizenDelivery_plansNoCopy() {
    grant(anna(List.of(SMS)), Set.of(Scope.RECEIVE_REMINDERS), null);
    Reminder reminder = karensReminder();
    world.clock().set(reminder.dueAt());

    world
        .dispatchingReminders(
            ScriptedNotificationChannel.answering(SMS, DeliveryResult.retryable("down")))
        .dispatch(reminder.id());

    assertThat(world.relativeReminders().all()).isEmpty();
  }

  @Test
  void theCopy_goesOnTheRelativesFirstChannel_inTheirLanguage_withTheKeyOfTheRelative() {
    Relative anna = anna(List.of(SMS, EMAIL));
    grant(anna, Set.of(Scope.RECEIVE_REMINDERS), null);
    Reminder reminder = karensReminder();
    RelativeReminder copy = deliverToKaren(reminder);
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.delivering(SMS);
    ScriptedNotificationChannel email = ScriptedNotificationChannel.neverCalled(EMAIL);

    Outcome outcome = world.remindingRelatives(sms, email).dispatch(copy.id());

    assertThat(outcome).isEqualTo(new Outcome.Finished());
    assertThat(sms.received())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.address()).isEqualTo(ANNAS_PHONE);
              assertThat(n.language()).isEqualTo(Language.EN);
              assertThat(n.idempotencyKey())
                  .isEqualTo("reminder-" + reminder.id() + "-sms:relative:" + anna.id());
            });
    assertThat(world.reminderTexts().requests())
        .last()
        .satisfies(r -> assertThat(r.language()).isEqualTo(Language.EN));
    assertThat(reload(copy).status()).isEqualTo(RelativeReminder.Status.SENT);
    assertThat(reload(copy).sentVia()).isEqualTo(SMS);
    assertThat(world.relativeReminders().attempts(copy.id()))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.outcome()).isEqualTo(DeliveryAttempt.Outcome.DELIVERED);
              assertThat(a.reminder()).isEqualTo(reminder.id());
            });

    // a repeated call (a node that died before removing the task) sends nothing
    assertThat(world.remindingRelatives(sms, email).dispatch(copy.id()))
        .isEqualTo(new Outcome.Finished());
    assertThat(sms.received()).hasSize(1);
  }

  @Test
  void aFailure_isRetriedAfterTheReminderBackoff_withTheSameKey_andDeliveredOnce() {
    Relative anna = anna(List.of(SMS));
    grant(anna, Set.of(Scope.RECEIVE_REMINDERS), null);
    RelativeReminder copy = deliverToKaren(karensReminder());
    ScriptedNotificationChannel sms =
        ScriptedNotificationChannel.answering(
            SMS, DeliveryResult.retryable("500"), DeliveryResult.delivered("sms-9"));
    Instant first = world.now();

    Outcome retry = world.remindingRelatives(sms).dispatch(copy.id());

    assertThat(retry).isEqualTo(new Outcome.RetryAt(first.plus(Duration.ofMinutes(1))));
    assertThat(reload(copy).status()).isEqualTo(RelativeReminder.Status.PENDING);
    world.clock().set(first.plus(Duration.ofMinutes(1)));
    assertThat(world.remindingRelatives(sms).dispatch(copy.id())).isEqualTo(new Outcome.Finished());
    assertThat(sms.received())
        .extracting(Notification::idempotencyKey)
        .hasSize(2)
        .containsOnly(sms.received().get(0).idempotencyKey());
    assertThat(world.relativeReminders().attempts(copy.id()))
        .extracting(DeliveryAttempt::outcome)
        .containsExactly(DeliveryAttempt.Outcome.FAILED, DeliveryAttempt.Outcome.DELIVERED);
    assertThat(reload(copy).status()).isEqualTo(RelativeReminder.Status.SENT);
  }

  @Test
  void aLongerRetryAfter_isHonoured() {
    grant(anna(List.of(SMS)), Set.of(Scope.RECEIVE_REMINDERS), null);
    RelativeReminder copy = deliverToKaren(karensReminder());
    ScriptedNotificationChannel sms =
        ScriptedNotificationChannel.answering(
            SMS, DeliveryResult.retryableAfter("429", Duration.ofMinutes(7)));

    assertThat(world.remindingRelatives(sms).dispatch(copy.id()))
        .isEqualTo(new Outcome.RetryAt(world.now().plus(Duration.ofMinutes(7))));
  }

  @Test
  void aRefusal_fallsBackToTheRelativesNextChannel_atOnce() {
    Relative anna = anna(List.of(SMS, EMAIL));
    grant(anna, Set.of(Scope.RECEIVE_REMINDERS), null);
    Reminder reminder = karensReminder();
    RelativeReminder copy = deliverToKaren(reminder);
    ScriptedNotificationChannel sms =
        ScriptedNotificationChannel.answering(SMS, DeliveryResult.permanent("400 bad number"));
    ScriptedNotificationChannel email = ScriptedNotificationChannel.delivering(EMAIL);

    assertThat(world.remindingRelatives(sms, email).dispatch(copy.id()))
        .isEqualTo(new Outcome.Finished());

    assertThat(email.received())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.address()).isEqualTo(ANNAS_EMAIL);
              assertThat(n.idempotencyKey())
                  .isEqualTo(RelativeReminder.idempotencyKey(reminder, anna.id(), EMAIL));
            });
    assertThat(reload(copy).sentVia()).isEqualTo(EMAIL);
    assertThat(world.relativeReminders().attempts(copy.id()))
        .extracting(DeliveryAttempt::channel, DeliveryAttempt::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SMS, DeliveryAttempt.Outcome.REFUSED),
            org.assertj.core.groups.Tuple.tuple(EMAIL, DeliveryAttempt.Outcome.DELIVERED));
  }

  @Test
  void threeFailures_moveOnToTheNextChannel_andNeverBack() {
    grant(anna(List.of(SMS, EMAIL)), Set.of(Scope.RECEIVE_REMINDERS), null);
    RelativeReminder copy = deliverToKaren(karensReminder());
    ScriptedNotificationChannel sms =
        ScriptedNotificationChannel.answering(
            SMS,
            DeliveryResult.retryable("500"),
            DeliveryResult.retryable("500"),
            DeliveryResult.retryable("500"));
    ScriptedNotificationChannel email = ScriptedNotificationChannel.delivering(EMAIL);

    Outcome outcome = world.remindingRelatives(sms, email).dispatch(copy.id());
    while (outcome instanceof Outcome.RetryAt retry) {
      world.clock().set(retry.at());
      outcome = world.remindingRelatives(sms, email).dispatch(copy.id());
    }

    assertThat(sms.received()).hasSize(DispatchingReminders.MAX_ATTEMPTS_PER_CHANNEL);
    assertThat(email.received()).hasSize(1);
    assertThat(reload(copy).status()).isEqualTo(RelativeReminder.Status.SENT);
  }

  @Test
  void anUnknownOutcome_isRetriedOnTheSameChannelOnly() {
    grant(anna(List.of(SMS, EMAIL)), Set.of(Scope.RECEIVE_REMINDERS), null);
    RelativeReminder copy = deliverToKaren(karensReminder());
    ScriptedNotificationChannel sms =
        ScriptedNotificationChannel.answering(
            SMS, DeliveryResult.unknown("timeout"), DeliveryResult.delivered("sms-2"));
    ScriptedNotificationChannel email = ScriptedNotificationChannel.neverCalled(EMAIL);

    Outcome retry = world.remindingRelatives(sms, email).dispatch(copy.id());
    assertThat(retry).isInstanceOf(Outcome.RetryAt.class);
    world.clock().set(((Outcome.RetryAt) retry).at());
    world.remindingRelatives(sms, email).dispatch(copy.id());

    assertThat(email.received()).isEmpty();
    assertThat(sms.received()).hasSize(2);
    assertThat(reload(copy).status()).isEqualTo(RelativeReminder.Status.SENT);
  }

  @Test
  void aGrantRevokedBeforeTheRetry_stopsTheCopy_andNothingMoreIsSent() {
    Relative anna = anna(List.of(SMS));
    RelativeGrant grant = grant(anna, Set.of(Scope.RECEIVE_REMINDERS), null);
    RelativeReminder copy = deliverToKaren(karensReminder());
    ScriptedNotificationChannel sms =
        ScriptedNotificationChannel.answering(
            SMS, DeliveryResult.retryable("500"), DeliveryResult.delivered("never"));
    Outcome retry = world.remindingRelatives(sms).dispatch(copy.id());
    world
        .grants()
        .update(world.grants().byId(grant.id()).orElseThrow().revoke("citizen", null, world.now()));
    world.clock().set(((Outcome.RetryAt) retry).at());

    assertThat(world.remindingRelatives(sms).dispatch(copy.id())).isEqualTo(new Outcome.Finished());

    assertThat(sms.received()).hasSize(1);
    assertThat(reload(copy).status()).isEqualTo(RelativeReminder.Status.WITHDRAWN);
  }

  @Test
  void aGrantThatExpiresBeforeTheCopyGoesOut_stopsIt() {
    Reminder reminder = karensReminder();
    grant(anna(List.of(SMS)), Set.of(Scope.RECEIVE_REMINDERS), reminder.dueAt().plusSeconds(30));
    RelativeReminder copy = deliverToKaren(reminder);
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.neverCalled(SMS);
    world.clock().set(reminder.dueAt().plusSeconds(30));

    world.remindingRelatives(sms).dispatch(copy.id());

    assertThat(reload(copy).status()).isEqualTo(RelativeReminder.Status.WITHDRAWN);
  }

  @Test
  void cancellingTheAppointment_withdrawsThePendingCopy_andNothingIsSent() {
    grant(anna(List.of(SMS)), Set.of(Scope.RECEIVE_REMINDERS), null);
    RelativeReminder copy = deliverToKaren(karensReminder());
    Appointment booked = world.reload(visit);

    world
        .cancelingAppointments()
        .cancel(
            world.asHomeCareWorker(),
            new CancelAppointmentCommand(
                booked.id(),
                booked.version(),
                CancellationReason.of(CancellationReasonCode.ILLNESS)));

    assertThat(reload(copy).status()).isEqualTo(RelativeReminder.Status.WITHDRAWN);
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.neverCalled(SMS);
    assertThat(world.remindingRelatives(sms).dispatch(copy.id())).isEqualTo(new Outcome.Finished());
    assertThat(sms.received()).isEmpty();
  }

  @Test
  void aCopyOfACancelledAppointment_isWithdrawnWhenDue_whateverTheSchedulerStillHeld() {
    Relative anna = anna(List.of(SMS));
    grant(anna, Set.of(Scope.RECEIVE_REMINDERS), null);
    Reminder reminder = karensReminder();
    deliverToKaren(reminder);
    Appointment booked = world.reload(visit);
    world
        .cancelingAppointments()
        .cancel(
            world.asHomeCareWorker(),
            new CancelAppointmentCommand(
                booked.id(),
                booked.version(),
                CancellationReason.of(CancellationReasonCode.ILLNESS)));
    // a pending copy the cancel did not see (as one planned in a race would be)
    RelativeReminder late = RelativeReminder.pending(reminder, anna.id(), world.now());
    assertThat(world.relativeReminders().addOnce(late)).isFalse();
    Relative ben =
        Relative.create(ExternalRef.of("mitid", "ben-holm"), "Ben Holm")
            .withContact(Language.DA, List.of(SMS), null, "+4511223344");
    world.relatives().add(ben);
    grant(ben, Set.of(Scope.RECEIVE_REMINDERS), null);
    RelativeReminder bens = RelativeReminder.pending(reminder, ben.id(), world.now());
    world.relativeReminders().addOnce(bens);
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.neverCalled(SMS);

    assertThat(world.remindingRelatives(sms).dispatch(bens.id())).isEqualTo(new Outcome.Finished());

    assertThat(sms.received()).isEmpty();
    assertThat(reload(bens).status()).isEqualTo(RelativeReminder.Status.WITHDRAWN);
  }

  @Test
  void inTheNight_theCopyWaitsForTheMorning_inTheCitizensZone() {
    grant(anna(List.of(SMS)), Set.of(Scope.RECEIVE_REMINDERS), null);
    RelativeReminder copy = deliverToKaren(karensReminder());
    world.clock().set(InMemoryPlanWorld.local("2026-01-11T22:30"));

    Outcome outcome =
        world.remindingRelatives(ScriptedNotificationChannel.neverCalled(SMS)).dispatch(copy.id());

    assertThat(outcome).isEqualTo(new Outcome.RetryAt(InMemoryPlanWorld.local("2026-01-12T08:00")));
    assertThat(reload(copy).status()).isEqualTo(RelativeReminder.Status.PENDING);
  }

  @Test
  void aCriticalPolicy_sendsAtNightToo() {
    world
        .reminderPolicies()
        .set(fb.homeCareNord().id(), new ReminderPolicy(List.of(Duration.ofHours(24)), true));
    grant(anna(List.of(SMS)), Set.of(Scope.RECEIVE_REMINDERS), null);
    RelativeReminder copy = deliverToKaren(karensReminder());
    world.clock().set(InMemoryPlanWorld.local("2026-01-11T22:30"));
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.delivering(SMS);

    assertThat(world.remindingRelatives(sms).dispatch(copy.id())).isEqualTo(new Outcome.Finished());
    assertThat(sms.received()).hasSize(1);
  }

  @Test
  void atTheAppointmentsStart_theCopyIsGivenUp_unsent() {
    grant(anna(List.of(SMS)), Set.of(Scope.RECEIVE_REMINDERS), null);
    RelativeReminder copy = deliverToKaren(karensReminder());
    world.clock().set(InMemoryPlanWorld.local("2026-01-12T10:00"));
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.neverCalled(SMS);

    world.remindingRelatives(sms).dispatch(copy.id());

    assertThat(sms.received()).isEmpty();
    assertThat(reload(copy).status()).isEqualTo(RelativeReminder.Status.UNDELIVERED);
  }

  @Test
  void aRetryThatWouldComeAfterTheStart_isNotMade() {
    grant(anna(List.of(SMS)), Set.of(Scope.RECEIVE_REMINDERS), null);
    RelativeReminder copy = deliverToKaren(karensReminder());
    world.clock().set(InMemoryPlanWorld.local("2026-01-12T09:59:30"));
    ScriptedNotificationChannel sms =
        ScriptedNotificationChannel.answering(SMS, DeliveryResult.retryable("500"));

    assertThat(world.remindingRelatives(sms).dispatch(copy.id())).isEqualTo(new Outcome.Finished());
    assertThat(reload(copy).status()).isEqualTo(RelativeReminder.Status.UNDELIVERED);
  }

  @Test
  void aDeliveryInTheLog_finishesTheCopyWithoutSendingAgain() {
    Relative anna = anna(List.of(SMS));
    grant(anna, Set.of(Scope.RECEIVE_REMINDERS), null);
    Reminder reminder = karensReminder();
    RelativeReminder copy = deliverToKaren(reminder);
    world
        .relativeReminders()
        .addAttempt(
            copy.id(),
            new DeliveryAttempt(
                UUID.randomUUID(),
                reminder.id(),
                SMS,
                RelativeReminder.idempotencyKey(reminder, anna.id(), SMS),
                world.now(),
                DeliveryAttempt.Outcome.DELIVERED,
                "sms-1",
                null));
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.neverCalled(SMS);

    world.remindingRelatives(sms).dispatch(copy.id());

    assertThat(sms.received()).isEmpty();
    assertThat(reload(copy).status()).isEqualTo(RelativeReminder.Status.SENT);
  }

  @Test
  void aRelativeWithoutAConfiguredChannel_isUndelivered() {
    grant(anna(List.of(EMAIL)), Set.of(Scope.RECEIVE_REMINDERS), null);
    RelativeReminder copy = deliverToKaren(karensReminder());

    world.remindingRelatives(ScriptedNotificationChannel.neverCalled(SMS)).dispatch(copy.id());

    assertThat(reload(copy).status()).isEqualTo(RelativeReminder.Status.UNDELIVERED);
  }
}
