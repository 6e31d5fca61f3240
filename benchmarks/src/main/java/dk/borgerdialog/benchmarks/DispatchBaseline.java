package dk.borgerdialog.benchmarks;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The raw side of {@code dispatch}: db-scheduler executing no-op one-time tasks on the same table,
 * with the same threads, polling and batch as reminder dispatch.
 */
final class DispatchBaseline {
  static final String TASK = "bench-noop";

  private DispatchBaseline() {}

  /**
   * Schedules {@code n} no-op tasks due now, then starts a scheduler and waits until all ran.
   *
   * @return how long from the start of the scheduler until the last task ran
   */
  static Throughput run(
      DataSource dataSource, int n, int threads, int batchPerThread, Duration polling)
      throws InterruptedException {
    AtomicLong executed = new AtomicLong();
    OneTimeTask<Void> noop =
        Tasks.oneTime(TASK).execute((instance, context) -> executed.incrementAndGet());
    SchedulerClient client =
        SchedulerClient.Builder.create(dataSource, noop).tableName(Reminders.TABLE).build();
    List<TaskInstance<?>> instances = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      instances.add(noop.instance("noop-" + i));
    }
    client.scheduleBatch(instances, Instant.now().minusSeconds(1));
    Scheduler scheduler =
        Scheduler.create(dataSource, noop)
            .tableName(Reminders.TABLE)
            .threads(threads)
            .pollingInterval(polling)
            .pollUsingLockAndFetch(0.5, batchPerThread)
            .build();
    long t0 = System.nanoTime();
    scheduler.start();
    try {
      long deadline = t0 + Duration.ofMinutes(5).toNanos();
      while (executed.get() < n && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      long elapsed = System.nanoTime() - t0;
      if (executed.get() < n) {
        throw new IllegalStateException(
            "only " + executed.get() + " of " + n + " no-op tasks ran in 5 minutes");
      }
      return new Throughput(n, elapsed);
    } finally {
      scheduler.stop();
    }
  }

  /** Names shared with reminder dispatch. */
  static final class Reminders {
    static final String TABLE = dk.borgerdialog.scheduling.DbSchedulerReminders.TABLE;

    private Reminders() {}
  }
}
