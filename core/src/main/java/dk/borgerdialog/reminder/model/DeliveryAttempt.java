package dk.borgerdialog.reminder.model;

import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.DeliveryResult;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One attempt to deliver a reminder on one channel, recorded whatever its outcome.
 *
 * @param id the attempt's id
 * @param reminder the reminder
 * @param channel the channel
 * @param idempotencyKey the key handed to the channel, the same for every attempt on it
 * @param attemptedAt when
 * @param outcome what happened
 * @param providerId the provider's id for a delivered message, or null
 * @param error the channel's error, or null; never holds the message or the address
 */
public record DeliveryAttempt(
    UUID id,
    ReminderId reminder,
    ChannelKind channel,
    String idempotencyKey,
    Instant attemptedAt,
    Outcome outcome,
    @Nullable String providerId,
    @Nullable String error) {

  /** Validates the attempt. */
  public DeliveryAttempt {
    Check.notNull("id", id);
    Check.notNull("reminder", reminder);
    Check.notNull("channel", channel);
    Check.notNull("idempotencyKey", idempotencyKey);
    Check.notNull("attemptedAt", attemptedAt);
    Check.notNull("outcome", outcome);
    if (error != null && error.length() > 500) {
      error = error.substring(0, 500);
    }
  }

  /**
   * The attempt that records what a channel answered.
   *
   * @param reminder the reminder
   * @param channel the channel tried
   * @param idempotencyKey the key sent with it
   * @param attemptedAt when
   * @param result what the channel answered
   * @return the attempt, with a new id
   */
  public static DeliveryAttempt of(
      ReminderId reminder,
      ChannelKind channel,
      String idempotencyKey,
      Instant attemptedAt,
      DeliveryResult result) {
    return new DeliveryAttempt(
        UUID.randomUUID(),
        reminder,
        channel,
        idempotencyKey,
        attemptedAt,
        Outcome.of(result),
        result.deliveredAs(),
        result.errorOrNull());
  }

  /** What an attempt came to. */
  public enum Outcome {
    /** The provider accepted the message. */
    DELIVERED,
    /** The provider could not be reached or was busy; worth retrying. */
    FAILED,
    /** The provider refused for good (a wrong number, a rejected address); not retried. */
    REFUSED,
    /** Nobody knows whether it arrived; retried with the same key. */
    UNKNOWN;

    /**
     * The outcome of what a channel answered.
     *
     * @param result the answer
     * @return delivered; failed or refused, as the failure is retryable or not; or unknown
     */
    public static Outcome of(DeliveryResult result) {
      if (result instanceof DeliveryResult.Delivered) {
        return DELIVERED;
      }
      if (result instanceof DeliveryResult.Failed f) {
        return f.retryable() ? FAILED : REFUSED;
      }
      return UNKNOWN;
    }
  }
}
