package dk.borgerdialog.reminder.application;

import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.DeliveryResult;
import dk.borgerdialog.notification.model.NotificationChannel;
import dk.borgerdialog.notification.model.NotificationChannels;
import dk.borgerdialog.reminder.model.DeliveryAttempt;
import dk.borgerdialog.reminder.model.QuietHours;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The walk over a receiver's channels that a citizen's reminder and a relative's copy of it share:
 * the channels in the receiver's order; a channel whose outcome was unknown pinned, so that only it
 * is tried again, with the same key, and never a second copy goes out on another; a retryable
 * failure retried after {@link DispatchingReminders#BACKOFF} (or a longer Retry-After) up to {@link
 * DispatchingReminders#MAX_ATTEMPTS_PER_CHANNEL} attempts; a refusal final for its channel; then
 * the next channel at once. A retry that would fall in the quiet hours waits for their end (unless
 * critical); one that would fall at or after the appointment's start is not made.
 *
 * <p>The caller sends and records each attempt ({@link Sender}) and decides what the walk's end
 * means for what it delivers ({@link End}).
 */
final class ChannelWalk {

  /** Sends on one channel and records the attempt, or finds the delivery no longer due. */
  @FunctionalInterface
  interface Sender {
    /**
     * Sends on a channel and records the attempt.
     *
     * @param kind the channel's kind
     * @param channel the channel
     * @param address the receiver's address on it
     * @return the channel's answer, or empty if the delivery is no longer due (cancelled, moved,
     *     withdrawn, no longer granted), in which case nothing was sent
     */
    Optional<DeliveryResult> send(ChannelKind kind, NotificationChannel channel, String address);
  }

  /** How a walk ended. */
  sealed interface End {
    /** A channel delivered. */
    record Delivered() implements End {}

    /** The delivery is no longer due: the caller withdraws it. */
    record NoLongerDue() implements End {}

    /**
     * A channel is to be tried again then.
     *
     * @param at when, before the appointment's start
     */
    record RetryAt(Instant at) implements End {}

    /** No channel delivered and no retry fits before the appointment's start. */
    record Undelivered() implements End {}
  }

  private ChannelWalk() {}

  /**
   * Walks the channels once, as far as this call may go.
   *
   * @param log the delivery's attempts so far, oldest first
   * @param order the receiver's channels in their order
   * @param address the receiver's address on a channel, or null if none
   * @param channels the configured channels
   * @param now now
   * @param start the appointment's start
   * @param quiet the quiet hours that retries keep out of
   * @param zone the zone the quiet hours are in
   * @param critical whether the quiet hours are ignored
   * @param sender sends and records an attempt
   * @return how the walk ended
   */
  static End walk(
      List<DeliveryAttempt> log,
      List<ChannelKind> order,
      Function<ChannelKind, @Nullable String> address,
      NotificationChannels channels,
      Instant now,
      Instant start,
      QuietHours quiet,
      ZoneId zone,
      boolean critical,
      Sender sender) {
    // a channel whose outcome was unknown may have delivered: only it, with its key, is tried again
    Optional<ChannelKind> pinned =
        log.stream()
            .filter(a -> a.outcome() == DeliveryAttempt.Outcome.UNKNOWN)
            .map(DeliveryAttempt::channel)
            .findFirst();
    Set<ChannelKind> givenUp = EnumSet.noneOf(ChannelKind.class);
    for (ChannelKind kind : pinned.map(List::of).orElse(order)) {
      Optional<NotificationChannel> channel = channels.get(kind);
      String to = address.apply(kind);
      if (channel.isEmpty() || to == null) {
        continue;
      }
      if (pinned.isEmpty()
          && (givenUp.contains(kind) || DispatchingReminders.exhausted(log, kind, order))) {
        continue;
      }
      Optional<DeliveryResult> sent = sender.send(kind, channel.get(), to);
      if (sent.isEmpty()) {
        // cancelled, moved or withdrawn, perhaps while an earlier channel was tried
        return new End.NoLongerDue();
      }
      DeliveryResult result = sent.get();
      if (result instanceof DeliveryResult.Delivered) {
        return new End.Delivered();
      }
      long tries = log.stream().filter(a -> a.channel() == kind).count() + 1;
      if (pinned.isPresent() || result instanceof DeliveryResult.Unknown) {
        // never a second copy on another channel: retry this one with the same key, or give up
        Instant retry =
            DispatchingReminders.outOfQuietHours(
                now.plus(
                    DispatchingReminders.BACKOFF.get(
                        (int) Math.min(tries - 1, DispatchingReminders.BACKOFF.size() - 1))),
                quiet,
                zone,
                critical);
        return retry.isBefore(start) ? new End.RetryAt(retry) : new End.Undelivered();
      }
      Instant retry = DispatchingReminders.retryTime(result, tries, now);
      if (retry != null) {
        retry = DispatchingReminders.outOfQuietHours(retry, quiet, zone, critical);
        if (retry.isBefore(start)) {
          return new End.RetryAt(retry);
        }
      }
      // this channel is done with; the next one is tried at once
      givenUp.add(kind);
    }
    return new End.Undelivered();
  }
}
