package dk.borgerdialog.scheduling.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.UnableToAccessDatabaseException;
import dk.borgerdialog.reminder.model.Reminder;
import dk.borgerdialog.reminder.model.ReminderId;
import dk.borgerdialog.reminder.model.ReminderScheduler;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link ReminderScheduler} port on a db-scheduler {@link SchedulerClient} that writes through
 * the caller's transaction: the client's data source hands out the connection of the transaction
 * the current thread is in, and the client never commits a connection whose autocommit is off.
 *
 * <p>So a reminder is scheduled if and only if the use case that scheduled it commits.
 */
public final class DbSchedulerReminderScheduler implements ReminderScheduler {
  private static final Logger LOG = LoggerFactory.getLogger(DbSchedulerReminderScheduler.class);

  /** Attempts when a concurrent dispatch changes the instance between our read and our write. */
  private static final int ATTEMPTS = 3;

  private final SchedulerClient client;
  private final ReminderTask task;

  /**
   * Creates the port.
   *
   * @param client a client on the transactional data source, with {@code
   *     commitWhenAutocommitDisabled(false)}
   * @param task the reminder task
   */
  public DbSchedulerReminderScheduler(SchedulerClient client, ReminderTask task) {
    this.client = Objects.requireNonNull(client, "client");
    this.task = Objects.requireNonNull(task, "task");
  }

  /**
   * {@inheritDoc}
   *
   * <p>A reminder that is already scheduled is moved to the new time.
   *
   * @throws ConflictException if the reminder is being dispatched at this moment; the new time
   *     would be lost when the dispatch completes, so the caller's transaction should roll back
   * @throws UnableToAccessDatabaseException if the database fails
   */
  @Override
  public void schedule(ReminderId reminder, Instant at) {
    Objects.requireNonNull(reminder, "reminder");
    Objects.requireNonNull(at, "at");
    TaskInstance<Void> instance = task.instanceOf(reminder);
    try {
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        if (client.scheduleIfNotExists(instance, at)) {
          return;
        }
        try {
          // false: the version changed since the read, e.g. a dispatch picked it; read again
          if (client.reschedule(instance, at)) {
            return;
          }
        } catch (TaskInstanceNotFoundException finishedMeanwhile) {
          // a dispatch finished it between our two statements: create it again
        }
      }
      throw new ConflictException(
          "the reminder's scheduled dispatch kept changing while it was rescheduled");
    } catch (TaskInstanceCurrentlyExecutingException e) {
      throw new ConflictException(
          "the reminder is being dispatched at this moment and cannot be rescheduled");
    } catch (ConflictException e) {
      throw e;
    } catch (RuntimeException e) {
      throw SchedulingErrors.failure("cannot schedule the reminder", e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>One batched insert, through db-scheduler's {@code scheduleBatch}, instead of a look-up and
   * an insert per reminder as {@link #schedule} does: a reminder just planned has a new random id,
   * so no entry can exist for it.
   *
   * @throws UnableToAccessDatabaseException if the database fails, or an entry existed after all
   */
  @Override
  public void scheduleNew(Collection<Reminder> planned) {
    Objects.requireNonNull(planned, "planned");
    if (planned.isEmpty()) {
      return;
    }
    List<SchedulableInstance<?>> instances = new ArrayList<>(planned.size());
    for (Reminder reminder : planned) {
      instances.add(SchedulableInstance.of(task.instanceOf(reminder.id()), reminder.dueAt()));
    }
    try {
      client.scheduleBatch(instances);
    } catch (RuntimeException e) {
      throw SchedulingErrors.failure("cannot schedule the reminders", e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>A reminder that is not scheduled is left alone. A reminder whose dispatch is running at this
   * moment cannot be cancelled here; the dispatcher sees that it is no longer pending, now or at
   * the next attempt, and finishes it.
   *
   * @throws UnableToAccessDatabaseException if the database fails
   */
  @Override
  public void unschedule(ReminderId reminder) {
    Objects.requireNonNull(reminder, "reminder");
    TaskInstance<Void> instance = task.instanceOf(reminder);
    try {
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        try {
          client.cancel(instance);
          return;
        } catch (TaskInstanceNotFoundException notScheduled) {
          return;
        } catch (TaskInstanceCurrentlyExecutingException running) {
          LOG.debug("Reminder {} is being dispatched; the dispatcher will finish it", reminder);
          return;
        } catch (com.github.kagkarlsson.scheduler.exceptions.ExecutionException versionChanged) {
          // the delete matched no row: a dispatch picked or moved it since the read; read again
        }
      }
      throw new ConflictException(
          "the reminder's scheduled dispatch kept changing while it was unscheduled");
    } catch (ConflictException e) {
      throw e;
    } catch (RuntimeException e) {
      throw SchedulingErrors.failure("cannot unschedule the reminder", e);
    }
  }
}
