package dk.borgerdialog.scheduling.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import dk.borgerdialog.notification.model.NoticeScheduler;
import dk.borgerdialog.reminder.model.RelativeReminderScheduler;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Schedules deliveries kept in a table of their own, each an instance of its task keyed by the
 * delivery's id: notice deliveries ({@link NoticeScheduler}) and relatives' copies of reminders
 * ({@link RelativeReminderScheduler}), one instance of this class for each task. It schedules
 * through a client on the transactional data source, so the instance commits with the delivery that
 * caused it. A delivery is scheduled once; a second {@link #schedule} for the same delivery leaves
 * the first time.
 */
public final class DbSchedulerDeliveryScheduler
    implements NoticeScheduler, RelativeReminderScheduler {
  private final SchedulerClient client;
  private final ReminderTask task;
  private final String failure;

  /**
   * Creates the scheduler for one task.
   *
   * @param client the client on the transactional data source
   * @param task the deliveries' task
   * @param what what is scheduled, for the message of a failure ("the notice delivery")
   */
  public DbSchedulerDeliveryScheduler(SchedulerClient client, ReminderTask task, String what) {
    this.client = Objects.requireNonNull(client, "client");
    this.task = Objects.requireNonNull(task, "task");
    this.failure = "cannot schedule " + Objects.requireNonNull(what, "what");
  }

  @Override
  public void schedule(UUID delivery, Instant at) {
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(at, "at");
    try {
      client.scheduleIfNotExists(task.instanceOf(delivery), at);
    } catch (RuntimeException e) {
      throw SchedulingErrors.failure(failure, e);
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
      throw SchedulingErrors.failure(failure, e);
    }
  }
}
