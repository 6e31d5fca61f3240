package dk.borgerdialog.benchmarks;

import java.io.PrintStream;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills a migrated PostgreSQL database with a municipality's worth of data, with {@code COPY} in
 * batches and progress output: citizens with one course each, {@value #APPOINTMENTS_PER_CITIZEN}
 * appointments per citizen (two past and attended, three ahead and booked) with one participant
 * each, the reminders already sent for the past appointments with their delivery attempts, an
 * in-app notification per citizen, a thread per citizen with the inbox of their unit holding
 * {@value #MESSAGES_PER_CITIZEN} messages (the citizen's and the unit's in turn, all read), and a
 * burst of reminders that are all due at {@link #burstDue()}.
 *
 * <p>Ids are made from the row's number, so that the data is the same in every run and a test can
 * name a row. A new table is one more {@code copy} call in {@link #generate}.
 */
public final class ScaleGenerator {
  /** "Now" in the generated data: Tuesday 10 March 2026, 09:00 in Copenhagen. */
  public static final Instant NOW = PlanData.START;

  /** Appointments per citizen. */
  public static final int APPOINTMENTS_PER_CITIZEN = 5;

  /** Messages per citizen, all in one thread with the inbox of the citizen's unit. */
  public static final int MESSAGES_PER_CITIZEN = 10;

  /** Rows per {@code COPY}; progress is printed after each. */
  static final int BATCH = 100_000;

  static final int UNITS = 50;
  static final int STAFF = 1_000;

  private static final long CITIZEN = 0x1000L << 48;
  private static final long COURSE = 0x2000L << 48;
  private static final long APPOINTMENT = 0x3000L << 48;
  private static final long REMINDER = 0x4000L << 48;
  private static final long UNIT = 0x5000L << 48;
  private static final long PAST_REMINDER = 0x8000L << 48;
  private static final long ATTEMPT = 0x9000L << 48;
  private static final long NOTIFICATION = 0xA000L << 48;
  private static final long STAFF_MEMBER = 0x6000L << 48;
  private static final long THREAD = 0xB000L << 48;
  private static final long MESSAGE = 0xC000L << 48;
  private static final UUID MUNICIPALITY = new UUID(0x7000L << 48, 1);
  private static final UUID CENTRE = new UUID(0x7000L << 48, 2);
  private static final UUID TEMPLATE = new UUID(0x7000L << 48, 3);

  private final DataSource dataSource;
  private final PrintStream out;

  /**
   * Creates a generator.
   *
   * @param dataSource a migrated PostgreSQL database
   * @param out where progress goes
   */
  public ScaleGenerator(DataSource dataSource, PrintStream out) {
    this.dataSource = dataSource;
    this.out = out;
  }

  /** The id of the n-th citizen. */
  public static UUID citizen(long n) {
    return new UUID(CITIZEN, n);
  }

  /** The id of the n-th citizen's k-th appointment. */
  public static UUID appointment(long n, int k) {
    return new UUID(APPOINTMENT, n * APPOINTMENTS_PER_CITIZEN + k);
  }

  /** The id of the n-th citizen's thread with the inbox of their unit. */
  public static UUID thread(long n) {
    return new UUID(THREAD, n);
  }

  /** The id of the unit of the n-th citizen. */
  public static UUID unit(long n) {
    return new UUID(UNIT, n % UNITS);
  }

  /** The id of the staff member of the n-th citizen. */
  public static UUID staff(long n) {
    return new UUID(STAFF_MEMBER, n % STAFF);
  }

  /** When the burst's reminders are due: an hour after {@link #NOW}. */
  public static Instant burstDue() {
    return NOW.plus(Duration.ofHours(1));
  }

  /** When the k-th appointment of the n-th citizen starts; k = 2 is the next one. */
  static Instant start(long n, int k) {
    Duration day = Duration.ofDays(k < 2 ? -14 + 7L * k : 1 + 7L * (k - 2));
    return NOW.plus(day).plus(Duration.ofMinutes(n % 480));
  }

  /**
   * Generates the data and analyses the tables.
   *
   * @param citizens how many citizens
   * @param burst how many of them get a reminder due at {@link #burstDue()}, with SMS preferred
   * @throws SQLException if the database refuses
   */
  public void generate(long citizens, int burst) throws SQLException {
    if (burst > citizens) {
      throw new IllegalArgumentException("the burst cannot exceed the citizens");
    }
    long t0 = System.nanoTime();
    try (Connection c = dataSource.getConnection()) {
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      List<String> indexes = dropSecondaryIndexes(c);
      try (Statement s = c.createStatement()) {
        // the generated rows are consistent by construction: skip the foreign-key triggers
        s.execute("SET session_replication_role = replica");
      }
      organisation(c);
      copy(
          copy,
          "citizen (id, municipality_id, ref_system, ref_value, name, language_code, zone_id,"
              + " version)",
          citizens,
          (n, row) ->
              row.append(citizen(n))
                  .append(',')
                  .append(MUNICIPALITY)
                  .append(",scale,C-")
                  .append(n)
                  .append(",Borger ")
                  .append(n)
                  .append(",DA,Europe/Copenhagen,0\n"));
      copy(
          copy,
          "course (id, citizen_id, unit_id, template_id, state, opened_at, version)",
          citizens,
          (n, row) ->
              row.append(new UUID(COURSE, n))
                  .append(',')
                  .append(citizen(n))
                  .append(',')
                  .append(unit(n))
                  .append(',')
                  .append(TEMPLATE)
                  .append(",ACTIVE,")
                  .append(NOW.minus(Duration.ofDays(60)))
                  .append(",0\n"));
      copy(
          copy,
          "appointment (id, course_id, citizen_id, unit_id, appointment_type, starts_at, ends_at,"
              + " mode_kind, mode_address, status, booked_at, changed_at, version)",
          citizens * APPOINTMENTS_PER_CITIZEN,
          (i, row) -> {
            long n = i / APPOINTMENTS_PER_CITIZEN;
            int k = (int) (i % APPOINTMENTS_PER_CITIZEN);
            Instant start = start(n, k);
            row.append(appointment(n, k))
                .append(',')
                .append(new UUID(COURSE, n))
                .append(',')
                .append(citizen(n))
                .append(',')
                .append(unit(n))
                .append(",conversation,")
                .append(start)
                .append(',')
                .append(start.plus(Duration.ofMinutes(30)))
                .append(",in_person,\"Nørrebrogade 52, 2200 København N\",")
                .append(k < 2 ? "ATTENDED" : "BOOKED")
                .append(',')
                .append(NOW.minus(Duration.ofDays(30)))
                .append(',')
                .append(NOW.minus(Duration.ofDays(30)))
                .append(",0\n");
          });
      copy(
          copy,
          "appointment_participant (appointment_id, staff_member_id, position_no)",
          citizens * APPOINTMENTS_PER_CITIZEN,
          (i, row) -> {
            long n = i / APPOINTMENTS_PER_CITIZEN;
            int k = (int) (i % APPOINTMENTS_PER_CITIZEN);
            row.append(appointment(n, k)).append(',').append(staff(n)).append(",0\n");
          });
      history(copy, citizens);
      messages(copy, citizens);
      burst(copy, burst);
      try (Statement s = c.createStatement()) {
        s.execute("SET session_replication_role = DEFAULT");
        long i0 = System.nanoTime();
        for (String index : indexes) {
          s.execute(index);
        }
        out.printf(
            Locale.ROOT,
            "  %d indexes built in %.1f s%n",
            indexes.size(),
            (System.nanoTime() - i0) / 1e9);
        long a0 = System.nanoTime();
        s.execute("ANALYZE");
        out.printf(Locale.ROOT, "  ANALYZE in %.1f s%n", (System.nanoTime() - a0) / 1e9);
      }
    }
    out.printf(
        Locale.ROOT,
        "  generated %,d citizens, %,d appointments and %,d messages in %.1f s%n",
        citizens,
        citizens * APPOINTMENTS_PER_CITIZEN,
        citizens * MESSAGES_PER_CITIZEN,
        (System.nanoTime() - t0) / 1e9);
  }

  /**
   * Drops the indexes that back no constraint, to build them once after the copy rather than row by
   * row; returns their definitions.
   */
  private static List<String> dropSecondaryIndexes(Connection c) throws SQLException {
    List<String> definitions = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT i.indexname, i.indexdef FROM pg_indexes i"
                    + " WHERE i.schemaname = 'borgerdialog' AND NOT EXISTS (SELECT 1 FROM"
                    + " pg_constraint k WHERE k.conname = i.indexname)")) {
      while (rs.next()) {
        names.add(rs.getString(1));
        definitions.add(rs.getString(2));
      }
    }
    try (Statement s = c.createStatement()) {
      for (String name : names) {
        s.execute("DROP INDEX borgerdialog." + name);
      }
    }
    return definitions;
  }

  private void organisation(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO borgerdialog.municipality (id, name) VALUES ('"
              + MUNICIPALITY
              + "', 'Københavns Kommune')");
      s.execute(
          "INSERT INTO borgerdialog.centre (id, municipality_id, name) VALUES ('"
              + CENTRE
              + "', '"
              + MUNICIPALITY
              + "', 'Borgercenter Voksne')");
      s.execute(
          "INSERT INTO borgerdialog.course_template (id, municipality_id, name, kind) VALUES ('"
              + TEMPLATE
              + "', '"
              + MUNICIPALITY
              + "', 'Ambulant forløb', 'TREATMENT')");
      for (int u = 0; u < UNITS; u++) {
        s.execute(
            "INSERT INTO borgerdialog.unit (id, centre_id, municipality_id, name, public_name,"
                + " deadline_seconds, citizens_may_cancel, citizens_may_move, version) VALUES ('"
                + new UUID(UNIT, u)
                + "', '"
                + CENTRE
                + "', '"
                + MUNICIPALITY
                + "', 'Enhed "
                + u
                + "', 'Borgercenter Nord', 86400, TRUE, TRUE, 0)");
      }
      for (int m = 0; m < STAFF; m++) {
        s.execute(
            "INSERT INTO borgerdialog.staff_member (id, municipality_id, name, title, version)"
                + " VALUES ('"
                + new UUID(STAFF_MEMBER, m)
                + "', '"
                + MUNICIPALITY
                + "', 'Medarbejder "
                + m
                + "', 'Kontaktperson', 0)");
        s.execute(
            "INSERT INTO borgerdialog.staff_unit_role (staff_member_id, unit_id, role_code,"
                + " position_no) VALUES ('"
                + new UUID(STAFF_MEMBER, m)
                + "', '"
                + new UUID(UNIT, m % UNITS)
                + "', 'contact_person', 0)");
      }
    }
  }

  /**
   * What the past left behind: a sent reminder for each attended appointment, the delivery attempt
   * that sent it, and one in-app notification per citizen, read.
   */
  private void history(CopyManager copy, long citizens) throws SQLException {
    copy(
        copy,
        "reminder (id, appointment_id, citizen_id, unit_id, offset_seconds, due_at,"
            + " appointment_start, status, sent_via, sent_at, version)",
        citizens * 2,
        (i, row) -> {
          long n = i / 2;
          int k = (int) (i % 2);
          Instant start = start(n, k);
          Instant due = start.minus(Duration.ofDays(1));
          row.append(new UUID(PAST_REMINDER, i))
              .append(',')
              .append(appointment(n, k))
              .append(',')
              .append(citizen(n))
              .append(',')
              .append(unit(n))
              .append(",86400,")
              .append(due)
              .append(',')
              .append(start)
              .append(",SENT,SMS,")
              .append(due)
              .append(",1\n");
        });
    copy(
        copy,
        "delivery_attempt (id, reminder_id, channel, idempotency_key, attempted_at, outcome,"
            + " provider_id)",
        citizens * 2,
        (i, row) -> {
          long n = i / 2;
          int k = (int) (i % 2);
          Instant due = start(n, k).minus(Duration.ofDays(1));
          UUID reminder = new UUID(PAST_REMINDER, i);
          row.append(new UUID(ATTEMPT, i))
              .append(',')
              .append(reminder)
              .append(",SMS,")
              .append(reminder)
              .append(":SMS,")
              .append(due)
              .append(",DELIVERED,sms-")
              .append(i)
              .append('\n');
        });
    copy(
        copy,
        "in_app_notification (id, citizen_id, idempotency_key, subject, body, created_at,"
            + " read_at)",
        citizens,
        (n, row) -> {
          Instant created = start(n, 1).minus(Duration.ofDays(1));
          row.append(new UUID(NOTIFICATION, n))
              .append(',')
              .append(citizen(n))
              .append(",scale-")
              .append(n)
              .append(",Påmindelse,Du har en aftale i morgen hos Borgercenter Nord.,")
              .append(created)
              .append(',')
              .append(created.plus(Duration.ofHours(2)))
              .append('\n');
        });
  }

  /**
   * Mine kontakter: per citizen one thread with the inbox of their unit about their course, started
   * by the citizen; {@value #MESSAGES_PER_CITIZEN} messages in it, a week apart, the citizen's and
   * the staff member's in turn, the last one an answer that the citizen has read.
   */
  private void messages(CopyManager copy, long citizens) throws SQLException {
    copy(
        copy,
        "message_thread (id, citizen_id, unit_id, course_id, subject, status, started_by,"
            + " opened_at, first_response_at, last_message_at, citizen_unread, staff_unread,"
            + " version)",
        citizens,
        (n, row) ->
            row.append(thread(n))
                .append(',')
                .append(citizen(n))
                .append(',')
                .append(unit(n))
                .append(',')
                .append(new UUID(COURSE, n))
                .append(",Spørgsmål om mit forløb,WAITING_FOR_CITIZEN,CITIZEN,")
                .append(sentAt(n, 0))
                .append(',')
                .append(sentAt(n, 1))
                .append(',')
                .append(sentAt(n, MESSAGES_PER_CITIZEN - 1))
                .append(",0,0,")
                .append(MESSAGES_PER_CITIZEN)
                .append('\n'));
    copy(
        copy,
        "message (id, thread_id, side, author_kind, author_id, auto_reply, body, sent_at)",
        citizens * MESSAGES_PER_CITIZEN,
        (i, row) -> {
          long n = i / MESSAGES_PER_CITIZEN;
          int k = (int) (i % MESSAGES_PER_CITIZEN);
          boolean fromCitizen = k % 2 == 0;
          row.append(new UUID(MESSAGE, i))
              .append(',')
              .append(thread(n))
              .append(fromCitizen ? ",CITIZEN,CITIZEN," : ",STAFF,STAFF,")
              .append(fromCitizen ? citizen(n) : staff(n))
              .append(",false,")
              .append(
                  fromCitizen
                      ? "\"Hej. Kan vi flytte min tid på torsdag? Jeg skal til lægen.\","
                      : "\"Ja, det kan vi godt. Jeg har sendt dig en ny tid.\",")
              .append(sentAt(n, k))
              .append('\n');
        });
  }

  /** When the k-th message of the n-th citizen's thread was sent: weeks ago, a week apart. */
  static Instant sentAt(long n, int k) {
    return NOW.minus(Duration.ofDays(7L * (MESSAGES_PER_CITIZEN - k)))
        .plus(Duration.ofMinutes(n % 480));
  }

  /** The burst: the first citizens prefer SMS, and their next appointment has a due reminder. */
  private void burst(CopyManager copy, int burst) throws SQLException {
    copy(
        copy,
        "contact_preferences (citizen_id, channels, phone, quiet_from, quiet_to, opted_out,"
            + " version)",
        burst,
        (n, row) ->
            row.append(citizen(n))
                .append(",SMS,+45")
                .append(20_000_000 + n)
                .append(",21:00:00,08:00:00,\"\",0\n"));
    copy(
        copy,
        "reminder (id, appointment_id, citizen_id, unit_id, offset_seconds, due_at,"
            + " appointment_start, status, version)",
        burst,
        (n, row) -> {
          Instant start = start(n, 2);
          row.append(new UUID(REMINDER, n))
              .append(',')
              .append(appointment(n, 2))
              .append(',')
              .append(citizen(n))
              .append(',')
              .append(unit(n))
              .append(',')
              .append(Duration.between(burstDue(), start).toSeconds())
              .append(',')
              .append(burstDue())
              .append(',')
              .append(start)
              .append(",PENDING,0\n");
        });
    copy(
        copy,
        "scheduled_tasks (task_name, task_instance, execution_time, picked, version)",
        burst,
        (n, row) ->
            row.append(dk.borgerdialog.scheduling.DbSchedulerReminders.TASK_NAME)
                .append(',')
                .append(new UUID(REMINDER, n))
                .append(',')
                .append(burstDue())
                .append(",false,1\n"));
  }

  /** Writes one row of the n-th record into the buffer, as CSV. */
  @FunctionalInterface
  interface RowWriter {
    void write(long n, StringBuilder row);
  }

  private void copy(CopyManager copy, String table, long rows, RowWriter writer)
      throws SQLException {
    String name = table.substring(0, table.indexOf(' '));
    long t0 = System.nanoTime();
    StringBuilder buffer = new StringBuilder(BATCH * 200);
    for (long from = 0; from < rows; from += BATCH) {
      buffer.setLength(0);
      long to = Math.min(rows, from + BATCH);
      for (long n = from; n < to; n++) {
        writer.write(n, buffer);
      }
      try {
        copy.copyIn(
            "COPY borgerdialog." + table + " FROM STDIN (FORMAT csv)",
            new StringReader(buffer.toString()));
      } catch (java.io.IOException e) {
        throw new SQLException("cannot copy into " + name, e);
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      out.printf(
          Locale.ROOT,
          "  %-24s %,12d of %,d rows, %,.0f rows/s%n",
          name,
          to,
          rows,
          to / Math.max(seconds, 1e-9));
    }
  }
}
