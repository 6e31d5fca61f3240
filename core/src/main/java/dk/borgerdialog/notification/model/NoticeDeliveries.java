package dk.borgerdialog.notification.model;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The pending and finished deliveries of notices, and their attempts (a secondary port). */
public interface NoticeDeliveries {

  /**
   * Adds a delivery unless one for the same citizen and notice key exists.
   *
   * @param delivery the delivery
   * @return whether it was added
   */
  boolean addOnce(NoticeDelivery delivery);

  /**
   * A delivery.
   *
   * @param id the id
   * @return the delivery, or empty
   */
  Optional<NoticeDelivery> byId(UUID id);

  /**
   * Updates a delivery if its version is still the one read.
   *
   * @param delivery the delivery as read and changed
   * @return the delivery as stored
   * @throws dk.borgerdialog.common.ConflictException if it changed since it was read
   */
  NoticeDelivery update(NoticeDelivery delivery);

  /**
   * Records an attempt.
   *
   * @param attempt the attempt
   */
  void addAttempt(NoticeAttempt attempt);

  /**
   * The attempts of a delivery, oldest first.
   *
   * @param delivery the delivery
   * @return the attempts
   */
  List<NoticeAttempt> attempts(UUID delivery);
}
