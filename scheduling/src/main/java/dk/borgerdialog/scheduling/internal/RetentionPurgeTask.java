package dk.borgerdialog.scheduling.internal;

import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.util.Objects;

/**
 * The recurring db-scheduler task that runs the retention purge: one instance in the whole cluster,
 * so one node at a time purges.
 *
 * <p>It is due at once when first scheduled, and again {@code interval} after each run ends, by the
 * injected clock. A run that throws is logged by db-scheduler and the next run tries again; a run
 * whose node died is revived by another node. Both are safe because the purge commits batch by
 * batch and is idempotent.
 */
public final class RetentionPurgeTask {
  /** The task's name in the {@code task_name} column. */
  public static final String NAME = "borgerdialog-retention-purge";

  private RetentionPurgeTask() {}

  /**
   * Creates the task.
   *
   * @param purge the purge; it commits on its own, batch by batch
   * @param interval how long after a run ends the next is due
   * @return the task, to be registered as a start task
   */
  public static RecurringTask<Void> of(Runnable purge, Duration interval) {
    Objects.requireNonNull(purge, "purge");
    return Tasks.recurring(NAME, FixedDelay.of(interval))
        .onDeadExecution(new ReviveAtClockTime())
        .execute((instance, context) -> purge.run());
  }

  /** Revives a run whose node died, at the scheduler clock's now (not {@code Instant.now()}). */
  private static final class ReviveAtClockTime implements DeadExecutionHandler<Void> {
    @Override
    public void deadExecution(
        ExecutionComplete executionComplete, ExecutionOperations<Void> executionOperations) {
      executionOperations.reschedule(executionComplete, executionComplete.getTimeDone());
    }
  }
}
