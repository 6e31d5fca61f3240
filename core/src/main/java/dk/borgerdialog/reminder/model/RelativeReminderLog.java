package dk.borgerdialog.reminder.model;

import dk.borgerdialog.common.internal.Check;
import java.util.List;

/**
 * A relative's copy of a reminder with every attempt to deliver it, for staff to audit.
 *
 * @param copy the copy: its relative, status and the channel that delivered it
 * @param attempts the attempts, oldest first; each carries its channel, time, outcome, provider id,
 *     error and idempotency key, never the text or the address
 */
public record RelativeReminderLog(RelativeReminder copy, List<DeliveryAttempt> attempts) {

  /** Validates the log. */
  public RelativeReminderLog {
    Check.notNull("copy", copy);
    attempts = List.copyOf(Check.notNull("attempts", attempts));
  }
}
