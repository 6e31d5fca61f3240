package dk.borgerdialog.reminder.model;

import dk.borgerdialog.common.internal.Check;
import java.time.Instant;

/**
 * Delivers one due reminder (a primary port, called by the scheduler when the reminder is due).
 *
 * <p>It is safe to call more than once for the same reminder, on any node: a reminder that is no
 * longer pending is left alone, and every attempt hands the channel the same idempotency key.
 */
public interface ReminderDispatcher {

  /**
   * Tries to deliver a reminder on the citizen's channels, in order.
   *
   * @param reminder the reminder
   * @return {@link Outcome.Finished} when nothing more is to be done (sent, withdrawn, undelivered
   *     or unknown), or {@link Outcome.RetryAt} when the scheduler should call again at a time
   */
  Outcome dispatch(ReminderId reminder);

  /** What the scheduler does next. */
  sealed interface Outcome {
    /** Nothing more to do. */
    record Finished() implements Outcome {}

    /**
     * Call again at a time.
     *
     * @param at when
     */
    record RetryAt(Instant at) implements Outcome {
      /** Validates the time. */
      public RetryAt {
        Check.notNull("at", at);
      }
    }
  }
}
