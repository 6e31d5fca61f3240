package dk.borgerdialog.persistence.internal;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.UnableToAccessDatabaseException;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.DeliveryResult;
import dk.borgerdialog.notification.model.InAppNotification;
import dk.borgerdialog.notification.model.InAppNotifications;
import dk.borgerdialog.notification.model.Notification;
import dk.borgerdialog.notification.model.NotificationChannel;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Delivers a notification into the citizen's in-app inbox: the address is the citizen's id, and the
 * idempotency key makes a repeated delivery a no-op that still counts as delivered.
 *
 * <p>Call it outside a transaction, as every channel: it stores the notification in a statement of
 * its own. It never throws for a storage problem; it returns a retryable failure whose error names
 * no person and quotes no text.
 */
public final class InAppNotificationChannel implements NotificationChannel {
  /** The provider id of a delivery whose key was seen before. */
  public static final String DUPLICATE = "duplicate";

  private final InAppNotifications notifications;
  private final Clock clock;

  /**
   * Creates the channel.
   *
   * @param notifications where the notifications are stored
   * @param clock the clock that stamps them
   */
  public InAppNotificationChannel(InAppNotifications notifications, Clock clock) {
    this.notifications = Objects.requireNonNull(notifications, "notifications");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public ChannelKind kind() {
    return ChannelKind.IN_APP;
  }

  /**
   * {@inheritDoc}
   *
   * @return delivered, with the new notification's id as the provider id, or {@value #DUPLICATE} if
   *     its key was delivered before; a permanent failure if the notification has no subject or the
   *     database refuses it (an unknown citizen); a retryable failure if it cannot be stored now
   */
  @Override
  public DeliveryResult send(Notification notification) {
    Objects.requireNonNull(notification, "notification");
    if (notification.channel() != ChannelKind.IN_APP) {
      throw new InvalidInputException("channel", "must be IN_APP for the in-app channel");
    }
    InAppNotification stored;
    try {
      stored =
          new InAppNotification(
              UUID.randomUUID(),
              new CitizenId(UUID.fromString(notification.address())),
              notification.idempotencyKey(),
              notification.subject(),
              notification.body(),
              clock.instant(),
              null);
    } catch (InvalidInputException e) {
      // the rule names the field, never its value: an in-app notification needs a subject
      return DeliveryResult.permanent("the in-app notification is invalid: " + e.getMessage());
    }
    try {
      return DeliveryResult.delivered(
          notifications.addOnce(stored) ? stored.id().toString() : DUPLICATE);
    } catch (UnableToAccessDatabaseException e) {
      String state = e.sqlState();
      if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
        // a data or constraint error, such as an unknown citizen: trying again cannot help
        return DeliveryResult.permanent(
            "the in-app notification was refused by the database (SQL state " + state + ")");
      }
      return retryable(state);
    } catch (RuntimeException e) {
      // a lost race or anything else: the key makes another attempt safe
      return retryable(null);
    }
  }

  private static DeliveryResult retryable(@Nullable String state) {
    return DeliveryResult.retryable(
        "the in-app notification could not be stored"
            + (state == null ? "" : " (SQL state " + state + ")"));
  }
}
