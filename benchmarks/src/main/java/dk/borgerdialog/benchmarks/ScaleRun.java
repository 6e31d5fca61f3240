package dk.borgerdialog.benchmarks;

import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.messaging.sms.SmsGatewayConfig;
import dk.borgerdialog.messaging.sms.SmsGatewayNotificationChannel;
import dk.borgerdialog.persistence.JooqPersistence;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;

/**
 * The scale run: a generated municipality of 1M citizens and 5M appointments on PostgreSQL (or a
 * fraction of it); the overview's p95 through the SDK on random citizens; a burst of 10,000 due
 * reminders drained through the dispatcher to an SMS gateway on loopback; 50 message posts a second
 * through the SDK, at p95. Then the growth from the smallest to the largest size.
 *
 * <p>Its goals are absolute (overview p95 ≤ 20 ms, burst drained ≤ 60 s, post p95 ≤ 20 ms), so each
 * ratio is the measured figure divided by its limit: at most 1 passes. Growth is the largest size's
 * figure divided by the smallest's.
 */
final class ScaleRun implements Benchmark {
  /** The full size. */
  static final long CITIZENS = 1_000_000;

  /** The burst of reminders. */
  static final int BURST = 10_000;

  static final double OVERVIEW_P95_MS = 20;
  static final double POST_P95_MS = 20;

  /** Message posts per second, and how many are measured. */
  static final int POSTS_PER_SECOND = 50;

  static final int POSTS = 1_000;

  static final double BURST_SECONDS = 60;
  static final double GROWTH = 2;

  private final List<Double> fractions;

  ScaleRun(List<Double> fractions) {
    this.fractions = List.copyOf(fractions);
  }

  @Override
  public List<String> names() {
    List<String> names = new ArrayList<>();
    for (double f : fractions) {
      names.add("scale_overview_p95@" + size(f));
      names.add("scale_burst@" + size(f));
      names.add("scale_post_p95@" + size(f));
    }
    if (fractions.size() > 1) {
      names.add("scale_growth_overview");
      names.add("scale_growth_burst");
      names.add("scale_growth_post");
    }
    return names;
  }

  private static String size(double fraction) {
    long citizens = Math.round(CITIZENS * fraction);
    return citizens >= 1_000_000 ? citizens / 1_000_000 + "M" : citizens / 1_000 + "k";
  }

  @Override
  public List<BenchResult> run(PrintStream out) throws Exception {
    List<BenchResult> results = new ArrayList<>();
    List<Measured> measured = new ArrayList<>();
    for (double fraction : fractions) {
      Measured m = runAt(fraction, out);
      measured.add(m);
      String size = size(fraction);
      results.add(
          new BenchResult(
              "scale_overview_p95@" + size,
              m.overview().p95() / OVERVIEW_P95_MS,
              Goal.atMost(1),
              m.overview().toString(),
              "one JDBC query " + m.overviewBaseline(),
              List.of(
                  String.format(
                      Locale.ROOT,
                      "%s citizens, %s appointments; ratio = p95 / %.0f ms",
                      m.citizens(),
                      m.citizens() * ScaleGenerator.APPOINTMENTS_PER_CITIZEN,
                      OVERVIEW_P95_MS))));
      results.add(
          new BenchResult(
              "scale_burst@" + size,
              m.burst().nanos() / 1e9 / BURST_SECONDS,
              Goal.atMost(1),
              m.burst().toString(),
              "limit " + BURST_SECONDS + " s",
              List.of("ratio = seconds to drain / " + BURST_SECONDS + " s")));
      results.add(
          new BenchResult(
              "scale_post_p95@" + size,
              m.posts().fromDue().p95() / POST_P95_MS,
              Goal.atMost(1),
              m.posts().fromDue().toString(),
              "limit p95 " + POST_P95_MS + " ms",
              List.of(
                  String.format(
                      Locale.ROOT,
                      "%s messages; %d posts due at %d/s, citizens and staff in turn, done at"
                          + " %.1f/s; latency from when each was due; ratio = p95 / %.0f ms",
                      m.citizens() * ScaleGenerator.MESSAGES_PER_CITIZEN,
                      POSTS,
                      POSTS_PER_SECOND,
                      m.posts().done(),
                      POST_P95_MS),
                  "each post alone (from when a worker began it): " + m.posts().service())));
    }
    if (measured.size() > 1) {
      Measured small = measured.get(0);
      Measured large = measured.get(measured.size() - 1);
      results.add(
          new BenchResult(
              "scale_growth_overview",
              large.overview().p95() / small.overview().p95(),
              Goal.atMost(GROWTH),
              "p95 " + large.overview().p95() + " ms at " + large.citizens(),
              "p95 " + small.overview().p95() + " ms at " + small.citizens(),
              List.of("ratio = p95 at the largest size / p95 at the smallest")));
      results.add(
          new BenchResult(
              "scale_growth_burst",
              (double) large.burst().nanos() / small.burst().nanos(),
              Goal.atMost(GROWTH),
              large.burst() + " at " + large.citizens(),
              small.burst() + " at " + small.citizens(),
              List.of("ratio = drain time at the largest size / at the smallest")));
      results.add(
          new BenchResult(
              "scale_growth_post",
              large.posts().service().p95() / small.posts().service().p95(),
              Goal.atMost(GROWTH),
              "p95 " + large.posts().service().p95() + " ms at " + large.citizens(),
              "p95 " + small.posts().service().p95() + " ms at " + small.citizens(),
              List.of(
                  "ratio = p95 of each post alone at the largest size / at the smallest (the"
                      + " time from due also holds the queue, which is load, not data)")));
    }
    return results;
  }

