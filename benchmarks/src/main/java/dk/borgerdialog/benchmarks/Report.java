package dk.borgerdialog.benchmarks;

import java.io.PrintStream;
import java.util.List;

/** The summary table at the end of a run, in Markdown so that it can be pasted into the docs. */
final class Report {
  private Report() {}

  static void summary(List<BenchResult> results, PrintStream out) {
    out.println();
    out.println("| benchmark | ratio | goal | result | ours | baseline |");
    out.println("|---|---|---|---|---|---|");
    for (BenchResult r : results) {
      out.println(
          "| "
              + r.name()
              + " | "
              + r.ratioText()
              + " | "
              + r.goal()
              + " | "
              + (r.passed() ? "PASS" : "FAIL")
              + " | "
              + r.ours()
              + " | "
              + r.baseline()
              + " |");
    }
  }

  static void print(BenchResult r, PrintStream out) {
    out.println(r.line());
    out.println("  ours:     " + r.ours());
    out.println("  baseline: " + r.baseline());
    for (String note : r.notes()) {
      out.println("  " + note);
    }
  }
}
