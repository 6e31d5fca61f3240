package dk.borgerdialog.notification.application;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.Citizens;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.InAppNotification;
import dk.borgerdialog.notification.model.InAppNotifications;
import dk.borgerdialog.notification.model.Notice;
import dk.borgerdialog.notification.model.NoticeDeliveries;
import dk.borgerdialog.notification.model.NoticeDelivery;
import dk.borgerdialog.notification.model.NoticeScheduler;
import dk.borgerdialog.notification.model.NoticeTexts;
import dk.borgerdialog.notification.model.Notifier;
import dk.borgerdialog.reminder.model.AllContactPreferences;
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
  private final Citizens citizens;
  private final AllContactPreferences preferences;
  private final NoticeDeliveries deliveries;
  private final NoticeScheduler scheduler;
  private final Clock clock;

  /**
   * Creates the notifier.
   *
   * @param inApp the in-app notifications
   * @param citizens the citizens, for their language and zone
   * @param preferences the contact preferences, for the channels beyond in-app
   * @param deliveries the pending deliveries
   * @param scheduler wakes the delivery after commit
   * @param clock the clock
   */
  @Inject
  public NotifyingCitizens(
      InAppNotifications inApp,
      Citizens citizens,
      AllContactPreferences preferences,
      NoticeDeliveries deliveries,
      NoticeScheduler scheduler,
      Clock clock) {
    this.inApp = inApp;
    this.citizens = citizens;
    this.preferences = preferences;
    this.deliveries = deliveries;
    this.scheduler = scheduler;
    this.clock = clock;
  }

  @Override
  public void notify(Notice notice) {
    Check.notNull("notice", notice);
    Optional<Citizen> citizen = citizens.byId(notice.recipient());
    Language language = citizen.map(Citizen::language).orElse(Language.DA);
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
    if (!first || citizen.isEmpty()) {
      return;
    }
    ContactPreferences contact =
        preferences
            .of(notice.recipient())
            .orElseGet(() -> ContactPreferences.defaults(notice.recipient()));
    boolean beyondInApp = contact.usableChannels().stream().anyMatch(c -> c != ChannelKind.IN_APP);
    if (!beyondInApp) {
      return;
    }
    NoticeDelivery delivery = NoticeDelivery.pending(notice, now);
    if (deliveries.addOnce(delivery)) {
      ZoneId zone = citizen.get().zone();
      Instant at =
          contact.quietHours().contains(now, zone)
              ? contact.quietHours().endOfPeriod(now, zone)
              : now;
      scheduler.schedule(delivery.id(), at);
    }
  }
}
