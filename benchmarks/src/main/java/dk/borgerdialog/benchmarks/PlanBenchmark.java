package dk.borgerdialog.benchmarks;

import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.PlanOperations;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.messaging.sms.SmsGatewayConfig;
import dk.borgerdialog.messaging.sms.SmsGatewayNotificationChannel;
import dk.borgerdialog.plan.application.BookAppointmentCommand;
import dk.borgerdialog.scheduling.DbSchedulerReminders;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The plan benchmarks on one data set made through the SDK: {@code book_single} and {@code book}
 * (PostgreSQL only), the overview ({@code overview_pg} or {@code overview_h2}) and {@code dispatch}
 * (PostgreSQL only).
 */
final class PlanBenchmark implements Benchmark {
  /** How often both schedulers poll: short, so that polling does not dominate the figures. */
  static final Duration POLLING = Duration.ofMillis(100);

  /** How many appointments {@code book} books in one bulk call. */
  static final int BULK = 500;

  private final String database;
  private final Supplier<DataSource> databases;
  private final int citizens;
  private final int appointments;
  private final int overviewSamples;
  private final boolean full;

  private PlanBenchmark(
      String database,
      Supplier<DataSource> databases,
      int citizens,
      int appointments,
      int overviewSamples,
      boolean full) {
    this.database = database;
    this.databases = databases;
    this.citizens = citizens;
    this.appointments = appointments;
    this.overviewSamples = overviewSamples;
    this.full = full;
  }

  /** {@code book}, {@code overview_pg} and {@code dispatch} on PostgreSQL. */
  static PlanBenchmark postgres(int citizens, int appointments, int overviewSamples) {
    return new PlanBenchmark(
        "pg", Databases::freshPostgres, citizens, appointments, overviewSamples, true);
  }

  /** {@code overview_h2} on H2. */
  static PlanBenchmark h2(int citizens, int appointments, int overviewSamples) {
    return new PlanBenchmark(
        "h2", Databases::freshH2, citizens, appointments, overviewSamples, false);
  }

  @Override
  public List<String> names() {
    return full
        ? List.of("book_single", "book", "overview_pg", "dispatch")
        : List.of("overview_" + database);
  }

  @Override
  public List<BenchResult> run(PrintStream out) throws Exception {
    DataSource dataSource = databases.get();
    if (database.equals("pg")) {
      out.println("  PostgreSQL: " + Databases.postgresSettings(dataSource));
    }
    SettableClock clock = SettableClock.at(PlanData.START);
    List<BenchResult> results = new ArrayList<>();
    try (SmsGateway gateway = new SmsGateway();
        Borgerdialog dialog =
            Borgerdialog.builder()
                .dataSource(dataSource)
                .clock(clock)
                .reminderPolling(POLLING)
                .channel(
                    SmsGatewayNotificationChannel.create(
                        SmsGatewayConfig.builder(gateway.endpoint()).build(), clock))
                .start()) {
      out.printf("  making %d citizens through the SDK%n", citizens);
      PlanData data = PlanData.create(dialog, clock, citizens, out);
      if (full) {
        results.add(book(dataSource, data, false, out));
        // the single bookings are removed, so that the bulk books the same appointments into the
        // same tables and dispatch drains as many reminders as before
        BookingBaseline.removeBookings(dataSource);
        results.add(book(dataSource, data, true, out));
      } else {
        bookUntimed(data, out);
      }
      results.add(overview(dataSource, dialog, clock, data, out));
      if (full) {
        results.add(dispatch(dataSource, dialog, clock, gateway, out));
      }
    }
    return results;
  }

  private void bookUntimed(PlanData data, PrintStream out) {
    PlanOperations plan = data.staffPlan();
    for (int i = 0; i < appointments; i++) {
      plan.book(data.appointment(i));
    }
    out.printf("  booked %d appointments%n", appointments);
  }

