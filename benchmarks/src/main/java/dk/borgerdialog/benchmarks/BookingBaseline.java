package dk.borgerdialog.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The raw side of {@code book}: the rows that booking through the SDK writes, written as one JDBC
 * batch per table in one transaction. How many rows each table gets per appointment is measured on
 * our side first, so both sides write the same rows.
 */
final class BookingBaseline {
  /** The tables a booking writes to, in an order that keeps the foreign keys. */
  static final List<String> TABLES =
      List.of(
          "appointment",
          "appointment_participant",
          "reminder",
          "scheduled_tasks",
          "outbox_event",
          "audit_record");

  /** Marks the baseline's rows so that they can be removed after. */
  static final String MARK = "bench_baseline";

  private BookingBaseline() {}

  static Map<String, Long> counts(DataSource dataSource) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM borgerdialog." + table)) {
          rs.next();
          counts.put(table, rs.getLong(1));
        }
      }
    }
    return counts;
  }

  /** A payload as long as a real one, from the outbox. */
  static String samplePayload(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT payload FROM borgerdialog.outbox_event ORDER BY seq DESC LIMIT 1")) {
      return rs.next() ? rs.getString(1) : "{}";
    }
  }

  /**
   * Writes {@code n} appointments and, in each other table, the number of rows {@code rows} gives
   * (spread over the appointments in turn), in one transaction, one batch per table.
   *
   * @return the time it took in nanoseconds, from borrowing the connection to the commit
   */
  static long write(
      DataSource dataSource, PlanData data, int n, Map<String, Long> rows, String payload)
      throws SQLException {
    Instant now = data.clock.instant();
    Timestamp at = Timestamp.from(now);
    long t0 = System.nanoTime();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      UUID[] appointments = new UUID[n];
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO borgerdialog.appointment (id, course_id, citizen_id, unit_id,"
                  + " appointment_type, starts_at, ends_at, mode_kind, mode_address, status,"
                  + " booked_at, changed_at, version)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, 'in_person', ?, 'BOOKED', ?, ?, 0)")) {
        for (int i = 0; i < n; i++) {
          appointments[i] = UUID.randomUUID();
          var command = data.appointment(i);
          int citizen = i % data.citizens.size();
          s.setObject(1, appointments[i]);
          s.setObject(2, command.course().value());
          s.setObject(3, data.citizens.get(citizen).value());
          s.setObject(4, data.unit.id().value());
          s.setString(5, MARK);
          s.setTimestamp(6, Timestamp.from(command.start()));
          s.setTimestamp(7, Timestamp.from(command.end()));
          s.setString(8, PlanData.ADDRESS);
          s.setTimestamp(9, at);
          s.setTimestamp(10, at);
          s.addBatch();
        }
        s.executeBatch();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO borgerdialog.appointment_participant"
                  + " (appointment_id, staff_member_id, position_no) VALUES (?, ?, ?)")) {
        for (int r = 0; r < rows.get("appointment_participant"); r++) {
          s.setObject(1, appointments[r % n]);
          s.setObject(2, data.staff.id().value());
          s.setInt(3, r / n);
          s.addBatch();
        }
        s.executeBatch();
      }
      UUID[] reminders = new UUID[Math.toIntExact(rows.get("reminder"))];
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO borgerdialog.reminder (id, appointment_id, citizen_id, unit_id,"
                  + " offset_seconds, due_at, appointment_start, status, version)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0)")) {
        for (int r = 0; r < reminders.length; r++) {
          int i = r % n;
          var command = data.appointment(i);
          Duration offset = Duration.ofDays(1).minusHours(r / n);
          reminders[r] = UUID.randomUUID();
          s.setObject(1, reminders[r]);
          s.setObject(2, appointments[i]);
          s.setObject(3, data.citizens.get(i % data.citizens.size()).value());
          s.setObject(4, data.unit.id().value());
          s.setLong(5, offset.toSeconds());
          s.setTimestamp(6, Timestamp.from(command.start().minus(offset)));
          s.setTimestamp(7, Timestamp.from(command.start()));
          s.addBatch();
        }
        s.executeBatch();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO borgerdialog.scheduled_tasks (task_name, task_instance,"
                  + " execution_time, picked, version) VALUES (?, ?, ?, FALSE, 1)")) {
        for (int r = 0; r < rows.get("scheduled_tasks"); r++) {
          s.setString(1, MARK);
          s.setString(2, reminders[r % reminders.length].toString() + "-" + r);
          // far ahead, so that no scheduler ever picks the baseline's tasks
          s.setTimestamp(3, Timestamp.from(now.plus(Duration.ofDays(3650))));
          s.addBatch();
        }
        s.executeBatch();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO borgerdialog.outbox_event (id, aggregate_id, event_type, occurred_at,"
                  + " payload) VALUES (?, ?, ?, ?, ?)")) {
        for (int r = 0; r < rows.get("outbox_event"); r++) {
          s.setObject(1, UUID.randomUUID());
          s.setObject(2, appointments[r % n]);
          s.setString(3, MARK);
          s.setTimestamp(4, at);
          s.setString(5, payload);
          s.addBatch();
        }
        s.executeBatch();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO borgerdialog.audit_record (id, occurred_at, actor_kind, actor_id,"
                  + " assurance_level, citizen_id, operation, entity_id, allowed)"
                  + " VALUES (?, ?, 'STAFF', ?, 'SUBSTANTIAL', ?, ?, ?, TRUE)")) {
        for (int r = 0; r < rows.get("audit_record"); r++) {
          int i = r % n;
          s.setObject(1, UUID.randomUUID());
          s.setTimestamp(2, at);
          s.setString(3, MARK);
          s.setObject(4, data.citizens.get(i % data.citizens.size()).value());
          s.setString(5, "BOOK_APPOINTMENT");
          s.setObject(6, data.appointment(i).course().value());
          s.addBatch();
        }
        s.executeBatch();
      }
      c.commit();
      c.setAutoCommit(true);
    }
    return System.nanoTime() - t0;
  }

  /**
   * Removes every appointment booked so far with its participants, reminders, their scheduled
   * dispatch and its events (the audit records stay: they are chained), so that the next booking
   * benchmark writes into tables of the same size and dispatch drains only its reminders.
   */
  static void removeBookings(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "DELETE FROM borgerdialog.scheduled_tasks WHERE task_name = 'borgerdialog-reminder'");
      s.executeUpdate("DELETE FROM borgerdialog.reminder");
      s.executeUpdate("DELETE FROM borgerdialog.appointment_participant");
      s.executeUpdate(
          "DELETE FROM borgerdialog.outbox_event WHERE aggregate_id IN"
              + " (SELECT id FROM borgerdialog.appointment)");
      s.executeUpdate("DELETE FROM borgerdialog.appointment");
    }
  }

  /** Removes the baseline's rows, so that the data set is ours alone again. */
  static void remove(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      String mine =
          "(SELECT id FROM borgerdialog.appointment WHERE appointment_type = '" + MARK + "')";
      s.executeUpdate(
          "DELETE FROM borgerdialog.appointment_participant WHERE appointment_id IN " + mine);
      s.executeUpdate("DELETE FROM borgerdialog.reminder WHERE appointment_id IN " + mine);
      s.executeUpdate(
          "DELETE FROM borgerdialog.appointment WHERE appointment_type = '" + MARK + "'");
      s.executeUpdate("DELETE FROM borgerdialog.scheduled_tasks WHERE task_name = '" + MARK + "'");
      s.executeUpdate("DELETE FROM borgerdialog.outbox_event WHERE event_type = '" + MARK + "'");
      s.executeUpdate("DELETE FROM borgerdialog.audit_record WHERE actor_id = '" + MARK + "'");
    }
  }
}
