package dk.borgerdialog.reminder.model;

import java.time.Instant;
import java.util.Collection;

/**
 * Wakes the dispatcher when a reminder is due (a secondary port), implemented on a cluster-safe
 * scheduler that stores its work in the same database.
 *
 * <p>Both methods join the current transaction: a reminder is scheduled if and only if the booking
 * that planned it commits, and unscheduled if and only if the cancellation commits.
 */
public interface ReminderScheduler {

  /**
   * Schedules the dispatch of a reminder.
   *
   * @param reminder the reminder
   * @param at when to dispatch it
   */
  void schedule(ReminderId reminder, Instant at);

  /**
   * Schedules the dispatch of reminders that were just planned and so cannot be scheduled yet: an
   * adapter may write them without first looking for an existing entry.
   *
   * @param planned the new reminders, each dispatched at its due time
   */
  default void scheduleNew(Collection<Reminder> planned) {
    for (Reminder reminder : planned) {
      schedule(reminder.id(), reminder.dueAt());
    }
  }

  /**
   * Unschedules the dispatch of a reminder, if it is still scheduled.
   *
   * @param reminder the reminder
   */
  void unschedule(ReminderId reminder);
}
