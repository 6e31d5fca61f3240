package dk.borgerdialog.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.reminder.model.ReminderDispatcher;
import dk.borgerdialog.reminder.model.ReminderId;
import dk.borgerdialog.scheduling.ThreadBoundDataSource.Ending;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes (two schedulers with their own names) on one PostgreSQL database share the due
 * reminders, and every reminder is dispatched exactly once in total.
 */
class TwoNodesIT {
  private static final int REMINDERS = 1_000;
  private static final int THREADS = 4;

  private final Map<ReminderId, AtomicInteger> dispatches = new ConcurrentHashMap<>();
  private final List<DbSchedulerReminders> nodes = new ArrayList<>();
  private ScheduledTasksDatabase db;

  @BeforeEach
  void setUp() {
    db = ScheduledTasksDatabase.postgres();
  }

  @AfterEach
  void tearDown() {
    nodes.forEach(DbSchedulerReminders::stop);
  }

  @Test
  void twoNodesDispatchEachOfAThousandDueRemindersExactlyOnceBetweenThem() {
    AtomicInteger byA = new AtomicInteger();
    AtomicInteger byB = new AtomicInteger();
    ThreadBoundDataSource transactional = new ThreadBoundDataSource(db.dataSource);
    DbSchedulerReminders a = node("node-a", transactional, byA);
    DbSchedulerReminders b = node("node-b", transactional, byB);
    a.start();
    b.start();

    Instant now = Clock.systemUTC().instant();
    List<ReminderId> reminders = new ArrayList<>();
    for (int i = 0; i < REMINDERS; i++) {
      reminders.add(ReminderId.random());
    }
    // one use case plans them all; both nodes see them at the commit
    transactional.inTransaction(
        Ending.COMMIT,
        connection -> reminders.forEach(r -> a.reminderScheduler().schedule(r, now)));
    long committed = System.nanoTime();

    AtomicInteger mostClaimed = new AtomicInteger();
    Eventually.await(
        Duration.ofSeconds(90),
        "all reminders dispatched and removed",
        () -> {
          mostClaimed.accumulateAndGet(db.mostPickedByOneNode(), Math::max);
          return dispatches.size() == REMINDERS && db.rows() == 0;
        });
    Duration took = Duration.ofNanos(System.nanoTime() - committed);
    // a late duplicate would show up within a few more polls
    Eventually.sleep(Duration.ofMillis(500));

    long duplicates =
        dispatches.values().stream().mapToInt(AtomicInteger::get).filter(n -> n > 1).count();
    System.out.printf(
        "Two nodes: %d reminders, node-a %d, node-b %d, duplicates %d, %d ms after commit,"
            + " at most %d claimed by one node at once%n",
        dispatches.size(), byA.get(), byB.get(), duplicates, took.toMillis(), mostClaimed.get());
    assertThat(dispatches.keySet()).containsExactlyInAnyOrderElementsOf(reminders);
    assertThat(dispatches.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    assertThat(byA.get() + byB.get()).isEqualTo(REMINDERS);
    assertThat(byA.get()).isPositive();
    assertThat(byB.get()).isPositive();
    // lock-and-fetch claims a batch (up to threads × batch size per thread), not one per thread
    assertThat(mostClaimed.get()).isGreaterThan(THREADS);
  }

  private DbSchedulerReminders node(
      String name, ThreadBoundDataSource transactional, AtomicInteger dispatched) {
    ReminderDispatcher dispatcher =
        reminder -> {
          dispatches.computeIfAbsent(reminder, r -> new AtomicInteger()).incrementAndGet();
          dispatched.incrementAndGet();
          // a channel call takes a moment
          Eventually.sleep(Duration.ofMillis(2));
          return new ReminderDispatcher.Outcome.Finished();
        };
    DbSchedulerReminders node =
        DbSchedulerReminders.builder(db.dataSource, transactional, dispatcher)
            .pollingInterval(Duration.ofMillis(100))
            .threads(THREADS)
            .schedulerName(name)
            .build();
    nodes.add(node);
    return node;
  }
}
