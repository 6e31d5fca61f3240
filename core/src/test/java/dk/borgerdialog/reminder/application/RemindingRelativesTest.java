package dk.borgerdialog.reminder.application;

import static dk.borgerdialog.notification.model.ChannelKind.EMAIL;
import static dk.borgerdialog.notification.model.ChannelKind.SMS;
import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.notification.model.DeliveryResult;
import dk.borgerdialog.notification.model.Notification;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.relative.model.LegalBasis;
import dk.borgerdialog.relative.model.Relative;
import dk.borgerdialog.relative.model.RelativeGrant;
import dk.borgerdialog.relative.model.RelativeGrantId;
import dk.borgerdialog.relative.model.Scope;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.QuietHours;
import dk.borgerdialog.reminder.model.Reminder;
import dk.borgerdialog.reminder.model.ReminderStatus;
import dk.borgerdialog.testfixtures.InMemoryPlanWorld;
import dk.borgerdialog.testfixtures.ScriptedNotificationChannel;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A relative with "receive reminders" gets the citizen's reminders on their own channels. */
class RemindingRelativesTest {
  private static final String KARENS_PHONE = "+4520304050";
  private static final String ANNAS_PHONE = "+4560708090";

  private final InMemoryPlanWorld world = InMemoryPlanWorld.create();
  private final InMemoryPlanWorld.Frederiksberg fb = world.frederiksberg();

  private Relative anna(List<dk.borgerdialog.notification.model.ChannelKind> channels) {
    Relative anna =
        Relative.create(ExternalRef.of("mitid", "anna-holm"), "Anna Holm")
            .withContact(Language.EN, channels, "anna@example.dk", ANNAS_PHONE);
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
    Appointment visit = world.bookForKaren("2026-01-12T10:00");
    return world.reminders().of(visit.id()).get(0);
  }

  @Test
  void aRelativeWithTheScope_getsTheReminderOnTheirOwnFirstWorkingChannel_inTheirLanguage() {
    Relative anna = anna(List.of(SMS, EMAIL));
    grant(anna, Set.of(Scope.READ_PLAN, Scope.RECEIVE_REMINDERS), null);
    Reminder reminder = karensReminder();
    ScriptedNotificationChannel sms =
        ScriptedNotificationChannel.answering(
            SMS, DeliveryResult.delivered("sms-1"), DeliveryResult.retryable("gateway down"));
    ScriptedNotificationChannel email = ScriptedNotificationChannel.delivering(EMAIL);
    world.clock().set(reminder.dueAt());

    world.dispatchingReminders(sms, email).dispatch(reminder.id());

    assertThat(world.reminders().byId(reminder.id()).orElseThrow().status())
        .isEqualTo(ReminderStatus.SENT);
    assertThat(sms.received())
        .extracting(Notification::address)
        .containsExactly(KARENS_PHONE, ANNAS_PHONE);
    assertThat(email.received())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.address()).isEqualTo("anna@example.dk");
              assertThat(n.language()).isEqualTo(Language.EN);
              assertThat(n.idempotencyKey())
                  .isEqualTo(reminder.idempotencyKey(EMAIL) + ":relative:" + anna.id());
            });
  }

  @Test
  void noReminder_withoutTheScope_afterExpiry_orAfterRevocation() {
    Relative anna = anna(List.of(SMS));
    grant(anna, Set.of(Scope.READ_PLAN), null);
    Reminder reminder = karensReminder();
    RelativeGrant expired =
        grant(anna, Set.of(Scope.RECEIVE_REMINDERS), reminder.dueAt().minusSeconds(1));
    RelativeGrant revoked = grant(anna, Set.of(Scope.RECEIVE_REMINDERS), null);
    world.grants().update(revoked.revoke("citizen", null, reminder.dueAt().minusSeconds(60)));
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.delivering(SMS);
    world.clock().set(reminder.dueAt());

    world.dispatchingReminders(sms).dispatch(reminder.id());

    assertThat(expired.isActiveAt(reminder.dueAt())).isFalse();
    assertThat(sms.received()).extracting(Notification::address).containsExactly(KARENS_PHONE);
  }
}
