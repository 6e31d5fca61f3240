package dk.borgerdialog.notification.application;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.Citizens;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.DeliveryResult;
import dk.borgerdialog.notification.model.Notice;
import dk.borgerdialog.notification.model.NoticeAttempt;
import dk.borgerdialog.notification.model.NoticeDeliveries;
import dk.borgerdialog.notification.model.NoticeDelivery;
import dk.borgerdialog.notification.model.NoticeDispatcher;
import dk.borgerdialog.notification.model.NoticeTexts;
import dk.borgerdialog.notification.model.Notification;
import dk.borgerdialog.notification.model.NotificationChannel;
import dk.borgerdialog.notification.model.NotificationChannels;
import dk.borgerdialog.reminder.application.DispatchingReminders;
import dk.borgerdialog.reminder.model.AllContactPreferences;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.DeliveryAttempt;
import dk.borgerdialog.reminder.model.QuietHours;
import dk.borgerdialog.reminder.model.ReminderDispatcher.Outcome;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Delivers a notice on the citizen's channels beyond in-app (e-mail, SMS), in their order, at least
 * once, with {@link Notice#idempotencyKey} per channel.
 *
 * <p>The rules are the reminders' ({@link DispatchingReminders}): never in the citizen's quiet
 * hours (the delivery waits for the morning); every attempt recorded whatever its outcome; a
 * delivered attempt in the log marks the delivery sent without sending again; an unknown outcome is
 * retried on the same channel with the same key and never copied to another channel; a failure is
 * retried after {@link DispatchingReminders#BACKOFF} up to {@link
 * DispatchingReminders#MAX_ATTEMPTS_PER_CHANNEL} attempts, then the next channel is tried. A notice
 * that no channel delivered within {@link #GIVE_UP_AFTER} is marked undelivered: the in-app notice
 * remains.
 *
 * <p>The text is the kind's neutral text ({@link NoticeTexts}) in the citizen's language: a notice
 * carries no content, so no message body can reach an e-mail or an SMS.
 */
public final class DeliveringNotices implements NoticeDispatcher {
  /** How long a notice is tried before it is given up. */
  public static final Duration GIVE_UP_AFTER = Duration.ofDays(2);

  private final NoticeDeliveries deliveries;
  private final Citizens citizens;
  private final AllContactPreferences preferences;
  private final NotificationChannels channels;
  private final Transactions transactions;
  private final Clock clock;

  /**
   * Creates the dispatcher.
   *
   * @param deliveries the deliveries and their attempts
   * @param citizens the citizens, for language and zone
   * @param preferences the contact preferences
   * @param channels the configured channels
   * @param transactions the transactions
   * @param clock the clock
   */
  @Inject
  public DeliveringNotices(
      NoticeDeliveries deliveries,
      Citizens citizens,
      AllContactPreferences preferences,
      NotificationChannels channels,
      Transactions transactions,
      Clock clock) {
    this.deliveries = deliveries;
    this.citizens = citizens;
    this.preferences = preferences;
    this.channels = channels;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public Outcome dispatch(UUID id) {
    Optional<NoticeDelivery> found = deliveries.byId(id);
    if (found.isEmpty() || found.get().status() != NoticeDelivery.Status.PENDING) {
      return new Outcome.Finished();
    }
    NoticeDelivery delivery = found.get();
    Instant now = clock.instant();
    List<NoticeAttempt> log = deliveries.attempts(id);
    Optional<NoticeAttempt> delivered =
        log.stream().filter(a -> a.outcome() == DeliveryAttempt.Outcome.DELIVERED).findFirst();
    if (delivered.isPresent()) {
      return finish(delivery.sent(delivered.get().channel(), delivered.get().attemptedAt()));
    }
    Instant deadline = delivery.createdAt().plus(GIVE_UP_AFTER);
    Optional<Citizen> citizen = citizens.byId(delivery.notice().recipient());
    if (citizen.isEmpty() || !now.isBefore(deadline)) {
      return finish(delivery.undelivered(now));
    }
    ContactPreferences contact =
        preferences
            .of(citizen.get().id())
            .orElseGet(() -> ContactPreferences.defaults(citizen.get().id()));
    QuietHours quiet = contact.quietHours();
    if (quiet.contains(now, citizen.get().zone())) {
      Instant morning = quiet.endOfPeriod(now, citizen.get().zone());
      return morning.isBefore(deadline)
          ? new Outcome.RetryAt(morning)
          : finish(delivery.undelivered(now));
    }
    List<ChannelKind> order =
        contact.usableChannels().stream().filter(c -> c != ChannelKind.IN_APP).toList();
    Optional<ChannelKind> pinned =
        log.stream()
            .filter(a -> a.outcome() == DeliveryAttempt.Outcome.UNKNOWN)
            .map(NoticeAttempt::channel)
            .findFirst();
    for (ChannelKind kind : pinned.map(List::of).orElse(order)) {
      Optional<NotificationChannel> channel = channels.get(kind);
      String address = contact.address(kind);
      long tries = log.stream().filter(a -> a.channel() == kind).count();
      boolean refused =
          log.stream()
              .anyMatch(a -> a.channel() == kind && a.outcome() == DeliveryAttempt.Outcome.REFUSED);
      if (channel.isEmpty()
          || address == null
          || refused
          || tries >= DispatchingReminders.MAX_ATTEMPTS_PER_CHANNEL) {
        continue;
      }
      String key = delivery.notice().idempotencyKey(kind);
      DeliveryResult result = send(channel.get(), delivery.notice(), citizen.get(), kind, address);
      NoticeAttempt attempt = attempt(delivery, kind, key, now, result);
      transactions.inTransaction(
          () -> {
            deliveries.addAttempt(attempt);
            return null;
          });
      if (result instanceof DeliveryResult.Delivered) {
        return finish(delivery.sent(kind, now));
      }
      boolean retryable =
          result instanceof DeliveryResult.Unknown
              || (result instanceof DeliveryResult.Failed f && f.retryable());
      if (retryable && tries + 1 < DispatchingReminders.MAX_ATTEMPTS_PER_CHANNEL) {
        Duration wait =
            DispatchingReminders.BACKOFF.get(
                (int) Math.min(tries, DispatchingReminders.BACKOFF.size() - 1));
        if (result instanceof DeliveryResult.Failed f
            && f.retryAfter() != null
            && f.retryAfter().compareTo(wait) > 0) {
          wait = f.retryAfter();
        }
        Instant retry = now.plus(wait);
        if (quiet.contains(retry, citizen.get().zone())) {
          retry = quiet.endOfPeriod(retry, citizen.get().zone());
        }
        if (retry.isBefore(deadline)) {
          return new Outcome.RetryAt(retry);
        }
      }
      if (result instanceof DeliveryResult.Unknown) {
        // it may have arrived: never a second copy on another channel
        return finish(delivery.undelivered(now));
      }
    }
    return finish(delivery.undelivered(now));
  }

  private DeliveryResult send(
      NotificationChannel channel,
      Notice notice,
      Citizen citizen,
      ChannelKind kind,
      String address) {
    try {
      return channel.send(
          new Notification(
              notice.idempotencyKey(kind),
              kind,
              address,
              citizen.language(),
              NoticeTexts.subject(notice.kind(), citizen.language()),
              NoticeTexts.body(notice.kind(), citizen.language())));
    } catch (RuntimeException e) {
      return DeliveryResult.unknown("the channel threw " + e.getClass().getSimpleName());
    }
  }

  private Outcome finish(NoticeDelivery finished) {
    transactions.inTransaction(() -> deliveries.update(finished));
    return new Outcome.Finished();
  }

  private static NoticeAttempt attempt(
      NoticeDelivery delivery, ChannelKind kind, String key, Instant now, DeliveryResult result) {
    return NoticeAttempt.of(delivery.id(), kind, key, now, result);
  }
}
