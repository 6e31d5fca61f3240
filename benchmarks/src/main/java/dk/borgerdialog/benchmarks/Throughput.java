package dk.borgerdialog.benchmarks;

import java.util.Locale;

/**
 * How many operations were done in how long.
 *
 * @param operations the number of operations
 * @param nanos how long they took in nanoseconds
 */
public record Throughput(long operations, long nanos) {

  /** Validates the figures. */
  public Throughput {
    if (operations < 0 || nanos <= 0) {
      throw new IllegalArgumentException(
          "operations must be at least 0 and the time positive: " + operations + ", " + nanos);
    }
  }

  /**
   * Operations per second.
   *
   * @return the rate
   */
  public double perSecond() {
    return operations * 1e9 / nanos;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "%.1f ops/s (%d in %.3f s)", perSecond(), operations, nanos / 1e9);
  }
}
