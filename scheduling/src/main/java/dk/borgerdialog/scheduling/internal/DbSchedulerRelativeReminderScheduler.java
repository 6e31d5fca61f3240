package dk.borgerdialog.scheduling.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import dk.borgerdialog.reminder.model.RelativeReminderScheduler;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Schedules relatives' copies of reminders as instances of their task, through a client on the
 * transactional data source: the instance commits with the citizen's delivery that planned the
 * copy. A copy is scheduled once; a second call for the same copy leaves the first time.
 */
public final class DbSchedulerRelativeReminderScheduler implements RelativeReminderScheduler {
  private final SchedulerClient client;
  private final ReminderTask task;

  /**
   * Creates the scheduler.
   *
   * @param client the client on the transactional data source
   * @param task the relatives' reminder task
   */
  public DbSchedulerRelativeReminderScheduler(SchedulerClient client, ReminderTask task) {
    this.client = Objects.requireNonNull(client, "client");
    this.task = Objects.requireNonNull(task, "task");
  }

  @Override
  public void schedule(UUID copy, Instant at) {
    Objects.requireNonNull(copy, "copy");
    Objects.requireNonNull(at, "at");
    try {
      client.scheduleIfNotExists(task.instanceOf(copy), at);
    } catch (RuntimeException e) {
      throw SchedulingErrors.failure("cannot schedule the relative's reminder", e);
    }
  }
}
