package dk.borgerdialog.reminder.model;

import java.time.Instant;
import java.util.UUID;

/**
 * Wakes the {@link RelativeReminderDispatcher} when a relative's copy is due (a secondary port), on
 * the same cluster-safe scheduler as reminders. Joins the current transaction: a copy is scheduled
 * if and only if the citizen's delivery that planned it commits.
 */
public interface RelativeReminderScheduler {

  /**
   * Schedules the dispatch of a copy; a second call for the same copy leaves the first time.
   *
   * @param copy the copy
   * @param at when
   */
  void schedule(UUID copy, Instant at);

  /**
   * Schedules the dispatch of a copy just added in the current transaction, which cannot have been
   * scheduled yet: an adapter may then skip the look-up that {@link #schedule} makes.
   *
   * @param copy the new copy
   * @param at when
   */
  default void scheduleNew(UUID copy, Instant at) {
    schedule(copy, at);
  }
}
