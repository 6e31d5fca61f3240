package dk.borgerdialog.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.contact.model.ThreadId;
import dk.borgerdialog.messaging.sms.SmsGatewayConfig;
import dk.borgerdialog.messaging.sms.SmsGatewayNotificationChannel;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.persistence.JooqPersistence;
import dk.borgerdialog.plan.application.BookAppointmentCommand;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.CitizenOverview;
import java.io.OutputStream;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every query behind the benchmarked paths (the overview, booking, reminder dispatch, posting a
 * message) is explained by PostgreSQL on generated data of a realistic shape, analysed; none may
 * read a big table with a sequential scan. The statements are recorded as the SDK runs them, with
 * their bound values.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryPlansIT {
  /** Enough rows that the planner prefers an index where one fits. */
  static final int CITIZENS = 20_000;

  /** Tables with at least this many rows are big: a sequential scan of one fails the test. */
  static final long BIG = 10_000;

  private static final Pattern SEQ_SCAN = Pattern.compile("Seq Scan on (?:\\w+\\.)?(\\w+)");

  private DataSource dataSource;
  private final RecordingDataSource recorder = new RecordingDataSource();
  private final SettableClock clock = SettableClock.at(ScaleGenerator.NOW);
  private SmsGateway gateway;
  private Borgerdialog dialog;
  private Map<String, Long> rows;

  @BeforeAll
  void generate() throws Exception {
    dataSource = Databases.freshPostgres();
    JooqPersistence.create(dataSource).migrate();
    new ScaleGenerator(dataSource, new PrintStream(OutputStream.nullOutputStream()))
        .generate(CITIZENS, CITIZENS);
    rows = rowEstimates();
    gateway = new SmsGateway();
    dialog =
        Borgerdialog.builder()
            .dataSource(recorder.wrap(dataSource))
            .clock(clock)
            .reminderPolling(Duration.ofMillis(100))
            .channel(
                SmsGatewayNotificationChannel.create(
                    SmsGatewayConfig.builder(gateway.endpoint()).build(), clock))
            .start();
  }

  @AfterAll
  void close() {
    if (dialog != null) {
      dialog.close();
    }
    if (gateway != null) {
      gateway.close();
    }
  }

  @Test
  void theGeneratedTablesAreBig() {
    assertThat(rows.get("citizen")).isGreaterThanOrEqualTo(BIG);
    assertThat(rows.get("appointment")).isGreaterThanOrEqualTo(5 * BIG);
    assertThat(rows.get("appointment_participant")).isGreaterThanOrEqualTo(5 * BIG);
    assertThat(rows.get("course")).isGreaterThanOrEqualTo(BIG);
    assertThat(rows.get("reminder")).isGreaterThanOrEqualTo(BIG);
    assertThat(rows.get("scheduled_tasks")).isGreaterThanOrEqualTo(BIG);
    assertThat(rows.get("delivery_attempt")).isGreaterThanOrEqualTo(BIG);
    assertThat(rows.get("in_app_notification")).isGreaterThanOrEqualTo(BIG);
    assertThat(rows.get("message_thread")).isGreaterThanOrEqualTo(BIG);
    assertThat(rows.get("message")).isGreaterThanOrEqualTo(10 * BIG);
  }

  @Test
  void post_readsNoBigTableWhole() throws Exception {
    recorder.startOnThisThread();
    for (long n : new long[] {5, 12_345, CITIZENS - 2}) {
      ThreadId thread = new ThreadId(ScaleGenerator.thread(n));
      CitizenId citizen = new CitizenId(ScaleGenerator.citizen(n));
      dialog
          .as(Actor.citizen(citizen, AssuranceLevel.SUBSTANTIAL))
          .contacts()
          .write(thread, MessageData.BODY);
      dialog
          .as(Actor.staff(new StaffMemberId(ScaleGenerator.staff(n)), AssuranceLevel.SUBSTANTIAL))
          .contacts()
          .write(thread, MessageData.BODY);
    }
    List<RecordingDataSource.Executed> executed = recorder.stop();

    assertThat(executed).as("statements recorded").isNotEmpty();
    assertNoSequentialScanOfABigTable(executed, "message_thread", "citizen");
    // a citizen's message: the thread (read once, for access and the version-checked update), the
    // message, the thread's update and the audit record (three statements); a staff answer adds
    // the staff member's units (access), the citizen with their contact preferences (one join),
    // the in-app notice, the pending SMS notice and its scheduled task (one insert)
    assertThat(ours(executed))
        .as("statements of 3 citizens' messages and 3 staff answers")
        .hasSizeLessThanOrEqualTo(3 * (6 + 11));
  }

  @Test
  void overview_readsNoBigTableWhole() throws Exception {
    recorder.startOnThisThread();
    for (long n : new long[] {3, 4_321, CITIZENS - 1}) {
      CitizenId citizen = new CitizenId(ScaleGenerator.citizen(n));
      CitizenOverview overview =
          dialog.as(Actor.citizen(citizen, AssuranceLevel.SUBSTANTIAL)).plan().overview(citizen);
      assertThat(overview.upcoming()).hasSize(3);
    }
    List<RecordingDataSource.Executed> executed = recorder.stop();

    assertNoSequentialScanOfABigTable(
        executed, "appointment", "citizen", "course", "in_app_notification");
    // one read and the audit record (its insert, and the chain head read and moved) per overview
    assertThat(ours(executed)).as("statements of 3 overviews").hasSizeLessThanOrEqualTo(3 * 4);
  }

  @Test
  void booking_readsNoBigTableWhole() throws Exception {
    long n = 777;
    recorder.startOnThisThread();
    Instant start = ScaleGenerator.NOW.plus(Duration.ofDays(20));
    dialog
        .as(Actor.staff(new StaffMemberId(ScaleGenerator.staff(n)), AssuranceLevel.SUBSTANTIAL))
        .plan()
        .book(
            BookAppointmentCommand.at(
                new dk.borgerdialog.plan.model.CourseId(courseOf(n)),
                PlanData.TYPE,
                start,
                start.plus(Duration.ofMinutes(30)),
                AppointmentMode.inPerson(PlanData.ADDRESS),
                List.of(new StaffMemberId(ScaleGenerator.staff(n)))));
    List<RecordingDataSource.Executed> executed = recorder.stop();

    assertNoSequentialScanOfABigTable(executed, "course", "citizen");
    // the course, the staff member's units, the participant's units, the citizen, the course
    // locked, appointment, participant, reminder policy, contact preferences, reminders, their
    // scheduled tasks (one batch), the outbox event and the audit record (three statements)
    assertThat(ours(executed)).as("statements of one booking").hasSizeLessThanOrEqualTo(16);
  }

  @Test
  void bulkBooking_readsNoBigTableWholeAndItsRoundTripsDoNotGrowWithTheBookings() throws Exception {
    // citizens 777, 1777, ... share staff member 777 and unit 27: up to 20 courses. An instance
    // of its own, so that the test does not depend on the order of the tests (dispatch closes the
    // shared one)
    int small;
    int large;
    List<RecordingDataSource.Executed> executed;
    List<RecordingDataSource.Executed> executedLarge;
    try (Borgerdialog bulk =
        Borgerdialog.builder()
            .dataSource(recorder.wrap(dataSource))
            .clock(clock)
            .reminderPolling(Duration.ofMillis(100))
            .channel(
                SmsGatewayNotificationChannel.create(
                    SmsGatewayConfig.builder(gateway.endpoint()).build(), clock))
            .start()) {
      small = bulkRoundTrips(bulk, 0, 4, 5);
      executed = recorder.stop();
      large = bulkRoundTrips(bulk, 4, 20, 10);
      executedLarge = recorder.stop();
    }
    if (Boolean.getBoolean("queryplans.print")) {
      System.out.println(
          "== bulk booking: " + small + " round trips for 20, " + large + " for 160");
    }

    assertNoSequentialScanOfABigTable(executed, "course", "citizen", "staff_unit_role");
    assertNoSequentialScanOfABigTable(executedLarge, "course", "citizen", "staff_unit_role");
    assertThat(ours(executedLarge).stream().filter(e -> e.batched()).count())
        .as("statements sent in batches")
        .isGreaterThanOrEqualTo(160 * 4);
    // the courses, the staff member's units (access), the participants' units, the citizens, the
    // courses locked, the appointments and participants (two batches), the unit's reminder
    // policy (read once, then cached), the contact preferences, the reminders (one insert of up to
    // 500), their scheduled tasks (one batch), the outbox events (one batch), and the audit
    // records (the chain head locked, one batch, the head moved): whatever the number of bookings
    // and courses
    assertThat(small)
        .as("round trips of a bulk of 20 bookings in 4 courses")
        .isLessThanOrEqualTo(16);
    assertThat(large)
        .as("round trips of a bulk of 160 bookings in 16 courses")
        .isLessThanOrEqualTo(small);
  }

  /**
   * Books {@code perCitizen} appointments for each of the citizens {@code 777 + 1000 k}, {@code
   * from <= k < to}, in one bulk, and returns its round trips.
   */
  private int bulkRoundTrips(Borgerdialog dialog, int from, int to, int perCitizen)
      throws Exception {
    List<BookAppointmentCommand> bookings = new ArrayList<>();
    StaffMemberId staff = new StaffMemberId(ScaleGenerator.staff(777));
    Instant first = ScaleGenerator.NOW.plus(Duration.ofDays(30));
    for (int k = from; k < to; k++) {
      dk.borgerdialog.plan.model.CourseId course =
          new dk.borgerdialog.plan.model.CourseId(courseOf(777 + 1000L * k));
      for (int i = 0; i < perCitizen; i++) {
        Instant start = first.plus(Duration.ofDays(i)).plus(Duration.ofMinutes(40L * k));
        bookings.add(
            BookAppointmentCommand.at(
                course,
                PlanData.TYPE,
                start,
                start.plus(Duration.ofMinutes(30)),
                AppointmentMode.inPerson(PlanData.ADDRESS),
                List.of(staff)));
      }
    }
    recorder.startOnThisThread();
    List<dk.borgerdialog.plan.model.Appointment> booked =
        dialog.as(Actor.staff(staff, AssuranceLevel.SUBSTANTIAL)).plan().bookAll(bookings);
    int roundTrips = recorder.roundTrips();
    assertThat(booked).hasSize(bookings.size());
    return roundTrips;
  }

  @Test
  void dispatch_readsNoBigTableWhole() throws Exception {
    recorder.start();
    clock.set(ScaleGenerator.burstDue().plus(Duration.ofMinutes(1)));
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (gateway.received() < 50 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    // stop the scheduler before reading the record, so no statement is half-recorded
    dialog.close();
    List<RecordingDataSource.Executed> executed = recorder.stop();

    assertThat(gateway.received()).isGreaterThanOrEqualTo(50);
    // per reminder sent: one read of the reminder with what it depends on, then the lock, the
    // appointment's status, the attempt, the reminder marked sent and its outbox event; left out
    // are the scheduler's own statements and the reads of reference data that is cached once read
    // (here each reminder of the burst has a unit of its own, so they are read once each)
    List<RecordingDataSource.Executed> perReminder =
        executed.stream()
            .filter(e -> !e.sql().contains("scheduled_tasks"))
            .filter(e -> !e.sql().trim().startsWith("select BORGERDIALOG.UNIT."))
            .filter(e -> !e.sql().trim().startsWith("select BORGERDIALOG.REMINDER_POLICY."))
            .toList();
    if (Boolean.getBoolean("queryplans.print")) {
      System.out.println(
          "== dispatch: " + perReminder.size() + " statements for " + gateway.received() + " sent");
      perReminder.stream()
          .collect(
              java.util.stream.Collectors.groupingBy(
                  e -> e.sql().trim().substring(0, Math.min(90, e.sql().trim().length())),
                  java.util.TreeMap::new,
                  java.util.stream.Collectors.counting()))
          .forEach((sql, n) -> System.out.println("  " + n + " x " + sql));
    }
    assertThat((double) perReminder.size() / gateway.received())
        .as("statements per reminder sent")
        // 6 when every send is delivered at once; a little room for a retried send on a slow day
        .isLessThanOrEqualTo(6.5);
    assertNoSequentialScanOfABigTable(
        executed, "reminder", "scheduled_tasks", "appointment", "delivery_attempt");
  }

  @Test
  void theCheckFindsASequentialScanOfABigTable() throws Exception {
    // no index has the address: the planner must read the whole table
    DataSource recorded = recorder.wrap(dataSource);
    recorder.start();
    try (Connection c = recorded.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT id FROM borgerdialog.appointment WHERE mode_address = ? AND citizen_id <> ?")) {
      s.setString(1, "nowhere");
      s.setObject(2, ScaleGenerator.citizen(1));
      s.executeQuery().close();
    }
    // the scheduler may poll meanwhile: keep this test's statement only
    List<RecordingDataSource.Executed> executed =
        recorder.stop().stream().filter(e -> e.sql().contains("mode_address")).toList();

    assertThat(executed).hasSize(1);
    assertThat(executed.get(0).bindings()).hasSize(2);
    assertThat(sequentialScansOfBigTables(executed, new LinkedHashSet<>()))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("appointment in:");
  }

  /**
   * The statements of our path: the scheduler's polling and heartbeats, which run beside it, left
   * out.
   */
  private static List<RecordingDataSource.Executed> ours(
      List<RecordingDataSource.Executed> executed) {
    List<RecordingDataSource.Executed> ours =
        executed.stream()
            .filter(e -> !e.sql().contains("locked_executions"))
            .filter(e -> !e.sql().contains("last_heartbeat"))
            .toList();
    if (Boolean.getBoolean("queryplans.print")) {
      System.out.println("== ours: " + ours.size() + " statements");
    }
    return ours;
  }

  /**
   * Explains every recorded statement that reads, and fails on a sequential scan of a big table.
   * The statements must touch the named tables, so that the test checks what it claims to.
   */
  private void assertNoSequentialScanOfABigTable(
      List<RecordingDataSource.Executed> executed, String... touched) throws SQLException {
    Set<String> tablesRead = new LinkedHashSet<>();
    List<String> violations = sequentialScansOfBigTables(executed, tablesRead);
    assertThat(tablesRead).as("tables read").contains(touched);
    assertThat(violations).as("sequential scans of big tables").isEmpty();
  }

  /** The sequential scans of big tables in the plans of the statements that read. */
  private List<String> sequentialScansOfBigTables(
      List<RecordingDataSource.Executed> executed, Set<String> tablesRead) throws SQLException {
    if (Boolean.getBoolean("queryplans.print")) {
      System.out.println("== " + executed.size() + " statements");
      executed.forEach(e -> System.out.println("  " + e.sql()));
    }
    Set<String> explained = new LinkedHashSet<>();
    List<String> violations = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      for (RecordingDataSource.Executed e : executed) {
        String sql = e.sql().trim();
        String head = sql.substring(0, Math.min(6, sql.length())).toLowerCase(Locale.ROOT);
        if (!(head.startsWith("select")
            || head.startsWith("update")
            || head.startsWith("delete")
            || head.startsWith("with"))) {
          continue;
        }
        if (!explained.add(sql + e.bindings().size())) {
          continue;
        }
        for (Map.Entry<String, Long> t : rows.entrySet()) {
          if (sql.toLowerCase(Locale.ROOT).matches("(?s).*\\b" + t.getKey() + "\\b.*")) {
            tablesRead.add(t.getKey());
          }
        }
        String plan = explain(c, e);
        Matcher m = SEQ_SCAN.matcher(plan);
        while (m.find()) {
          String table = m.group(1);
          if (rows.getOrDefault(table, 0L) >= BIG) {
            violations.add(table + " in:\n" + sql + "\n" + plan);
          }
        }
      }
    }
    assertThat(explained).as("statements recorded").isNotEmpty();
    return violations;
  }

  private static String explain(Connection c, RecordingDataSource.Executed e) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("EXPLAIN " + e.sql())) {
      for (RecordingDataSource.Binding b : e.bindings()) {
        try {
          b.setter().invoke(s, b.args());
        } catch (ReflectiveOperationException x) {
          throw new IllegalStateException("cannot bind " + b.setter(), x);
        }
      }
      StringBuilder plan = new StringBuilder();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          plan.append(rs.getString(1)).append('\n');
        }
      }
      return plan.toString();
    }
  }

  private java.util.UUID courseOf(long n) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT id FROM borgerdialog.course WHERE citizen_id = ?")) {
      s.setObject(1, ScaleGenerator.citizen(n));
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getObject(1, java.util.UUID.class);
      }
    }
  }

  private Map<String, Long> rowEstimates() throws SQLException {
    Map<String, Long> estimates = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT c.relname, c.reltuples::bigint FROM pg_class c"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = 'borgerdialog' AND c.relkind = 'r'")) {
      while (rs.next()) {
        estimates.put(rs.getString(1), rs.getLong(2));
      }
    }
    return estimates;
  }
}
