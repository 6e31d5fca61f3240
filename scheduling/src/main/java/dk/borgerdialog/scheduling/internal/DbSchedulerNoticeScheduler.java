package dk.borgerdialog.scheduling.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import dk.borgerdialog.notification.model.NoticeScheduler;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Schedules notice deliveries as instances of the notice task, through a client on the
 * transactional data source: the instance commits with the notice that caused it. A delivery is
 * scheduled once; a second call for the same delivery leaves the first time.
 */
public final class DbSchedulerNoticeScheduler implements NoticeScheduler {
  private final SchedulerClient client;
  private final ReminderTask task;

  /**
   * Creates the scheduler.
   *
   * @param client the client on the transactional data source
   * @param task the notice task
   */
  public DbSchedulerNoticeScheduler(SchedulerClient client, ReminderTask task) {
    this.client = Objects.requireNonNull(client, "client");
    this.task = Objects.requireNonNull(task, "task");
  }

  @Override
  public void schedule(UUID delivery, Instant at) {
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(at, "at");
    try {
      client.scheduleIfNotExists(task.instanceOf(delivery), at);
    } catch (RuntimeException e) {
      throw SchedulingErrors.failure("cannot schedule the notice delivery", e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>One insert, through db-scheduler's {@code scheduleBatch}, instead of the look-up and insert
   * of {@link #schedule}: a delivery just added has a new random id, so no entry can exist for it.
   *
   * @throws dk.borgerdialog.common.UnableToAccessDatabaseException if the database fails, or an
   *     entry existed after all
   */
  @Override
  public void scheduleNew(UUID delivery, Instant at) {
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(at, "at");
    try {
      client.scheduleBatch(List.of(SchedulableInstance.of(task.instanceOf(delivery), at)));
    } catch (RuntimeException e) {
      throw SchedulingErrors.failure("cannot schedule the notice delivery", e);
    }
  }
}
