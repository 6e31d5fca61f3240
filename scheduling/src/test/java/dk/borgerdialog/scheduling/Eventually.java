package dk.borgerdialog.scheduling;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits, bounded, for a condition that other threads make true. */
final class Eventually {
  private static final Duration STEP = Duration.ofMillis(20);

  private Eventually() {}

  /**
   * Waits until the condition holds.
   *
   * @throws AssertionError naming what was awaited, if it does not hold within the timeout
   */
  static void await(Duration timeout, String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("not within " + timeout + ": " + what);
      }
      sleep(STEP);
    }
  }

  /** Sleeps, e.g. to give the scheduler several polls in which nothing must happen. */
  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
