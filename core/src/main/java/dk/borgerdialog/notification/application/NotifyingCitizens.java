package dk.borgerdialog.notification.application;

import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.InAppNotification;
import dk.borgerdialog.notification.model.InAppNotifications;
import dk.borgerdialog.notification.model.Notice;
import dk.borgerdialog.notification.model.NoticeDeliveries;
import dk.borgerdialog.notification.model.NoticeDelivery;
import dk.borgerdialog.notification.model.NoticeRecipients;
import dk.borgerdialog.notification.model.NoticeScheduler;
import dk.borgerdialog.notification.model.NoticeTexts;
import dk.borgerdialog.notification.model.Notifier;
import dk.borgerdialog.reminder.model.ContactPreferences;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@link Notifier}: writes the in-app notice in the caller's transaction, in the citizen's
 * language, and, if the citizen chose e-mail or SMS, a pending delivery that the scheduler wakes
 * after commit ({@link DeliveringNotices}), at once or at the end of the citizen's quiet hours.
 */
public final class NotifyingCitizens implements Notifier {
  private final InAppNotifications inApp;
  private final NoticeRecipients recipients;
  private final NoticeDeliveries deliveries;
  private final NoticeScheduler scheduler;
  private final Clock clock;

  /**
   * Creates the notifier.
   *
   * @param inApp the in-app notifications
   * @param recipients the citizens, for their language and zone, with their contact preferences,
   *     for the channels beyond in-app
   * @param deliveries the pending deliveries
   * @param scheduler wakes the delivery after commit
   * @param clock the clock
   */
  @Inject
  public NotifyingCitizens(
      InAppNotifications inApp,
      NoticeRecipients recipients,
      NoticeDeliveries deliveries,
      NoticeScheduler scheduler,
      Clock clock) {
    this.inApp = inApp;
    this.recipients = recipients;
    this.deliveries = deliveries;
    this.scheduler = scheduler;
    this.clock = clock;
  }

  @Override
  public void notify(Notice notice) {
    Check.notNull("notice", notice);
    // the citizen and their preferences in one read: the language is needed for every notice
    Optional<NoticeRecipients.Recipient> recipient = recipients.byId(notice.recipient());
    Language language = recipient.map(r -> r.citizen().language()).orElse(Language.DA);
    Instant now = clock.instant();
    boolean first =
        inApp.addOnce(
            new InAppNotification(
                UUID.randomUUID(),
                notice.recipient(),
                notice.idempotencyKey(ChannelKind.IN_APP),
                NoticeTexts.subject(notice.kind(), language),
                NoticeTexts.body(notice.kind(), language),
                now,
                null));
    if (!first || recipient.isEmpty()) {
      return;
    }
    ContactPreferences contact = recipient.get().preferencesOrDefaults();
    boolean beyondInApp = contact.usableChannels().stream().anyMatch(c -> c != ChannelKind.IN_APP);
    if (!beyondInApp) {
      return;
    }
    NoticeDelivery delivery = NoticeDelivery.pending(notice, now);
    if (deliveries.addOnce(delivery)) {
      ZoneId zone = recipient.get().citizen().zone();
      Instant at =
          contact.quietHours().contains(now, zone)
              ? contact.quietHours().endOfPeriod(now, zone)
              : now;
      scheduler.scheduleNew(delivery.id(), at);
    }
  }
}
