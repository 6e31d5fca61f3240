package dk.borgerdialog.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * The result of one benchmark: the ratio of our path to its baseline, the goal, and the raw figures
 * of both sides.
 *
 * @param name the benchmark's name, such as {@code dispatch}
 * @param ratio ours divided by the baseline's (throughputs: ours / baseline; latencies: ours /
 *     baseline); NaN if the benchmark could not be measured
 * @param goal what the ratio should be
 * @param ours the raw figures of our path, such as {@code 812 ops/s} or {@code p50=1.20 ms ...}
 * @param baseline the raw figures of the baseline
 * @param notes anything else worth printing (data sizes, warnings); may be empty
 */
public record BenchResult(
    String name, double ratio, Goal goal, String ours, String baseline, List<String> notes) {

  /** Copies the notes. */
  public BenchResult {
    notes = List.copyOf(notes);
  }

  /**
   * A benchmark that failed to run: its ratio is not a number and it does not pass.
   *
   * @param name the benchmark's name
   * @param goal its goal
   * @param error what went wrong
   * @return the result
   */
  public static BenchResult failed(String name, Goal goal, Throwable error) {
    return new BenchResult(
        name,
        Double.NaN,
        goal,
        "-",
        "-",
        List.of("ERROR " + error.getClass().getSimpleName() + ": " + error.getMessage()));
  }

  /**
   * Whether the goal is met.
   *
   * @return true if the ratio meets the goal
   */
  public boolean passed() {
    return goal.isMetBy(ratio);
  }

  /**
   * The one line that reports the benchmark: {@code BENCH <name> ratio=<x> goal=<op><y>
   * <PASS|FAIL>}.
   *
   * @return the line
   */
  public String line() {
    return "BENCH "
        + name
        + " ratio="
        + ratioText()
        + " goal="
        + goal
        + " "
        + (passed() ? "PASS" : "FAIL");
  }

  /**
   * The ratio with three decimals, or {@code NaN}.
   *
   * @return the ratio as text
   */
  public String ratioText() {
    return Double.isNaN(ratio) ? "NaN" : String.format(Locale.ROOT, "%.3f", ratio);
  }
}
