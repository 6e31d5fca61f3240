package dk.borgerdialog.notification.model;

import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.reminder.model.DeliveryAttempt;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One attempt to deliver a notice on one channel, recorded whatever its outcome.
 *
 * @param id the attempt's id
 * @param delivery the notice delivery
 * @param channel the channel
 * @param idempotencyKey the key handed to the channel, {@link Notice#idempotencyKey}
 * @param attemptedAt when
 * @param outcome what happened, as for reminders
 * @param providerId the provider's id of a delivered message, or null
 * @param error the channel's error, or null; never the message or the address
 */
public record NoticeAttempt(
    UUID id,
    UUID delivery,
    ChannelKind channel,
    String idempotencyKey,
    Instant attemptedAt,
    DeliveryAttempt.Outcome outcome,
    @Nullable String providerId,
    @Nullable String error) {

  /**
   * The attempt that records what a channel answered.
   *
   * @param delivery the delivery
   * @param channel the channel tried
   * @param idempotencyKey the key sent with it
   * @param attemptedAt when
   * @param result what the channel answered
   * @return the attempt, with a new id
   */
  public static NoticeAttempt of(
      UUID delivery,
      ChannelKind channel,
      String idempotencyKey,
      Instant attemptedAt,
      DeliveryResult result) {
    return new NoticeAttempt(
        UUID.randomUUID(),
        delivery,
        channel,
        idempotencyKey,
        attemptedAt,
        DeliveryAttempt.Outcome.of(result),
        result.deliveredAs(),
        result.errorOrNull());
  }

  /** Validates the attempt. */
  public NoticeAttempt {
    Check.notNull("id", id);
    Check.notNull("delivery", delivery);
    Check.notNull("channel", channel);
    Check.notNull("idempotencyKey", idempotencyKey);
    Check.notNull("attemptedAt", attemptedAt);
    Check.notNull("outcome", outcome);
    if (error != null && error.length() > 500) {
      error = error.substring(0, 500);
    }
  }
}
