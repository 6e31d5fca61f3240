package dk.borgerdialog.reminder.model;

import java.util.List;

/** The delivery log (a secondary port). */
public interface DeliveryAttempts {

  /**
   * Records an attempt.
   *
   * @param attempt the attempt
   */
  void add(DeliveryAttempt attempt);

  /**
   * The attempts for a reminder, oldest first.
   *
   * @param reminder the reminder
   * @return the attempts
   */
  List<DeliveryAttempt> of(ReminderId reminder);
}
