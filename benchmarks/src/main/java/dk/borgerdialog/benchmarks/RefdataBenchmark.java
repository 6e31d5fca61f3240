package dk.borgerdialog.benchmarks;

import java.io.PrintStream;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** {@code refdata}: runs {@link ReferenceLookup} with JMH, in this JVM. */
final class RefdataBenchmark implements Benchmark {
  private final int iterations;

  RefdataBenchmark(int iterations) {
    this.iterations = iterations;
  }

  @Override
  public List<String> names() {
    return List.of("refdata");
  }

  @Override
  public List<BenchResult> run(PrintStream out) throws Exception {
    Options options =
        new OptionsBuilder()
            .include(ReferenceLookup.class.getName() + "\\.")
            // no fork: the suite may run inside Maven, whose class path a fork would not have
            .forks(0)
            .warmupIterations(iterations)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(iterations)
            .measurementTime(TimeValue.seconds(1))
            .threads(1)
            .verbosity(VerboseMode.SILENT)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    double ours = Double.NaN;
    double caffeine = Double.NaN;
    String oursText = "-";
    String caffeineText = "-";
    for (RunResult result : results) {
      String method = result.getParams().getBenchmark();
      var primary = result.getPrimaryResult();
      String text =
          String.format(
              Locale.ROOT,
              "%.0f ops/s ± %.0f (JMH, %d × 1 s)",
              primary.getScore(),
              primary.getScoreError(),
              iterations);
      if (method.endsWith(".ours")) {
        ours = primary.getScore();
        oursText = text;
      } else if (method.endsWith(".caffeine")) {
        caffeine = primary.getScore();
        caffeineText = text;
      }
    }
    return List.of(
        new BenchResult(
            "refdata",
            ours / caffeine,
            Goal.atLeast(0.5),
            oursText,
            caffeineText,
            List.of("a unit by id, warm; one thread; JMH without fork")));
  }
}
