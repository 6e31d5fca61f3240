package dk.borgerdialog.notification.model;

import java.time.Instant;
import java.util.UUID;

/**
 * Wakes the {@link NoticeDispatcher} when a notice delivery is due (a secondary port), on the same
 * cluster-safe scheduler as reminders. Joins the current transaction: a delivery is scheduled if
 * and only if the notice that caused it commits.
 */
public interface NoticeScheduler {

  /**
   * Schedules the dispatch of a notice delivery.
   *
   * @param delivery the delivery
   * @param at when
   */
  void schedule(UUID delivery, Instant at);

  /**
   * Schedules the dispatch of a delivery just added in the current transaction, which cannot have
   * been scheduled yet: an adapter may then skip the look-up that {@link #schedule} makes.
   *
   * @param delivery the new delivery
   * @param at when
   */
  default void scheduleNew(UUID delivery, Instant at) {
    schedule(delivery, at);
  }
}
