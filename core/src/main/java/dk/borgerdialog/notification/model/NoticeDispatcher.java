package dk.borgerdialog.notification.model;

import dk.borgerdialog.reminder.model.ReminderDispatcher.Outcome;
import java.util.UUID;

/**
 * Delivers one notice on the citizen's channels beyond in-app (a primary port, called by the
 * scheduler). Safe to call more than once for the same delivery, on any node.
 */
public interface NoticeDispatcher {

  /**
   * Tries to deliver a notice.
   *
   * @param delivery the delivery
   * @return finished, or the time to call again
   */
  Outcome dispatch(UUID delivery);
}
