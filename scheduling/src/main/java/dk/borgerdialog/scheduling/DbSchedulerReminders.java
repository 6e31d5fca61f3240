package dk.borgerdialog.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.jdbc.JdbcCustomization;
import com.github.kagkarlsson.scheduler.task.Task;
import dk.borgerdialog.common.UnableToAccessDatabaseException;
import dk.borgerdialog.notification.model.NoticeDispatcher;
import dk.borgerdialog.notification.model.NoticeScheduler;
import dk.borgerdialog.reminder.model.RelativeReminderDispatcher;
import dk.borgerdialog.reminder.model.RelativeReminderScheduler;
import dk.borgerdialog.reminder.model.ReminderDispatcher;
import dk.borgerdialog.reminder.model.ReminderScheduler;
import dk.borgerdialog.scheduling.internal.DatabaseKind;
import dk.borgerdialog.scheduling.internal.DbSchedulerDeliveryScheduler;
import dk.borgerdialog.scheduling.internal.DbSchedulerReminderScheduler;
import dk.borgerdialog.scheduling.internal.EventRelayTask;
import dk.borgerdialog.scheduling.internal.ExponentialBackoff;
import dk.borgerdialog.scheduling.internal.RealTimePacedSchedulerBuilder;
import dk.borgerdialog.scheduling.internal.ReminderTask;
import dk.borgerdialog.scheduling.internal.RetentionPurgeTask;
import dk.borgerdialog.scheduling.internal.SchedulingErrors;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Reminder dispatch on <a href="https://github.com/kagkarlsson/db-scheduler">db-scheduler</a>: a
 * {@link ReminderScheduler} that plans each reminder in the caller's transaction, and a scheduler
 * that calls the {@link ReminderDispatcher} when it is due.
 *
 * <p>Each reminder is one instance of the task {@value #TASK_NAME}, its instance id the reminder's
 * id, in the table {@value #TABLE} (db-scheduler's schema, with {@code TIMESTAMP WITH TIME ZONE}
 * time columns). When it is due, the dispatcher's {@link ReminderDispatcher.Outcome.Finished}
 * removes it and {@link ReminderDispatcher.Outcome.RetryAt} moves it to the time asked for. If the
 * dispatcher throws, the reminder is tried again after an exponential backoff ({@link
 * #DEFAULT_FIRST_RETRY_DELAY}, doubling, at most {@link #DEFAULT_MAX_RETRY_DELAY}); it is never
 * dropped. A reminder claimed by a node that dies is revived once the node has missed its
 * heartbeats.
 *
 * <p>On PostgreSQL, any number of nodes may run on one database: each claims due reminders in
 * batches with {@code SELECT … FOR UPDATE SKIP LOCKED}, so every reminder is dispatched by one node
 * at a time. H2 is for a single node.
 *
 * <p>All due-time comparisons use the injected {@link Clock}; only the pause between two polls is
 * measured in real time, so a clock that stands still in a test does not stop polling.
 *
 * <p>Optionally the same scheduler also runs an {@linkplain Builder#eventRelay event relay}: a
 * recurring task ({@value #EVENT_RELAY_TASK_NAME}) with one instance in the whole cluster, so one
 * node at a time delivers the outbox's events to the host.
 *
 * <pre>{@code
 * DbSchedulerReminders reminders =
 *     DbSchedulerReminders.builder(dataSource, persistence.transactionalDataSource(), dispatcher)
 *         .clock(clock)
 *         .build();
 * ReminderScheduler scheduler = reminders.reminderScheduler(); // hand to the use cases
 * reminders.start();
 * ...
 * reminders.stop();
 * }</pre>
 */
public final class DbSchedulerReminders implements AutoCloseable {
  /** The db-scheduler task name of every reminder's instance. */
  public static final String TASK_NAME = ReminderTask.NAME;

  /** The db-scheduler task name of every relative's copy of a reminder. */
  public static final String RELATIVE_REMINDER_TASK_NAME = ReminderTask.RELATIVE_REMINDER_NAME;

  /** The db-scheduler task name of the event relay's one recurring instance. */
  public static final String EVENT_RELAY_TASK_NAME = EventRelayTask.NAME;

  /** The db-scheduler task name of the retention purge's one recurring instance. */
  public static final String RETENTION_PURGE_TASK_NAME = RetentionPurgeTask.NAME;

  /** How often the event relay runs, unless set. */
  public static final Duration DEFAULT_EVENT_RELAY_INTERVAL = Duration.ofSeconds(1);

  /** The table the scheduler keeps its work in, in Borgerdialog's schema. */
  public static final String TABLE = "borgerdialog.scheduled_tasks";

  /** How often a node looks for due reminders, unless set. */
  public static final Duration DEFAULT_POLLING_INTERVAL = Duration.ofSeconds(10);

  /** How many reminders a node dispatches at once, unless set. */
  public static final int DEFAULT_THREADS = 4;

  /** How many due reminders a node claims per thread in one poll, unless set. */
  public static final int DEFAULT_BATCH_SIZE_PER_THREAD = 3;

  /** The delay before a failed dispatch is tried again the first time, unless set. */
  public static final Duration DEFAULT_FIRST_RETRY_DELAY = Duration.ofSeconds(30);

  /** The longest delay between two tries of a failing dispatch, unless set. */
  public static final Duration DEFAULT_MAX_RETRY_DELAY = Duration.ofHours(1);

  /** The longest scheduler name: db-scheduler keeps 50 characters of it in {@code picked_by}. */
  public static final int MAX_SCHEDULER_NAME_LENGTH = 50;

  /** How long work of a task this node does not know is kept: ten years, that is, for good. */
  private static final Duration KEEP_UNRESOLVED = Duration.ofDays(3650);

  /**
   * How often a node marks its running dispatches as alive; after six missed heartbeats another
   * node revives them. Shorter than db-scheduler's 5 minutes, so a dead node delays a reminder by
   * minutes rather than half an hour.
   */
  static final Duration HEARTBEAT_INTERVAL = Duration.ofMinutes(1);

  /** How long {@link #stop()} waits for running dispatches to complete. */
  static final Duration SHUTDOWN_MAX_WAIT = Duration.ofSeconds(30);

  private static final Duration MIN_POLLING_INTERVAL = Duration.ofMillis(10);
  private static final int MAX_THREADS = 256;
  private static final int MAX_BATCH_SIZE_PER_THREAD = 100;

  private enum State {
    NEW,
    STARTED,
    STOPPED
  }

  private final Scheduler scheduler;
  private final ReminderScheduler reminderScheduler;
  private final NoticeScheduler noticeScheduler;
  private final RelativeReminderScheduler relativeReminderScheduler;
  private final AtomicReference<State> state = new AtomicReference<>(State.NEW);

  private DbSchedulerReminders(
      Scheduler scheduler,
      ReminderScheduler reminderScheduler,
      NoticeScheduler noticeScheduler,
      RelativeReminderScheduler relativeReminderScheduler) {
    this.scheduler = scheduler;
    this.reminderScheduler = reminderScheduler;
    this.noticeScheduler = noticeScheduler;
    this.relativeReminderScheduler = relativeReminderScheduler;
  }

  /**
   * Starts building reminder dispatch.
   *
   * @param scheduling the data source the scheduler polls with; it commits its own work, so it must
   *     hand out ordinary connections, never the caller's transaction
   * @param transactional the data source that {@link #reminderScheduler()} writes through: inside a
   *     transaction it returns that transaction's connection (closing it must not close the
   *     transaction), outside one an ordinary connection in autocommit; the persistence module's
   *     {@code JooqPersistence.transactionalDataSource()} is one. It may be the same as {@code
   *     scheduling} when the caller has no transactions to join
   * @param dispatcher called when a reminder is due
   * @return the builder
   * @throws IllegalArgumentException if an argument is null
   */
  public static Builder builder(
      DataSource scheduling, DataSource transactional, ReminderDispatcher dispatcher) {
    return new Builder(scheduling, transactional, dispatcher);
  }

  /**
   * The port the use cases plan reminders with. Both its methods join the caller's transaction
   * through the transactional data source. It works whether or not this node has been started.
   *
   * @return the reminder scheduler
   */
  public ReminderScheduler reminderScheduler() {
    return reminderScheduler;
  }

  /**
   * The port that schedules notice deliveries, joining the caller's transaction.
   *
   * @return the scheduler
   * @throws IllegalStateException if the builder was given no {@link Builder#noticeDispatcher}
   */
  public NoticeScheduler noticeScheduler() {
    return noticeScheduler;
  }

  /**
   * The port that schedules relatives' copies of reminders, joining the caller's transaction.
   *
   * @return the scheduler; it throws {@link IllegalStateException} if the builder was given no
   *     {@link Builder#relativeReminderDispatcher}
   */
  public RelativeReminderScheduler relativeReminderScheduler() {
    return relativeReminderScheduler;
  }

  /**
   * Starts polling for due reminders and dispatching them.
   *
   * @throws IllegalStateException if already started or stopped
   */
  public void start() {
    if (!state.compareAndSet(State.NEW, State.STARTED)) {
      throw new IllegalStateException(
          "reminder dispatch can be started once, but it is already " + state.get());
    }
    scheduler.start();
  }

  /**
   * Stops polling, and waits up to 30 seconds for running dispatches to complete. A dispatch that
   * is still running then is revived later by a node that is running. Stopping twice, or stopping a
   * node never started, does nothing.
   */
  public void stop() {
    State before = state.getAndSet(State.STOPPED);
    if (before == State.STARTED) {
      scheduler.stop();
    }
  }

  /** Stops, as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  /**
   * Builds {@link DbSchedulerReminders}. Each setter checks its argument at once and throws {@link
   * IllegalArgumentException} with the rule that was broken.
   */
  public static final class Builder {
    private final DataSource scheduling;
    private final DataSource transactional;
    private final ReminderDispatcher dispatcher;
    private Clock clock = Clock.systemUTC();
    private Duration pollingInterval = DEFAULT_POLLING_INTERVAL;
    private int threads = DEFAULT_THREADS;
    private int batchSizePerThread = DEFAULT_BATCH_SIZE_PER_THREAD;
    private Duration firstRetryDelay = DEFAULT_FIRST_RETRY_DELAY;
    private Duration maxRetryDelay = DEFAULT_MAX_RETRY_DELAY;
    private @Nullable String schedulerName;
    private @Nullable Runnable eventRelay;
    private Duration eventRelayInterval = DEFAULT_EVENT_RELAY_INTERVAL;
    private @Nullable NoticeDispatcher noticeDispatcher;
    private @Nullable RelativeReminderDispatcher relativeReminderDispatcher;
    private @Nullable Runnable retentionPurge;
    private Duration retentionPurgeInterval = Duration.ofHours(24);

    private Builder(
        @Nullable DataSource scheduling,
        @Nullable DataSource transactional,
        @Nullable ReminderDispatcher dispatcher) {
      this.scheduling = required("scheduling", scheduling);
      this.transactional = required("transactional", transactional);
      this.dispatcher = required("dispatcher", dispatcher);
    }

    /**
     * The clock that decides when a reminder is due; by default the system clock in UTC.
     *
     * @param clock the clock
     * @return this builder
     * @throws IllegalArgumentException if clock is null
     */
    public Builder clock(@Nullable Clock clock) {
      this.clock = required("clock", clock);
      return this;
    }

    /**
     * How long a node waits between two looks for due reminders, in real time; by default {@link
     * DbSchedulerReminders#DEFAULT_POLLING_INTERVAL}. A reminder is dispatched at most about this
     * long after it is due. A node that found a full batch looks again at once.
     *
     * @param pollingInterval at least 10 ms
     * @return this builder
     * @throws IllegalArgumentException if pollingInterval is null or shorter than 10 ms
     */
    public Builder pollingInterval(@Nullable Duration pollingInterval) {
      Duration interval = required("pollingInterval", pollingInterval);
      requireArgument(
          interval.compareTo(MIN_POLLING_INTERVAL) >= 0,
          "pollingInterval must be at least 10 ms, but is " + interval);
      this.pollingInterval = interval;
      return this;
    }

    /**
     * How many reminders this node dispatches at the same time; by default {@link
     * DbSchedulerReminders#DEFAULT_THREADS}.
     *
     * @param threads 1 to 256
     * @return this builder
     * @throws IllegalArgumentException if threads is out of range
     */
    public Builder threads(int threads) {
      requireArgument(
          threads >= 1 && threads <= MAX_THREADS,
          "threads must be between 1 and " + MAX_THREADS + ", but is " + threads);
      this.threads = threads;
      return this;
    }

    /**
     * How many due reminders this node claims per thread in one poll; by default {@link
     * DbSchedulerReminders#DEFAULT_BATCH_SIZE_PER_THREAD}. A node claims at most {@code threads ×
     * batchSizePerThread} at once and claims the next batch when fewer than half its threads are
     * busy. A larger batch means fewer polls; a smaller one spreads the work more evenly over the
     * nodes.
     *
     * @param batchSizePerThread 1 to 100
     * @return this builder
     * @throws IllegalArgumentException if batchSizePerThread is out of range
     */
    public Builder batchSizePerThread(int batchSizePerThread) {
      requireArgument(
          batchSizePerThread >= 1 && batchSizePerThread <= MAX_BATCH_SIZE_PER_THREAD,
          "batchSizePerThread must be between 1 and "
              + MAX_BATCH_SIZE_PER_THREAD
              + ", but is "
              + batchSizePerThread);
      this.batchSizePerThread = batchSizePerThread;
      return this;
    }

    /**
     * How long to wait before trying a dispatch that threw again: {@code first} after the first
     * failure, doubling with each further failure, never more than {@code max}. By default {@link
     * DbSchedulerReminders#DEFAULT_FIRST_RETRY_DELAY} and {@link
     * DbSchedulerReminders#DEFAULT_MAX_RETRY_DELAY}.
     *
     * @param first the first delay; positive
     * @param max the longest delay; at least {@code first}
     * @return this builder
     * @throws IllegalArgumentException if a delay is null or not positive, or max is less than
     *     first
     */
    public Builder retryBackoff(@Nullable Duration first, @Nullable Duration max) {
      Duration firstDelay = required("first", first);
      Duration maxDelay = required("max", max);
      requireArgument(
          !firstDelay.isNegative() && !firstDelay.isZero(),
          "the first retry delay must be positive, but is " + firstDelay);
      requireArgument(
          maxDelay.compareTo(firstDelay) >= 0,
          "the longest retry delay ("
              + maxDelay
              + ") must be at least the first ("
              + firstDelay
              + ")");
      this.firstRetryDelay = firstDelay;
      this.maxRetryDelay = maxDelay;
      return this;
    }

    /**
     * The name this node is known by in the table, e.g. to see which node claimed a reminder; by
     * default the host name. Give every node on one database its own name.
     *
     * @param schedulerName 1 to 50 characters, not blank
     * @return this builder
     * @throws IllegalArgumentException if schedulerName is null, blank or too long
     */
    public Builder schedulerName(@Nullable String schedulerName) {
      String name = required("schedulerName", schedulerName);
      requireArgument(!name.isBlank(), "schedulerName must not be blank");
      requireArgument(
          name.length() <= MAX_SCHEDULER_NAME_LENGTH,
          "schedulerName must be at most "
              + MAX_SCHEDULER_NAME_LENGTH
              + " characters, but has "
              + name.length());
      this.schedulerName = name;
      return this;
    }

    /**
     * Also runs the event relay, such as core's {@code EventRelay}, about every {@code interval} of
     * real time while this node is started. It runs as a db-scheduler recurring task with one
     * instance for the whole cluster, so it never runs on two nodes at once. If it throws, the
     * failure is logged and the next run tries again. The scheduler polls at the shorter of the
     * polling interval and this interval.
     *
     * @param relay the relay; it reads and commits on its own, outside any caller's transaction
     * @param interval how long between two runs; at least 10 ms
     * @return this builder
     * @throws IllegalArgumentException if an argument is null or the interval shorter than 10 ms
     */
    public Builder eventRelay(@Nullable Runnable relay, @Nullable Duration interval) {
      Runnable task = required("relay", relay);
      Duration every = required("interval", interval);
      requireArgument(
          every.compareTo(MIN_POLLING_INTERVAL) >= 0,
          "the event relay interval must be at least 10 ms, but is " + every);
      this.eventRelay = task;
      this.eventRelayInterval = every;
      return this;
    }

    /**
     * Delivers notices ("You have a new message") on e-mail and SMS, with the same task machinery
     * as reminders (task {@value ReminderTask#NOTICE_NAME}).
     *
     * @param dispatcher called when a notice delivery is due
     * @return this builder
     * @throws IllegalArgumentException if the dispatcher is null
     */
    public Builder noticeDispatcher(@Nullable NoticeDispatcher dispatcher) {
      this.noticeDispatcher = required("noticeDispatcher", dispatcher);
      return this;
    }

    /**
     * Delivers relatives' copies of reminders, with the same task machinery as reminders (task
     * {@value ReminderTask#RELATIVE_REMINDER_NAME}).
     *
     * @param dispatcher called when a copy is due
     * @return this builder
     * @throws IllegalArgumentException if the dispatcher is null
     */
    public Builder relativeReminderDispatcher(@Nullable RelativeReminderDispatcher dispatcher) {
      this.relativeReminderDispatcher = required("relativeReminderDispatcher", dispatcher);
      return this;
    }

    /**
     * Also runs the retention purge, such as core's {@code PurgingExpiredData}, as a db-scheduler
     * recurring task ({@value RetentionPurgeTask#NAME}) with one instance for the whole cluster: at
     * once when it is first scheduled, then {@code interval} after each run ends, by the injected
     * clock. A run that throws is logged and the next run tries again.
     *
     * @param purge the purge; it commits on its own, batch by batch, and is idempotent
     * @param interval how long between the end of one run and the next; at least one minute
     * @return this builder
     * @throws IllegalArgumentException if an argument is null or the interval shorter than a minute
     */
    public Builder retentionPurge(@Nullable Runnable purge, @Nullable Duration interval) {
      Runnable task = required("purge", purge);
      Duration every = required("interval", interval);
      requireArgument(
          every.compareTo(Duration.ofMinutes(1)) >= 0,
          "the retention purge interval must be at least a minute, but is " + every);
      this.retentionPurge = task;
      this.retentionPurgeInterval = every;
      return this;
    }

    /**
     * Builds reminder dispatch, not yet started. Borrows one connection to detect the database.
     *
     * @return the reminder dispatch
     * @throws IllegalArgumentException if the database is neither H2 nor PostgreSQL
     * @throws UnableToAccessDatabaseException if no connection can be had
     */
    public DbSchedulerReminders build() {
      DatabaseKind database;
      try {
        database = DatabaseKind.of(scheduling);
      } catch (SQLException e) {
        throw SchedulingErrors.failure("cannot connect to the database to detect its kind", e);
      }
      ReminderTask task =
          new ReminderTask(dispatcher, new ExponentialBackoff(firstRetryDelay, maxRetryDelay));
      ReminderTask noticeTask =
          noticeDispatcher == null
              ? null
              : ReminderTask.forNotices(
                  noticeDispatcher, new ExponentialBackoff(firstRetryDelay, maxRetryDelay));
      ReminderTask relativeTask =
          relativeReminderDispatcher == null
              ? null
              : ReminderTask.forRelativeReminders(
                  relativeReminderDispatcher,
                  new ExponentialBackoff(firstRetryDelay, maxRetryDelay));
      List<Task<?>> tasks = new java.util.ArrayList<>();
      tasks.add(task);
      if (noticeTask != null) {
        tasks.add(noticeTask);
      }
      if (relativeTask != null) {
        tasks.add(relativeTask);
      }
      Clock clock = this.clock;
      JdbcCustomization jdbc = database.jdbcCustomization();

      SchedulerBuilder builder =
          new RealTimePacedSchedulerBuilder(scheduling, tasks)
              .clock(clock::instant)
              .tableName(TABLE)
              .jdbcCustomization(jdbc)
              .pollingInterval(
                  eventRelay != null && eventRelayInterval.compareTo(pollingInterval) < 0
                      ? eventRelayInterval
                      : pollingInterval)
              .threads(threads)
              .heartbeatInterval(HEARTBEAT_INTERVAL)
              // a node without event listeners does not know the relay task: it must never
              // delete it as unresolved, or relaying would stop for the whole cluster
              .deleteUnresolvedAfter(KEEP_UNRESOLVED)
              .shutdownMaxWait(SHUTDOWN_MAX_WAIT)
              .schedulerName(
                  schedulerName == null
                      ? new SchedulerName.Hostname()
                      : new SchedulerName.Fixed(schedulerName));
      List<com.github.kagkarlsson.scheduler.task.helper.RecurringTask<Void>> recurring =
          new java.util.ArrayList<>();
      if (eventRelay != null) {
        recurring.add(EventRelayTask.of(eventRelay));
      }
      if (retentionPurge != null) {
        recurring.add(RetentionPurgeTask.of(retentionPurge, retentionPurgeInterval));
      }
      if (!recurring.isEmpty()) {
        builder.startTasks(recurring);
      }
      // claim the next batch when fewer than half the threads are busy
      if (database.locksAndFetches()) {
        builder.pollUsingLockAndFetch(0.5, batchSizePerThread);
      } else {
        builder.pollUsingFetchAndLockOnExecute(0.5, batchSizePerThread);
      }
      Scheduler scheduler = builder.build();

      // never commits a connection whose autocommit is off, so it joins the caller's transaction;
      // its own clock is unused: every call passes an explicit time
      SchedulerClient client =
          SchedulerClient.Builder.create(transactional, tasks)
              .tableName(TABLE)
              .jdbcCustomization(jdbc)
              .build();
      NoticeScheduler notices =
          noticeTask == null
              ? (delivery, at) -> {
                throw new IllegalStateException("no notice dispatcher was configured");
              }
              : new DbSchedulerDeliveryScheduler(client, noticeTask, "the notice delivery");
      RelativeReminderScheduler relatives =
          relativeTask == null
              ? (copy, at) -> {
                throw new IllegalStateException("no relative reminder dispatcher was configured");
              }
              : new DbSchedulerDeliveryScheduler(client, relativeTask, "the relative's reminder");
      return new DbSchedulerReminders(
          scheduler, new DbSchedulerReminderScheduler(client, task), notices, relatives);
    }

    private static <T> T required(String name, @Nullable T value) {
      if (value == null) {
        throw new IllegalArgumentException(name + " is required");
      }
      return value;
    }

    private static void requireArgument(boolean condition, String message) {
      if (!condition) {
        throw new IllegalArgumentException(message);
      }
    }
  }
}
