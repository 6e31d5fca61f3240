package dk.borgerdialog.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.persistence.testing.TestDatabases;
import dk.borgerdialog.reliability.support.ChildJvm;
import dk.borgerdialog.reliability.support.Figures;
import dk.borgerdialog.reliability.support.RecordingGateway;
import dk.borgerdialog.reliability.support.Seed;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A node dispatching a burst of 10,000 reminders is killed with SIGKILL in the middle; a new node
 * takes over. Nothing is lost, and every repeated delivery carries a key already seen.
 */
@Tag("slow")
class CrashIT {
  static final int REMINDERS = 10_000;

  @Test
  void a_node_killed_mid_burst_loses_nothing_and_repeats_only_with_the_same_key() throws Exception {
    TestDatabases.Postgres database = TestDatabases.freshPostgresDatabase();
    SettableClock clock = SettableClock.at("2026-11-23T09:00", "Europe/Copenhagen");
    Instant start = clock.instant().plus(Duration.ofDays(1));
    long seeding = System.nanoTime();
    try (Borgerdialog seeder =
        Borgerdialog.builder()
            .dataSource(database.dataSource())
            .clock(clock)
            .dispatchReminders(false)
            .start()) {
      Seed seed = Seed.organisation(seeder, "Københavns Kommune", ReminderPolicy.hoursBefore(1));
      seed.smsCitizens(REMINDERS, start, 8);
    }
    Duration seeded = Duration.ofNanos(System.nanoTime() - seeding);
    assertThat(pending(database.dataSource())).isEqualTo(REMINDERS);

    String due = start.minus(Duration.ofMinutes(30)).toString();
    try (RecordingGateway gateway = RecordingGateway.start()) {
      long burst = System.nanoTime();
      int atKill;
      try (ChildJvm first =
          ChildJvm.dispatchingNode(
              "crash-1", database.url(), gateway.endpoint("first").toString(), due)) {
        waitFor(() -> gateway.count() >= REMINDERS / 3, Duration.ofMinutes(10), first);
        first.kill();
        atKill = gateway.count();
      }
      assertThat(atKill).isLessThan(REMINDERS);
      // The successor starts ten minutes later on the clock: reminders the killed node had
      // claimed are revived once it has missed six heartbeats of one minute.
      String later = start.minus(Duration.ofMinutes(20)).toString();
      long restart = System.nanoTime();
      try (ChildJvm second =
          ChildJvm.dispatchingNode(
              "crash-2", database.url(), gateway.endpoint("second").toString(), later)) {
        Duration ready = Duration.ofNanos(System.nanoTime() - restart);
        waitFor(() -> gateway.perKey().size() >= REMINDERS, Duration.ofMinutes(20), second);
        Thread.sleep(1_000); // a late repeat would show up here
        Duration total = Duration.ofNanos(System.nanoTime() - burst);

        List<RecordingGateway.Received> received = gateway.received();
        Map<String, Long> perKey = gateway.perKey();
        int lost = REMINDERS - perKey.size();
        int duplicates = received.size() - perKey.size();
        assertThat(lost).isZero();
        // a repeat is the same reminder under the same key: no citizen got two different keys
        Map<String, List<String>> keysPerRecipient = gateway.keysPerRecipient();
        assertThat(keysPerRecipient).hasSize(REMINDERS);
        assertThat(keysPerRecipient.values()).allSatisfy(keys -> assertThat(keys).hasSize(1));
        Set<String> seen = new HashSet<>();
        int repeats = 0;
        for (RecordingGateway.Received message : received) {
          if (!seen.add(message.key())) {
            repeats++;
          }
        }
        assertThat(repeats).isEqualTo(duplicates);
        // the database agrees: every reminder is sent, each with a delivered attempt
        assertThat(sent(database.dataSource())).isEqualTo(REMINDERS);
        assertThat(pending(database.dataSource())).isZero();
        assertThat(remindersWithoutDeliveredAttempt(database.dataSource())).isZero();
        Figures.record(
            "crash",
            "%d reminders seeded in %d s; node killed (SIGKILL) after %d deliveries; successor"
                + " ready in %.1f s; delivered %d distinct, lost %d, duplicates %d (all with a"
                + " key already seen); burst incl. restart %.1f s; per node %s",
            REMINDERS,
            seeded.toSeconds(),
            atKill,
            ready.toMillis() / 1000.0,
            perKey.size(),
            lost,
            duplicates,
            total.toMillis() / 1000.0,
            gateway.perNode());
      }
    }
  }

  interface Condition {
    boolean holds();
  }

  static void waitFor(Condition condition, Duration timeout, ChildJvm node) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.holds()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out; the node's output:\n" + node.tail());
      }
      if (!node.isAlive()) {
        throw new AssertionError("the node died:\n" + node.tail());
      }
      Thread.sleep(20);
    }
  }

  static int pending(DataSource database) throws SQLException {
    return count(database, "SELECT COUNT(*) FROM borgerdialog.reminder WHERE status = 'PENDING'");
  }

  static int sent(DataSource database) throws SQLException {
    return count(database, "SELECT COUNT(*) FROM borgerdialog.reminder WHERE status = 'SENT'");
  }

  static int remindersWithoutDeliveredAttempt(DataSource database) throws SQLException {
    return count(
        database,
        "SELECT COUNT(*) FROM borgerdialog.reminder r WHERE NOT EXISTS (SELECT 1 FROM"
            + " borgerdialog.delivery_attempt a WHERE a.reminder_id = r.id AND a.outcome ="
            + " 'DELIVERED')");
  }

  static int count(DataSource database, String sql) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
