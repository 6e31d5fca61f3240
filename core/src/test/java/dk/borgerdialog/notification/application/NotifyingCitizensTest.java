package dk.borgerdialog.notification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.DeliveryResult;
import dk.borgerdialog.notification.model.InAppNotification;
import dk.borgerdialog.notification.model.Notice;
import dk.borgerdialog.notification.model.NoticeDelivery;
import dk.borgerdialog.notification.model.NoticeKind;
import dk.borgerdialog.notification.model.NoticeRecipients;
import dk.borgerdialog.notification.model.NoticeTexts;
import dk.borgerdialog.notification.model.Notification;
import dk.borgerdialog.notification.model.NotificationChannels;
import dk.borgerdialog.organisation.model.MunicipalityId;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.QuietHours;
import dk.borgerdialog.reminder.model.ReminderDispatcher.Outcome;
import dk.borgerdialog.testfixtures.CitizenFixture;
import dk.borgerdialog.testfixtures.DirectTransactions;
import dk.borgerdialog.testfixtures.InMemoryCitizens;
import dk.borgerdialog.testfixtures.InMemoryContactPreferences;
import dk.borgerdialog.testfixtures.InMemoryInAppNotifications;
import dk.borgerdialog.testfixtures.InMemoryNoticeDeliveries;
import dk.borgerdialog.testfixtures.ScriptedNotificationChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NotifyingCitizensTest {
  private final SettableClock clock = SettableClock.at(Instant.parse("2026-03-28T17:00:00Z"));
  private final InMemoryCitizens citizens = new InMemoryCitizens();
  private final InMemoryInAppNotifications inApp = new InMemoryInAppNotifications();
  private final InMemoryContactPreferences preferences = new InMemoryContactPreferences();
  private final InMemoryNoticeDeliveries deliveries = new InMemoryNoticeDeliveries();
  private final NotifyingCitizens notifier =
      new NotifyingCitizens(
          inApp,
          id ->
              citizens
                  .byId(id)
                  .map(c -> new NoticeRecipients.Recipient(c, preferences.of(id).orElse(null))),
          deliveries,
          deliveries,
          clock);
  private final Citizen karen = CitizenFixture.karenHolm(MunicipalityId.random());

  @Test
  void writesOneNeutralInAppNoticeInTheCitizensLanguage() {
    citizens.add(karen);

    notifier.notify(new Notice("message-42", karen.id(), NoticeKind.NEW_MESSAGE));
    notifier.notify(new Notice("message-42", karen.id(), NoticeKind.NEW_MESSAGE));

    List<InAppNotification> notices = inApp.of(karen.id(), 10);
    assertThat(notices).hasSize(1);
    assertThat(notices.get(0).subject()).isEqualTo("Du har en ny besked");
    assertThat(notices.get(0).body()).isEqualTo("Du har en ny besked. Log ind for at se mere.");
    assertThat(notices.get(0).createdAt()).isEqualTo(clock.instant());
    assertThat(inApp.unread(karen.id())).isEqualTo(1);
  }

  @Test
  void differentKindsWithTheSameKeyAreDifferentNotices() {
    citizens.add(karen);

    notifier.notify(new Notice("42", karen.id(), NoticeKind.NEW_MESSAGE));
    notifier.notify(new Notice("42", karen.id(), NoticeKind.CONTACT_CHANGED));

    assertThat(inApp.of(karen.id(), 10)).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(NoticeKind.class)
  void everyKindHasADanishAndAnEnglishText(NoticeKind kind) {
    assertThat(NoticeTexts.subject(kind, Language.DA))
        .isNotBlank()
        .isNotEqualTo(NoticeTexts.subject(kind, Language.EN));
    assertThat(NoticeTexts.body(kind, Language.EN))
        .startsWith(NoticeTexts.subject(kind, Language.EN));
  }

  @Test
  void aKeyWithSpacesIsRefused() {
    assertThatThrownBy(() -> new Notice("two words", karen.id(), NoticeKind.NEW_MESSAGE))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("key"));
  }

  private void prefersEmail() {
    preferences.save(
        new ContactPreferences(
            karen.id(),
            List.of(ChannelKind.SMS, ChannelKind.EMAIL, ChannelKind.IN_APP),
            "karen@example.dk",
            "+4512345678",
            QuietHours.DEFAULT,
            Set.of(),
            0));
  }

  @Test
  void inAppOnlyNeedsNoDelivery() {
    citizens.add(karen);

    notifier.notify(new Notice("message-1", karen.id(), NoticeKind.NEW_MESSAGE));

    assertThat(deliveries.all()).isEmpty();
    assertThat(deliveries.scheduled()).isEmpty();
  }

  @Test
  void aCitizenWithEmailAndSmsGetsOnePendingDeliveryScheduledNowAndOnlyOnce() {
    citizens.add(karen);
    prefersEmail();

    notifier.notify(new Notice("message-2", karen.id(), NoticeKind.NEW_MESSAGE));
    notifier.notify(new Notice("message-2", karen.id(), NoticeKind.NEW_MESSAGE));

    assertThat(deliveries.all())
        .singleElement()
        .satisfies(d -> assertThat(d.status()).isEqualTo(NoticeDelivery.Status.PENDING));
    assertThat(deliveries.scheduled()).containsValue(clock.instant());
  }

  @Test
  void aNoticeAtNightIsScheduledForTheEndOfQuietHours() {
    citizens.add(karen);
    prefersEmail();
    clock.set(Instant.parse("2026-03-28T22:30:00Z")); // 23:30 in Copenhagen

    notifier.notify(new Notice("message-3", karen.id(), NoticeKind.NEW_MESSAGE));

    assertThat(deliveries.scheduled()).containsValue(Instant.parse("2026-03-29T06:00:00Z"));
  }

  @Test
  void deliveryTriesTheChannelsInOrderWithTheNeutralTextAndTheNoticesKey() {
    citizens.add(karen);
    prefersEmail();
    ScriptedNotificationChannel sms =
        ScriptedNotificationChannel.answering(
            ChannelKind.SMS, DeliveryResult.permanent("unknown number"));
    ScriptedNotificationChannel email = ScriptedNotificationChannel.delivering(ChannelKind.EMAIL);
    DeliveringNotices dispatcher =
        new DeliveringNotices(
            deliveries,
            citizens,
            preferences,
            NotificationChannels.of(List.of(sms, email)),
            new DirectTransactions(),
            clock);
    Notice notice = new Notice("message-4", karen.id(), NoticeKind.NEW_MESSAGE);
    notifier.notify(notice);
    NoticeDelivery pending = deliveries.all().get(0);

    assertThat(dispatcher.dispatch(pending.id())).isInstanceOf(Outcome.Finished.class);
    assertThat(dispatcher.dispatch(pending.id())).isInstanceOf(Outcome.Finished.class);

    Notification mail = email.received().get(0);
    assertThat(email.received()).hasSize(1);
    assertThat(mail.idempotencyKey()).isEqualTo(notice.idempotencyKey(ChannelKind.EMAIL));
    assertThat(mail.subject()).isEqualTo("Du har en ny besked");
    assertThat(mail.body()).isEqualTo("Du har en ny besked. Log ind for at se mere.");
    NoticeDelivery sent = deliveries.byId(pending.id()).orElseThrow();
    assertThat(sent.status()).isEqualTo(NoticeDelivery.Status.SENT);
    assertThat(sent.sentVia()).isEqualTo(ChannelKind.EMAIL);
    assertThat(deliveries.attempts(pending.id()))
        .extracting(a -> a.channel())
        .containsExactly(ChannelKind.SMS, ChannelKind.EMAIL);
  }

  @Test
  void deliveryRetriesAnUnknownOutcomeOnTheSameChannelAndWaitsOutTheNight() {
    citizens.add(karen);
    preferences.save(
        new ContactPreferences(
            karen.id(),
            List.of(ChannelKind.SMS, ChannelKind.EMAIL),
            "karen@example.dk",
            "+4512345678",
            QuietHours.DEFAULT,
            Set.of(),
            0));
    ScriptedNotificationChannel sms =
        ScriptedNotificationChannel.answering(
            ChannelKind.SMS, DeliveryResult.unknown("timeout"), DeliveryResult.delivered("p-1"));
    ScriptedNotificationChannel email = ScriptedNotificationChannel.neverCalled(ChannelKind.EMAIL);
    DeliveringNotices dispatcher =
        new DeliveringNotices(
            deliveries,
            citizens,
            preferences,
            NotificationChannels.of(List.of(sms, email)),
            new DirectTransactions(),
            clock);
    notifier.notify(new Notice("message-5", karen.id(), NoticeKind.NEW_MESSAGE));
    NoticeDelivery pending = deliveries.all().get(0);

    Outcome first = dispatcher.dispatch(pending.id());
    assertThat(first).isEqualTo(new Outcome.RetryAt(clock.instant().plus(Duration.ofMinutes(1))));
    clock.set(Instant.parse("2026-03-28T21:30:00Z")); // 22:30 in Copenhagen
    assertThat(dispatcher.dispatch(pending.id()))
        .isEqualTo(new Outcome.RetryAt(Instant.parse("2026-03-29T06:00:00Z")));
    clock.set(Instant.parse("2026-03-29T06:00:00Z"));
    assertThat(dispatcher.dispatch(pending.id())).isInstanceOf(Outcome.Finished.class);

    assertThat(sms.received()).hasSize(2);
    assertThat(sms.received().get(0).idempotencyKey())
        .isEqualTo(sms.received().get(1).idempotencyKey());
    assertThat(deliveries.byId(pending.id()).orElseThrow().sentVia()).isEqualTo(ChannelKind.SMS);
  }
}
