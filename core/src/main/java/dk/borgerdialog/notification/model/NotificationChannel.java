package dk.borgerdialog.notification.model;

import dk.borgerdialog.common.InvalidInputException;

/**
 * A secondary port that delivers a {@link Notification} over one {@link ChannelKind}.
 *
 * <p>Adapters must:
 *
 * <ul>
 *   <li>never throw for a delivery problem (a server that is down, a refusal, a timeout): they
 *       return {@link DeliveryResult.Failed} or {@link DeliveryResult.Unknown} instead;
 *   <li>hand the notification's {@linkplain Notification#idempotencyKey() idempotency key} to the
 *       provider, so that a retry after an unknown outcome is not delivered twice;
 *   <li>never log the address, subject or body, which are personal data.
 * </ul>
 *
 * <p>Callers deliver at least once: they retry a retryable failure and an unknown outcome with the
 * same notification, and so the same key.
 */
public interface NotificationChannel {

  /**
   * The kind of channel this adapter delivers on.
   *
   * @return the kind; {@link #send} accepts only notifications of this kind
   */
  ChannelKind kind();

  /**
   * Delivers a notification.
   *
   * @param notification the notification; its {@link Notification#channel()} must be {@link
   *     #kind()}
   * @return the outcome: delivered, failed (retryable or not) or unknown
   * @throws InvalidInputException if the notification is for another kind of channel (a programming
   *     error, not a delivery problem)
   */
  DeliveryResult send(Notification notification);
}
