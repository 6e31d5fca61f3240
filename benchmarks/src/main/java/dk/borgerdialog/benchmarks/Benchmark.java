package dk.borgerdialog.benchmarks;

import java.io.PrintStream;
import java.util.List;

/**
 * One or more benchmarks that share a data set: each result compares our path with its raw baseline
 * on that data, in the same run.
 */
public interface Benchmark {

  /**
   * The names of the results this benchmark reports, for {@code --only}.
   *
   * @return the names, such as {@code book} or {@code overview_pg}
   */
  List<String> names();

  /**
   * Builds the data set and measures both sides.
   *
   * @param out where progress and raw figures go
   * @return one result per name, in the order of {@link #names()}
   * @throws Exception if the benchmark cannot run; the suite reports it and goes on
   */
  List<BenchResult> run(PrintStream out) throws Exception;
}
