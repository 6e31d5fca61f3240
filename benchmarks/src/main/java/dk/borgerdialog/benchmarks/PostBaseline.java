package dk.borgerdialog.benchmarks;

import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.access.AuditChain;
import dk.borgerdialog.access.AuditRecord;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.access.Purpose;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The raw side of {@code post}: the rows that posting through the SDK writes, written as one JDBC
 * batch per table in one transaction. How many rows each table gets is measured on our side first
 * ({@link #counts}), so that both sides write the same rows: the messages, the thread updates
 * (counted as the growth of the threads' versions), the citizen's in-app notices, the pending SMS
 * notices and their scheduled tasks, any outbox events, and the audit records, linked into the
 * audit chain as ours are.
 */
final class PostBaseline {
  /** The tables a post writes rows to, in an order that keeps the foreign keys. */
  static final List<String> TABLES =
      List.of(
          "message",
          "message_attachment",
          "in_app_notification",
          "notice_delivery",
          "notice_attempt",
          "scheduled_tasks",
          "outbox_event",
          "audit_record");

  /** The pseudo-table of thread updates: the sum of the threads' versions. */
  static final String THREAD_UPDATES = "message_thread updates";

  /** Marks the baseline's rows. */
  static final String MARK = "bench_baseline";

  private PostBaseline() {}

  /** Rows per table, and the sum of the threads' versions under {@link #THREAD_UPDATES}. */
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
      try (ResultSet rs =
          s.executeQuery("SELECT COALESCE(SUM(version), 0) FROM borgerdialog.message_thread")) {
        rs.next();
        counts.put(THREAD_UPDATES, rs.getLong(1));
      }
    }
    return counts;
  }

  /** What our side wrote: after minus before, per table. */
  static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> delta = new LinkedHashMap<>();
    for (Map.Entry<String, Long> e : after.entrySet()) {
      delta.put(e.getKey(), e.getValue() - before.get(e.getKey()));
    }
    return delta;
  }

  /**
   * Writes the rows of {@code n} posts in the threads of the data set, {@code rows.get(table)} in
   * each table, in one transaction with one batch per table.
   *
   * @return the time it took in nanoseconds, from borrowing the connection to the commit
   * @throws SQLException if the database refuses, or a table got rows the baseline cannot write
   */
  static long write(
      DataSource dataSource, MessageData data, Instant now, int n, Map<String, Long> rows)
      throws SQLException {
    for (String table : List.of("message_attachment", "notice_attempt")) {
      if (rows.get(table) != 0) {
        throw new SQLException("the baseline writes no " + table + " rows");
      }
    }
    Timestamp at = Timestamp.from(now);
    int threads = data.threads.size();
    long t0 = System.nanoTime();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO borgerdialog.message (id, thread_id, side, author_kind, author_id,"
                  + " auto_reply, body, sent_at) VALUES (?, ?, ?, ?, ?, FALSE, ?, ?)")) {
        for (int i = 0; i < rows.get("message"); i++) {
          boolean citizen = data.fromCitizen(i % n);
          s.setObject(1, UUID.randomUUID());
          s.setObject(2, data.threads.get(i % threads).value());
          s.setString(3, citizen ? "CITIZEN" : "STAFF");
          s.setString(4, citizen ? "CITIZEN" : "STAFF");
          s.setString(5, MARK);
          s.setString(6, MessageData.BODY);
          s.setTimestamp(7, at);
          s.addBatch();
        }
        s.executeBatch();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE borgerdialog.message_thread SET status = ?, last_message_at = ?,"
                  + " oldest_unanswered_at = ?, citizen_unread = citizen_unread + ?,"
                  + " staff_unread = staff_unread + ?, version = version + 1 WHERE id = ?")) {
        for (int i = 0; i < rows.get(THREAD_UPDATES); i++) {
          boolean citizen = data.fromCitizen(i % n);
          s.setString(1, citizen ? "OPEN" : "WAITING_FOR_CITIZEN");
          s.setTimestamp(2, at);
          s.setTimestamp(3, citizen ? at : null);
          s.setInt(4, citizen ? 0 : 1);
          s.setInt(5, citizen ? 1 : 0);
          s.setObject(6, data.threads.get(i % threads).value());
          s.addBatch();
        }
        s.executeBatch();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO borgerdialog.in_app_notification (id, citizen_id, idempotency_key,"
                  + " subject, body, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
        for (int i = 0; i < rows.get("in_app_notification"); i++) {
          s.setObject(1, UUID.randomUUID());
          s.setObject(2, data.citizens.get(i % threads).value());
          s.setString(3, MARK + "-" + i);
          s.setString(4, "Ny besked");
          s.setString(5, "Du har en ny besked. Log ind for at læse den.");
          s.setTimestamp(6, at);
          s.addBatch();
        }
        s.executeBatch();
      }
      UUID[] deliveries = new UUID[Math.toIntExact(rows.get("notice_delivery"))];
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO borgerdialog.notice_delivery (id, citizen_id, notice_kind, notice_key,"
                  + " created_at, status, version) VALUES (?, ?, 'NEW_MESSAGE', ?, ?, 'PENDING',"
                  + " 0)")) {
        for (int i = 0; i < deliveries.length; i++) {
          deliveries[i] = UUID.randomUUID();
          s.setObject(1, deliveries[i]);
          s.setObject(2, data.citizens.get(i % threads).value());
          s.setString(3, MARK + "-" + i);
          s.setTimestamp(4, at);
          s.addBatch();
        }
        s.executeBatch();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO borgerdialog.scheduled_tasks (task_name, task_instance,"
                  + " execution_time, picked, version) VALUES (?, ?, ?, FALSE, 1)")) {
        for (int i = 0; i < rows.get("scheduled_tasks"); i++) {
          s.setString(1, MARK);
          s.setString(
              2,
              "notice:"
                  + (deliveries.length == 0 ? i : deliveries[i % deliveries.length])
                  + "-"
                  + i);
          // far ahead, so that no scheduler ever picks the baseline's tasks
          s.setTimestamp(3, Timestamp.from(now.plus(Duration.ofDays(3650))));
          s.addBatch();
        }
        s.executeBatch();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO borgerdialog.outbox_event (id, aggregate_id, event_type, occurred_at,"
                  + " payload) VALUES (?, ?, ?, ?, '{}')")) {
        for (int i = 0; i < rows.get("outbox_event"); i++) {
          s.setObject(1, UUID.randomUUID());
          s.setObject(2, data.threads.get(i % threads).value());
          s.setString(3, MARK);
          s.setTimestamp(4, at);
          s.addBatch();
        }
        s.executeBatch();
      }
      audit(c, data, now, n, Math.toIntExact(rows.get("audit_record")));
      c.commit();
      c.setAutoCommit(true);
    }
    return System.nanoTime() - t0;
  }

  /** Audit records linked into the chain as ours are: lock the head, insert, move the head. */
  private static void audit(Connection c, MessageData data, Instant now, int n, int records)
      throws SQLException {
    String previous;
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT last_hash FROM borgerdialog.audit_chain_head WHERE id = 1 FOR UPDATE")) {
      rs.next();
      previous = rs.getString(1);
    }
    Instant at = now.truncatedTo(ChronoUnit.MICROS);
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO borgerdialog.audit_record (id, occurred_at, actor_kind, actor_id,"
                + " assurance_level, citizen_id, operation, entity_id, allowed, purpose,"
                + " prev_hash, content_hash, chain_hash)"
                + " VALUES (?, ?, ?, ?, 'SUBSTANTIAL', ?, 'WRITE_MESSAGE', ?, TRUE, ?, ?, ?, ?)")) {
      for (int i = 0; i < records; i++) {
        int thread = i % data.threads.size();
        ActorKind kind = data.fromCitizen(i % n) ? ActorKind.CITIZEN : ActorKind.STAFF;
        AuditRecord record =
            new AuditRecord(
                UUID.randomUUID(),
                at,
                kind,
                MARK,
                AssuranceLevel.SUBSTANTIAL,
                data.citizens.get(thread),
                Operation.WRITE_MESSAGE,
                data.threads.get(thread).value(),
                true,
                null,
                null,
                Purpose.of(kind, Operation.WRITE_MESSAGE),
                null);
        String content = AuditChain.contentHash(record);
        String chain = AuditChain.link(previous, content);
        s.setObject(1, record.id());
        s.setTimestamp(2, Timestamp.from(at));
        s.setString(3, kind.name());
        s.setString(4, MARK);
        s.setObject(5, record.citizen().value());
        s.setObject(6, record.entityId());
        s.setString(7, record.purpose().name());
        s.setString(8, previous);
        s.setString(9, content);
        s.setString(10, chain);
        s.addBatch();
        previous = chain;
      }
      s.executeBatch();
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE borgerdialog.audit_chain_head SET last_hash = ?,"
                + " record_count = record_count + ? WHERE id = 1")) {
      s.setString(1, previous);
      s.setLong(2, records);
      s.executeUpdate();
    }
  }
}