  record Measured(
      long citizens,
      Latencies overview,
      Latencies overviewBaseline,
      Throughput burst,
      PacedPosts.Measured posts) {}

  private Measured runAt(double fraction, PrintStream out) throws Exception {
    long citizens = Math.round(CITIZENS * fraction);
    out.printf(Locale.ROOT, "  scale %s: %,d citizens%n", size(fraction), citizens);
    DataSource dataSource = Databases.freshPostgres();
    JooqPersistence.create(dataSource).migrate();
    new ScaleGenerator(dataSource, out).generate(citizens, BURST);
    SettableClock clock = SettableClock.at(ScaleGenerator.NOW);
    try (SmsGateway gateway = new SmsGateway();
        Borgerdialog dialog =
            Borgerdialog.builder()
                .dataSource(dataSource)
                .clock(clock)
                .reminderPolling(PlanBenchmark.POLLING)
                .channel(
                    SmsGatewayNotificationChannel.create(
                        SmsGatewayConfig.builder(gateway.endpoint()).build(), clock))
                .start()) {
      OverviewComparison comparison = new OverviewComparison(dialog, dataSource, clock);
      Random random = new Random(7);
      List<CitizenId> sample = new ArrayList<>();
      for (int i = 0; i < 2_000; i++) {
        sample.add(new CitizenId(ScaleGenerator.citizen((long) (random.nextDouble() * citizens))));
      }
      OverviewComparison.Measured overview = comparison.measure(sample, 200, 1_000, out);
      if (overview.disagreements() > 0) {
        out.println("  WARNING the overview's two sides disagreed");
      }
      // before the burst, so that its SMS do not share the machine with the posts
      PacedPosts.Measured posts =
          new PacedPosts(dialog, citizens).run(POSTS_PER_SECOND, POSTS, out);
      out.println("  posts from due: " + posts.fromDue() + "; each alone: " + posts.service());
      // the past's reminders are settled already: count only what the burst adds
      String settledSql = "SELECT COUNT(*) FROM borgerdialog.reminder WHERE status <> 'PENDING'";
      String sentSql = "SELECT COUNT(*) FROM borgerdialog.reminder WHERE status = 'SENT'";
      long settledBefore = PlanBenchmark.count(dataSource, settledSql);
      long sentBefore = PlanBenchmark.count(dataSource, sentSql);
      long t0 = System.nanoTime();
      clock.set(ScaleGenerator.burstDue().plus(Duration.ofMinutes(1)));
      long deadline = t0 + Duration.ofMinutes(10).toNanos();
      long settled = 0;
      long lastPrint = t0;
      while (System.nanoTime() < deadline) {
        settled = PlanBenchmark.count(dataSource, settledSql) - settledBefore;
        if (settled >= BURST) {
          break;
        }
        if (System.nanoTime() - lastPrint > 5e9) {
          lastPrint = System.nanoTime();
          out.printf("  burst: %d of %d%n", settled, BURST);
        }
        Thread.sleep(20);
      }
      long elapsed = System.nanoTime() - t0;
      long delivered = PlanBenchmark.count(dataSource, sentSql) - sentBefore;
      out.printf(
          Locale.ROOT,
          "  burst: %d settled, %d sent, gateway received %d, in %.1f s%n",
          settled,
          delivered,
          gateway.received(),
          elapsed / 1e9);
      if (delivered < BURST || gateway.received() < BURST) {
        out.println("  WARNING not every reminder of the burst was sent");
      }
      return new Measured(
          citizens,
          overview.ours(),
          overview.baseline(),
          new Throughput(delivered, elapsed),
          posts);
    } finally {
      dropQuietly(dataSource, out);
    }
  }

  private static void dropQuietly(DataSource dataSource, PrintStream out) {
    // the data set is large; free the disk before the next size
    try (var c = dataSource.getConnection();
        var s = c.createStatement()) {
      s.execute("DROP SCHEMA borgerdialog CASCADE");
    } catch (SQLException e) {
      out.println("  could not drop the data set: " + e.getMessage());
    }
  }
}
