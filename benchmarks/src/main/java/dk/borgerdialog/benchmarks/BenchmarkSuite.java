package dk.borgerdialog.benchmarks;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the benchmarks and prints one {@code BENCH} line per benchmark with its raw figures, then a
 * summary table. Exits 0 even when a goal is missed: the result is information, not a gate.
 *
 * <p>Arguments: {@code --suite=quick} (the default, a few minutes) or {@code --suite=full} (adds
 * the scale run at 1/10 and full size); {@code --only=book,refdata} runs only those; {@code
 * --scale=0.1} runs the scale run at that fraction only ({@code --scale=0.01,0.1} at both, with the
 * growth between them).
 */
public final class BenchmarkSuite {
  private BenchmarkSuite() {}

  /**
   * Runs the suite.
   *
   * @param args see the class comment
   */
  public static void main(String[] args) {
    PrintStream out = System.out;
    String suite = option(args, "suite", "quick");
    Set<String> only =
        Arrays.stream(option(args, "only", "").split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet());
    String scale = option(args, "scale", "");
    quietLogs();
    out.println("Borgerdialog benchmarks, suite " + suite);
    out.println("machine: " + Machine.describe());
    out.println(
        "Each ratio compares our path with a raw baseline doing the same work in the same run.");
    long t0 = System.nanoTime();
    List<Benchmark> benchmarks = benchmarks(suite, scale);
    List<BenchResult> results = new ArrayList<>();
    for (Benchmark benchmark : benchmarks) {
      if (!only.isEmpty() && benchmark.names().stream().noneMatch(only::contains)) {
        continue;
      }
      out.println();
      out.println("== " + String.join(", ", benchmark.names()));
      long started = System.nanoTime();
      List<BenchResult> got;
      try {
        got = benchmark.run(out);
      } catch (Exception | Error e) {
        e.printStackTrace(out);
        got = benchmark.names().stream().map(n -> BenchResult.failed(n, Goals.of(n), e)).toList();
      }
      for (BenchResult r : got) {
        Report.print(r, out);
        results.add(r);
      }
      out.printf(Locale.ROOT, "  (%.1f s)%n", (System.nanoTime() - started) / 1e9);
    }
    Report.summary(results, out);
    out.printf(
        Locale.ROOT,
        "%nmachine: %s%ntook %s%n",
        Machine.describe(),
        Duration.ofNanos(System.nanoTime() - t0).withNanos(0));
    out.flush();
    // exit 0 whatever the results; embedded PostgreSQL stops in a shutdown hook
    System.exit(0);
  }

  /**
   * The benchmarks of a suite, in the order they run. A new benchmark is one more entry here.
   *
   * @param suite quick or full
   * @param scale a fraction for the scale run alone, or empty
   * @return the benchmarks
   */
  static List<Benchmark> benchmarks(String suite, String scale) {
    List<Benchmark> list = new ArrayList<>();
    if (!scale.isEmpty()) {
      list.add(
          new ScaleRun(Arrays.stream(scale.split(",")).map(Double::parseDouble).sorted().toList()));
      return list;
    }
    boolean full = suite.equals("full");
    list.add(new RefdataBenchmark(full ? 5 : 3));
    // the quick suite books and drains 2,000 where the full suite does the 10,000 of the goals
    list.add(full ? PlanBenchmark.h2(1_000, 10_000, 5_000) : PlanBenchmark.h2(200, 2_000, 1_000));
    list.add(
        full
            ? PlanBenchmark.postgres(1_000, 10_000, 5_000)
            : PlanBenchmark.postgres(200, 2_000, 1_000));
    // the quick suite posts 2,000 messages in 200 threads, the full suite 10,000 in 1,000
    list.add(full ? new PostBenchmark(1_000, 10_000) : new PostBenchmark(200, 2_000));
    if (full) {
      list.add(new ScaleRun(List.of(0.1, 1.0)));
    }
    return list;
  }

  static String option(String[] args, String name, String otherwise) {
    String prefix = "--" + name + "=";
    for (String arg : args) {
      if (arg.startsWith(prefix)) {
        return arg.substring(prefix.length());
      }
    }
    return System.getProperty("bench." + name, otherwise);
  }

  private static void quietLogs() {
    // db-scheduler and Flyway log at INFO; the figures are what matters here
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
  }

  /** The goals by name, for results that could not be measured. */
  static final class Goals {
    private Goals() {}

    static Goal of(String name) {
      return switch (name) {
        case "dispatch" -> Goal.atLeast(0.7);
        case "book" -> Goal.atLeast(0.4);
        case "book_single" -> Goal.atLeast(0.4);
        case "overview_pg" -> Goal.atMost(1.3);
        case "overview_h2" -> Goal.atMost(2);
        case "post" -> Goal.atLeast(0.5);
        case "refdata" -> Goal.atLeast(0.5);
        default -> Goal.atMost(1);
      };
    }
  }
}
