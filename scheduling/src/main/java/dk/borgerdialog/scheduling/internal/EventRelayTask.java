package dk.borgerdialog.scheduling.internal;

import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import java.time.Instant;
import java.util.Objects;

/**
 * The recurring db-scheduler task that runs the event relay: one instance in the whole cluster, so
 * one node at a time relays.
 *
 * <p>The instance is due again as soon as a run ends, by the injected clock; the scheduler's
 * polling interval, measured in real time, paces the runs. A schedule of "interval later" on the
 * injected clock would stop relaying whenever that clock stands still, as a test clock does.
 */
public final class EventRelayTask {
  /** The task's name in the {@code task_name} column. */
  public static final String NAME = "borgerdialog-event-relay";

  private EventRelayTask() {}

  /**
   * Creates the task.
   *
   * @param relay the relay; an exception is logged by db-scheduler and the next poll runs it again
   * @return the task, to be registered as a start task
   */
  public static RecurringTask<Void> of(Runnable relay) {
    Objects.requireNonNull(relay, "relay");
    return Tasks.recurring(NAME, new AtEveryPoll())
        .onDeadExecution(new ReviveAtClockTime())
        .execute((instance, context) -> relay.run());
  }

  /** Due at once on start, and again at the moment each run ends. */
  private static final class AtEveryPoll implements Schedule {
    @Override
    public Instant getNextExecutionTime(ExecutionComplete executionComplete) {
      return executionComplete.getTimeDone();
    }

    @Override
    public Instant getInitialExecutionTime(Instant now) {
      return now;
    }

    @Override
    public boolean isDeterministic() {
      return false;
    }

    @Override
    public String toString() {
      return "AtEveryPoll";
    }
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
