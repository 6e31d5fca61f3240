package dk.borgerdialog.scheduling.internal;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import java.time.Duration;
import java.time.Instant;

/**
 * Retries a failed execution after a delay that doubles with each consecutive failure, up to a cap,
 * and never gives up: a reminder is never dropped because its dispatch threw.
 *
 * <p>The next try is measured from the time the attempt ended, on the scheduler's clock.
 */
public final class ExponentialBackoff implements FailureHandler<Void> {
  private final Duration first;
  private final Duration max;

  /**
   * Creates the backoff.
   *
   * @param first the delay after the first failure; positive
   * @param max the longest delay; at least {@code first}
   * @throws IllegalArgumentException if a delay is not positive, or max is less than first
   */
  public ExponentialBackoff(Duration first, Duration max) {
    if (first.isNegative() || first.isZero()) {
      throw new IllegalArgumentException("the first retry delay must be positive, but is " + first);
    }
    if (max.compareTo(first) < 0) {
      throw new IllegalArgumentException(
          "the longest retry delay (" + max + ") must be at least the first (" + first + ")");
    }
    this.first = first;
    this.max = max;
  }

  /**
   * The delay after a number of consecutive failures.
   *
   * @param failures the consecutive failures including this one; at least 1
   * @return {@code first × 2^(failures − 1)}, at most {@code max}
   */
  public Duration delayAfter(int failures) {
    Duration delay = first;
    for (int i = 1; i < failures && delay.compareTo(max) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(max) > 0 ? max : delay;
  }

  @Override
  public void onFailure(
      ExecutionComplete executionComplete, ExecutionOperations<Void> executionOperations) {
    // consecutiveFailures counts the failures before this one
    int failures = executionComplete.getExecution().consecutiveFailures + 1;
    Instant next = executionComplete.getTimeDone().plus(delayAfter(failures));
    executionOperations.reschedule(executionComplete, next);
  }
}
