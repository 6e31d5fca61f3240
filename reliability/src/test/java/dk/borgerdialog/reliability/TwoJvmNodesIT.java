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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two nodes in JVMs of their own on one PostgreSQL, both dispatching to the SMS gateway: no
 * reminder is sent twice, and both do a fair share of the work.
 */
@Tag("slow")
class TwoJvmNodesIT {
  static final int REMINDERS = 2_000;

  @Test
  void two_jvms_send_every_reminder_once_and_share_the_load() throws Exception {
    TestDatabases.Postgres database = TestDatabases.freshPostgresDatabase();
    SettableClock clock = SettableClock.at("2026-11-23T09:00", "Europe/Copenhagen");
    Instant start = clock.instant().plus(Duration.ofDays(1));
    try (Borgerdialog seeder =
        Borgerdialog.builder()
            .dataSource(database.dataSource())
            .clock(clock)
            .dispatchReminders(false)
            .start()) {
      Seed.organisation(seeder, "Københavns Kommune", ReminderPolicy.hoursBefore(1))
          .smsCitizens(REMINDERS, start, 8);
    }
    String due = start.minus(Duration.ofMinutes(30)).toString();
    try (RecordingGateway gateway = RecordingGateway.start();
        ChildJvm a =
            ChildJvm.launch("node-a", database.url(), gateway.endpoint("a").toString(), due);
        ChildJvm b =
            ChildJvm.launch("node-b", database.url(), gateway.endpoint("b").toString(), due)) {
      // both start at once, so neither has a head start worth speaking of
      a.awaitReady();
      b.awaitReady();
      long began = System.nanoTime();
      CrashIT.waitFor(() -> gateway.count() >= REMINDERS, Duration.ofMinutes(10), a);
      Duration took = Duration.ofNanos(System.nanoTime() - began);
      Thread.sleep(1_000); // a late duplicate would show up here
      assertThat(a.isAlive()).isTrue();
      assertThat(b.isAlive()).isTrue();

      Map<String, Long> perKey = gateway.perKey();
      List<RecordingGateway.Received> received = gateway.received();
      long sentTwice = perKey.values().stream().filter(n -> n > 1).count();
      assertThat(perKey).hasSize(REMINDERS);
      assertThat(sentTwice).isZero();
      assertThat(received).hasSize(REMINDERS);
      assertThat(gateway.keysPerRecipient().values()).allSatisfy(k -> assertThat(k).hasSize(1));
      Map<String, Long> perNode = gateway.perNode();
      // a fair share: neither node does less than a fifth
      assertThat(perNode.get("a")).isGreaterThan(REMINDERS / 5L);
      assertThat(perNode.get("b")).isGreaterThan(REMINDERS / 5L);
      assertThat(CrashIT.sent(database.dataSource())).isEqualTo(REMINDERS);
      Figures.record(
          "two jvms",
          "%d reminders by two JVMs on one PostgreSQL in %.1f s: node a %d, node b %d, sent"
              + " twice 0",
          REMINDERS,
          took.toMillis() / 1000.0,
          perNode.get("a"),
          perNode.get("b"));
    }
  }
}
