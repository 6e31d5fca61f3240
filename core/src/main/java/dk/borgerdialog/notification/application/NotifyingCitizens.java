package dk.borgerdialog.notification.application;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.Citizens;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.InAppNotification;
import dk.borgerdialog.notification.model.InAppNotifications;
import dk.borgerdialog.notification.model.Notice;
import dk.borgerdialog.notification.model.NoticeTexts;
import dk.borgerdialog.notification.model.Notifier;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;

/**
 * The {@link Notifier} that writes the in-app notice in the caller's transaction, in the citizen's
 * language.
 */
public final class NotifyingCitizens implements Notifier {
  private final InAppNotifications inApp;
  private final Citizens citizens;
  private final Clock clock;

  /**
   * Creates the notifier.
   *
   * @param inApp the in-app notifications
   * @param citizens the citizens, for their language
   * @param clock the clock
   */
  @Inject
  public NotifyingCitizens(InAppNotifications inApp, Citizens citizens, Clock clock) {
    this.inApp = inApp;
    this.citizens = citizens;
    this.clock = clock;
  }

  @Override
  public void notify(Notice notice) {
    Check.notNull("notice", notice);
    Language language =
        citizens.byId(notice.recipient()).map(Citizen::language).orElse(Language.DA);
    inApp.addOnce(
        new InAppNotification(
            UUID.randomUUID(),
            notice.recipient(),
            notice.idempotencyKey(ChannelKind.IN_APP),
            NoticeTexts.subject(notice.kind(), language),
            NoticeTexts.body(notice.kind(), language),
            clock.instant(),
            null));
  }
}
