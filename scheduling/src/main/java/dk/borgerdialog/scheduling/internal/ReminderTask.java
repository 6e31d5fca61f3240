package dk.borgerdialog.scheduling.internal;

import com.github.kagkarlsson.scheduler.task.AbstractTask;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.CompletionHandler.OnCompleteRemove;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.SchedulableTaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import dk.borgerdialog.notification.model.NoticeDispatcher;
import dk.borgerdialog.reminder.model.RelativeReminderDispatcher;
import dk.borgerdialog.reminder.model.ReminderDispatcher;
import dk.borgerdialog.reminder.model.ReminderDispatcher.Outcome;
import dk.borgerdialog.reminder.model.ReminderId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The db-scheduler task that dispatches one reminder: one instance per reminder, its instance id
 * the reminder's id, no task data.
 *
 * <p>{@link Outcome.Finished} removes the instance, {@link Outcome.RetryAt} moves it to the given
 * time, an exception reschedules it with {@link ExponentialBackoff}, and an instance whose node
 * died while running it is revived at once. No path deletes an instance the dispatcher has not
 * finished.
 */
public final class ReminderTask extends AbstractTask<Void> {
  /** The task's name in the {@code task_name} column. */
  public static final String NAME = "borgerdialog-reminder";

  /** The name of the task that delivers notices, in the {@code task_name} column. */
  public static final String NOTICE_NAME = "borgerdialog-notice";

  /** The name of the task that delivers relatives' copies of reminders. */
  public static final String RELATIVE_REMINDER_NAME = "borgerdialog-relative-reminder";

  private final Function<UUID, Outcome> dispatcher;

  /**
   * Creates the task.
   *
   * @param dispatcher called when a reminder is due
   * @param backoff the retry delays after the dispatcher throws
   */
  public ReminderTask(ReminderDispatcher dispatcher, ExponentialBackoff backoff) {
    this(NAME, dispatcher, backoff);
  }

  private ReminderTask(String name, ReminderDispatcher dispatcher, ExponentialBackoff backoff) {
    super(name, Void.class, backoff, new ReviveAtClockTime());
    Objects.requireNonNull(dispatcher, "dispatcher");
    this.dispatcher = id -> dispatcher.dispatch(new ReminderId(id));
  }

  private ReminderTask(
      String name, Function<UUID, Outcome> dispatcher, ExponentialBackoff backoff) {
    super(name, Void.class, backoff, new ReviveAtClockTime());
    this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
  }

  /**
   * The same task for notice deliveries: one instance per delivery, its id the delivery's id, with
   * the same retries and revival as reminders.
   *
   * @param dispatcher called when a delivery is due
   * @param backoff the retry delays after the dispatcher throws
   * @return the task, named {@value #NOTICE_NAME}
   */
  public static ReminderTask forNotices(NoticeDispatcher dispatcher, ExponentialBackoff backoff) {
    Objects.requireNonNull(dispatcher, "dispatcher");
    return new ReminderTask(NOTICE_NAME, dispatcher::dispatch, backoff);
  }

  /**
   * The same task for relatives' copies of reminders: one instance per copy, its id the copy's id,
   * with the same retries and revival as reminders.
   *
   * @param dispatcher called when a copy is due
   * @param backoff the retry delays after the dispatcher throws
   * @return the task, named {@value #RELATIVE_REMINDER_NAME}
   */
  public static ReminderTask forRelativeReminders(
      RelativeReminderDispatcher dispatcher, ExponentialBackoff backoff) {
    Objects.requireNonNull(dispatcher, "dispatcher");
    return new ReminderTask(RELATIVE_REMINDER_NAME, dispatcher::dispatch, backoff);
  }

  /**
   * The task instance of a notice delivery or a relative's copy.
   *
   * @param delivery the delivery or copy
   * @return its instance
   */
  public TaskInstance<Void> instanceOf(UUID delivery) {
    return instance(delivery.toString());
  }

  /**
   * The task instance of a reminder.
   *
   * @param reminder the reminder
   * @return its instance
   */
  public TaskInstance<Void> instanceOf(ReminderId reminder) {
    return instance(reminder.toString());
  }

  @Override
  public CompletionHandler<Void> execute(
      TaskInstance<Void> taskInstance, ExecutionContext executionContext) {
    UUID reminder = UUID.fromString(taskInstance.getId());
    Outcome outcome = dispatcher.apply(reminder);
    if (outcome instanceof Outcome.RetryAt retry) {
      return new RescheduleAt(retry.at());
    }
    if (outcome instanceof Outcome.Finished) {
      return new OnCompleteRemove<>();
    }
    // a null outcome is the dispatcher's bug; failing keeps the instance for a retry
    throw new IllegalStateException("the dispatcher returned no outcome for reminder " + reminder);
  }

  @Override
  public SchedulableInstance<Void> schedulableInstance(String id) {
    // reminders are always scheduled at an explicit time; "now" is the scheduler's clock
    return new SchedulableTaskInstance<>(instance(id), now -> now);
  }

  @Override
  public SchedulableInstance<Void> schedulableInstance(String id, @Nullable Void data) {
    return schedulableInstance(id);
  }

  /** Moves the instance to the time the dispatcher asked for; the attempt counts as a success. */
  private static final class RescheduleAt implements CompletionHandler<Void> {
    private final Instant at;

    RescheduleAt(Instant at) {
      this.at = at;
    }

    @Override
    public void complete(
        ExecutionComplete executionComplete, ExecutionOperations<Void> executionOperations) {
      executionOperations.reschedule(executionComplete, at);
    }
  }

  /**
   * Revives an execution whose node stopped heartbeating, at the scheduler clock's now.
   *
   * <p>db-scheduler's own {@code ReviveDeadExecution} uses {@code Instant.now()}, which would mix
   * the system clock into due times that otherwise all come from the injected clock.
   */
  private static final class ReviveAtClockTime implements DeadExecutionHandler<Void> {
    @Override
    public void deadExecution(
        ExecutionComplete executionComplete, ExecutionOperations<Void> executionOperations) {
      executionOperations.reschedule(executionComplete, executionComplete.getTimeDone());
    }
  }
}
