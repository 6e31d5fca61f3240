package dk.borgerdialog.benchmarks;

import java.util.Locale;

/**
 * The goal of a benchmark: its ratio must be at least, or at most, a target.
 *
 * @param atLeast true for {@code >=}, false for {@code <=}
 * @param target the target ratio
 */
public record Goal(boolean atLeast, double target) {

  /** Validates the goal. */
  public Goal {
    if (!(target > 0) || Double.isInfinite(target)) {
      throw new IllegalArgumentException("the target must be a positive number, but is " + target);
    }
  }

  /**
   * A ratio that must be at least the target, for throughputs (ours divided by the baseline's).
   *
   * @param target the lowest acceptable ratio
   * @return the goal
   */
  public static Goal atLeast(double target) {
    return new Goal(true, target);
  }

  /**
   * A ratio that must be at most the target, for latencies and durations (ours divided by the
   * baseline's).
   *
   * @param target the highest acceptable ratio
   * @return the goal
   */
  public static Goal atMost(double target) {
    return new Goal(false, target);
  }

  /**
   * Whether a measured ratio meets the goal; a ratio that is not a number never does.
   *
   * @param ratio the measured ratio
   * @return true if it meets the goal
   */
  public boolean isMetBy(double ratio) {
    if (Double.isNaN(ratio)) {
      return false;
    }
    return atLeast ? ratio >= target : ratio <= target;
  }

  @Override
  public String toString() {
    return (atLeast ? ">=" : "<=") + String.format(Locale.ROOT, "%s", strip(target));
  }

  static String strip(double value) {
    String text = String.format(Locale.ROOT, "%.3f", value);
    text = text.replaceAll("0+$", "");
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }
}
