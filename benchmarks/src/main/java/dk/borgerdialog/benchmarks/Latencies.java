package dk.borgerdialog.benchmarks;

import java.util.Arrays;
import java.util.Locale;

/**
 * Percentiles of measured durations, by the nearest-rank method.
 *
 * @param count how many durations were measured
 * @param p50 the median in milliseconds
 * @param p95 the 95th percentile in milliseconds
 * @param p99 the 99th percentile in milliseconds
 */
public record Latencies(int count, double p50, double p95, double p99) {

  /**
   * Computes the percentiles of durations in nanoseconds.
   *
   * @param nanos the durations; not empty
   * @return the percentiles in milliseconds
   */
  public static Latencies ofNanos(long[] nanos) {
    if (nanos.length == 0) {
      throw new IllegalArgumentException("at least one duration is needed");
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Latencies(
        sorted.length,
        millis(percentile(sorted, 50)),
        millis(percentile(sorted, 95)),
        millis(percentile(sorted, 99)));
  }

  /** The nearest-rank percentile of sorted values: the smallest value with p% at or below it. */
  static long percentile(long[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static double millis(long nanos) {
    return nanos / 1_000_000.0;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "p50=%.3f ms p95=%.3f ms p99=%.3f ms (n=%d)", p50, p95, p99, count);
  }
}
