package dk.borgerdialog.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The event relay hook on every database; one subclass per database. The injected clock stands
 * still: the relay must run again and again all the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EventRelayContract {
  private static final Instant T0 = Instant.parse("2026-10-25T00:30:00Z");
  private static final Duration EVERY = Duration.ofMillis(50);
  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  private ScheduledTasksDatabase db;
  private final List<DbSchedulerReminders> nodes = new ArrayList<>();

  abstract ScheduledTasksDatabase newDatabase();

  @BeforeAll
  void createDatabase() {
    db = newDatabase();
  }

  @BeforeEach
  void emptyTable() {
    db.execute("DELETE FROM borgerdialog.scheduled_tasks");
  }

  @AfterEach
  void stopNodes() {
    nodes.forEach(DbSchedulerReminders::stop);
    nodes.clear();
  }

  @Test
  void theRelayRunsAgainAndAgainWhileTheClockStandsStill() {
    AtomicInteger runs = new AtomicInteger();
    node("relay-node", runs::incrementAndGet).start();

    Eventually.await(TIMEOUT, "the relay ran five times", () -> runs.get() >= 5);
    assertThat(db.rows()).isEqualTo(1);
  }

  @Test
  void aRelayThatThrowsRunsAgain() {
    AtomicInteger runs = new AtomicInteger();
    node(
            "relay-node",
            () -> {
              if (runs.incrementAndGet() <= 2) {
                throw new IllegalStateException("the outbox is down (expected by the test)");
              }
            })
        .start();

    Eventually.await(TIMEOUT, "the relay ran after two failures", () -> runs.get() >= 4);
  }

  @Test
  void theRelayStopsWithTheNode() {
    AtomicInteger runs = new AtomicInteger();
    DbSchedulerReminders node = node("relay-node", runs::incrementAndGet);
    node.start();
    Eventually.await(TIMEOUT, "the relay ran", () -> runs.get() >= 1);

    node.stop();
    int after = runs.get();
    Eventually.sleep(Duration.ofMillis(400));

    assertThat(runs.get()).isEqualTo(after);
  }

  @Test
  void twoNodesNeverRelayAtTheSameTime() {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    AtomicInteger runs = new AtomicInteger();
    Runnable relay =
        () -> {
          int now = running.incrementAndGet();
          mostAtOnce.accumulateAndGet(now, Math::max);
          Eventually.sleep(Duration.ofMillis(20));
          running.decrementAndGet();
          runs.incrementAndGet();
        };
    node("node-a", relay).start();
    node("node-b", relay).start();

    Eventually.await(TIMEOUT, "the relay ran ten times", () -> runs.get() >= 10);

    assertThat(mostAtOnce.get()).isEqualTo(1);
    assertThat(db.rows()).isEqualTo(1);
  }

  @Test
  void theIntervalMustBeAtLeastTenMilliseconds() {
    assertThatThrownBy(
            () ->
                DbSchedulerReminders.builder(
                        db.dataSource, db.dataSource, new RecordingDispatcher(SettableClock.at(T0)))
                    .eventRelay(() -> {}, Duration.ofMillis(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 10 ms");
  }

  private DbSchedulerReminders node(String name, Runnable relay) {
    SettableClock clock = SettableClock.at(T0);
    DbSchedulerReminders node =
        DbSchedulerReminders.builder(db.dataSource, db.dataSource, new RecordingDispatcher(clock))
            .clock(clock)
            .schedulerName(name)
            .eventRelay(relay, EVERY)
            .build();
    nodes.add(node);
    return node;
  }
}