  /**
   * {@code book} (the bulk booking, in calls of {@link #BULK} appointments) or {@code book_single}
   * (one call per appointment), against the same baseline.
   */
  private BenchResult book(DataSource dataSource, PlanData data, boolean bulk, PrintStream out)
      throws SQLException {
    PlanOperations plan = data.staffPlan();
    Map<String, Long> before = BookingBaseline.counts(dataSource);
    long t0 = System.nanoTime();
    if (bulk) {
      for (int from = 0; from < appointments; from += BULK) {
        List<BookAppointmentCommand> chunk = new ArrayList<>(BULK);
        for (int i = from; i < Math.min(appointments, from + BULK); i++) {
          chunk.add(data.appointment(i));
        }
        plan.bookAll(chunk);
      }
    } else {
      for (int i = 0; i < appointments; i++) {
        plan.book(data.appointment(i));
      }
    }
    Throughput ours = new Throughput(appointments, System.nanoTime() - t0);
    Map<String, Long> after = BookingBaseline.counts(dataSource);
    Map<String, Long> written = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    StringBuilder rows = new StringBuilder("rows per appointment:");
    for (String table : BookingBaseline.TABLES) {
      long delta = after.get(table) - before.get(table);
      written.put(table, delta);
      rows.append(' ')
          .append(table)
          .append('=')
          .append(String.format(Locale.ROOT, "%.3f", (double) delta / appointments));
    }
    notes.add(rows.toString());
    if (bulk) {
      notes.add("in calls of " + BULK + " bookings (one audit record per course and call)");
    }
    String payload = BookingBaseline.samplePayload(dataSource);
    long nanos = BookingBaseline.write(dataSource, data, appointments, written, payload);
    Map<String, Long> raw = BookingBaseline.counts(dataSource);
    for (String table : BookingBaseline.TABLES) {
      long delta = raw.get(table) - after.get(table);
      if (delta != after.get(table) - before.get(table)) {
        notes.add("WARNING the baseline wrote " + delta + " rows to " + table);
      }
    }
    BookingBaseline.remove(dataSource);
    Throughput baseline = new Throughput(appointments, nanos);
    return new BenchResult(
        bulk ? "book" : "book_single",
        ours.perSecond() / baseline.perSecond(),
        Goal.atLeast(0.4),
        ours.toString(),
        baseline.toString(),
        notes);
  }

  private BenchResult overview(
      DataSource dataSource,
      Borgerdialog dialog,
      SettableClock clock,
      PlanData data,
      PrintStream out)
      throws SQLException {
    OverviewComparison comparison = new OverviewComparison(dialog, dataSource, clock);
    OverviewComparison.Measured m =
        comparison.measure(data.citizens, overviewSamples / 4, overviewSamples, out);
    List<String> notes = new ArrayList<>();
    notes.add(
        String.format(
            Locale.ROOT,
            "%d citizens, %d appointments; baseline: one JDBC query",
            citizens,
            appointments));
    if (m.disagreements() > 0) {
      notes.add("WARNING the two sides disagreed for " + m.disagreements() + " citizens");
    }
    String name = "overview_" + database;
    return new BenchResult(
        name,
        m.disagreements() > 0 ? Double.NaN : m.ours().p50() / m.baseline().p50(),
        database.equals("pg") ? Goal.atMost(1.3) : Goal.atMost(2),
        m.ours().toString(),
        m.baseline().toString(),
        notes);
  }

  private BenchResult dispatch(
      DataSource dataSource,
      Borgerdialog dialog,
      SettableClock clock,
      SmsGateway gateway,
      PrintStream out)
      throws SQLException, InterruptedException {
    long pending =
        count(dataSource, "SELECT COUNT(*) FROM borgerdialog.reminder WHERE status = 'PENDING'");
    long sentBefore =
        count(dataSource, "SELECT COUNT(*) FROM borgerdialog.reminder WHERE status = 'SENT'");
    out.printf("  %d reminders pending; the clock moves to when all are due%n", pending);
    long t0 = System.nanoTime();
    clock.set(PlanData.allRemindersDue());
    long deadline = t0 + Duration.ofMinutes(10).toNanos();
    long settled = 0;
    while (System.nanoTime() < deadline) {
      settled =
          count(dataSource, "SELECT COUNT(*) FROM borgerdialog.reminder WHERE status <> 'PENDING'")
              - sentBefore;
      if (settled >= pending) {
        break;
      }
      Thread.sleep(20);
    }
    long elapsed = System.nanoTime() - t0;
    long sent =
        count(dataSource, "SELECT COUNT(*) FROM borgerdialog.reminder WHERE status = 'SENT'")
            - sentBefore;
    dialog.close();
    List<String> notes = new ArrayList<>();
    notes.add(
        "sent "
            + sent
            + " of "
            + pending
            + " by SMS to a gateway on loopback (it received "
            + gateway.received()
            + "); polling "
            + POLLING.toMillis()
            + " ms, "
            + DbSchedulerReminders.DEFAULT_THREADS
            + " threads");
    if (sent < pending) {
      notes.add("WARNING not all reminders were sent");
    }
    Throughput ours = new Throughput(sent, elapsed);
    Throughput raw =
        DispatchBaseline.run(
            dataSource,
            (int) pending,
            DbSchedulerReminders.DEFAULT_THREADS,
            DbSchedulerReminders.DEFAULT_BATCH_SIZE_PER_THREAD,
            POLLING);
    return new BenchResult(
        "dispatch",
        ours.perSecond() / raw.perSecond(),
        Goal.atLeast(0.7),
        ours.toString(),
        raw.toString(),
        notes);
  }

  static long count(DataSource dataSource, String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
