package dk.borgerdialog.benchmarks;

import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.messaging.sms.SmsGatewayConfig;
import dk.borgerdialog.messaging.sms.SmsGatewayNotificationChannel;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * {@code post} on PostgreSQL: messages posted one by one through the SDK's contacts façade, in
 * turns by the citizens in their threads and by the staff member answering them, against one JDBC
 * batch per table of the same rows in the same run.
 *
 * <p>The rows per table are counted on our side first and the baseline writes exactly as many:
 * messages, thread updates, in-app notices and pending SMS notices with their scheduled tasks (for
 * the staff's answers), and audit records linked into the audit chain.
 */
final class PostBenchmark implements Benchmark {
  private final int citizens;
  private final int posts;

  /**
   * @param citizens how many citizens, each with one thread
   * @param posts how many messages to post; a multiple of {@code 2 × citizens} gives as many
   *     answers as questions
   */
  PostBenchmark(int citizens, int posts) {
    this.citizens = citizens;
    this.posts = posts;
  }

  @Override
  public List<String> names() {
    return List.of("post");
  }

  @Override
  public List<BenchResult> run(PrintStream out) throws Exception {
    DataSource dataSource = Databases.freshPostgres();
    out.println("  PostgreSQL: " + Databases.postgresSettings(dataSource));
    SettableClock clock = SettableClock.at(MessageData.START);
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
      out.printf("  making %d citizens with a thread each through the SDK%n", citizens);
      MessageData data = MessageData.create(dialog, citizens, out);

      Map<String, Long> before = PostBaseline.counts(dataSource);
      long t0 = System.nanoTime();
      for (int i = 0; i < posts; i++) {
        data.post(i);
      }
      Throughput ours = new Throughput(posts, System.nanoTime() - t0);
      Map<String, Long> after = PostBaseline.counts(dataSource);
      Map<String, Long> rows = PostBaseline.delta(before, after);

      List<String> notes = new ArrayList<>();
      StringBuilder perPost =
          new StringBuilder("rows per post (half from citizens, half answers):");
      rows.forEach(
          (table, delta) ->
              perPost.append(
                  String.format(java.util.Locale.ROOT, " %s=%.2f", table, (double) delta / posts)));
      notes.add(perPost.toString());
      if (gateway.received() > 0) {
        notes.add("WARNING " + gateway.received() + " SMS were sent while measuring");
      }

      long nanos = PostBaseline.write(dataSource, data, clock.instant(), posts, rows);
      Map<String, Long> raw = PostBaseline.delta(after, PostBaseline.counts(dataSource));
      if (!raw.equals(rows)) {
        notes.add("WARNING the baseline wrote " + raw + " where ours wrote " + rows);
      }
      Throughput baseline = new Throughput(posts, nanos);
      notes.add(citizens + " citizens with a thread each; baseline: one JDBC batch per table");
      return List.of(
          new BenchResult(
              "post",
              ours.perSecond() / baseline.perSecond(),
              Goal.atLeast(0.5),
              ours.toString(),
              baseline.toString(),
              notes));
    }
  }
}
