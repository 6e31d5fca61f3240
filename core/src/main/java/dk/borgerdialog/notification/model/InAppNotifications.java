package dk.borgerdialog.notification.model;

import dk.borgerdialog.citizen.model.CitizenId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The citizens' in-app notifications (a secondary port). */
public interface InAppNotifications {

  /**
   * Stores a notification unless one with the same idempotency key exists.
   *
   * @param notification the notification
   * @return true if stored, false if its key was seen before (a repeated delivery)
   */
  boolean addOnce(InAppNotification notification);

  /**
   * A citizen's notifications, newest first.
   *
   * @param citizen the citizen
   * @param limit the most to return
   * @return the notifications
   */
  List<InAppNotification> of(CitizenId citizen, int limit);

  /**
   * How many notifications the citizen has not read.
   *
   * @param citizen the citizen
   * @return the count
   */
  int unread(CitizenId citizen);

  /**
   * Marks a notification read, once.
   *
   * @param citizen the citizen it belongs to
   * @param id the notification
   * @param at when
   * @return true if it was unread and belongs to the citizen
   */
  boolean markRead(CitizenId citizen, UUID id, Instant at);
}
