package dk.borgerdialog.reminder.model;

import dk.borgerdialog.reminder.model.ReminderDispatcher.Outcome;
import java.util.UUID;

/**
 * Delivers one relative's copy of a reminder (a primary port, called by the scheduler). Safe to
 * call more than once for the same copy, on any node.
 */
public interface RelativeReminderDispatcher {

  /**
   * Tries to deliver a copy.
   *
   * @param copy the copy
   * @return finished, or the time to call again
   */
  Outcome dispatch(UUID copy);
}
