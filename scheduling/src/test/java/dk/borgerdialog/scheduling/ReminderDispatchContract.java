package dk.borgerdialog.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.reminder.model.Reminder;
import dk.borgerdialog.reminder.model.ReminderDispatcher.Outcome;
import dk.borgerdialog.reminder.model.ReminderId;
import dk.borgerdialog.reminder.model.ReminderScheduler;
import dk.borgerdialog.reminder.model.ReminderStatus;
import dk.borgerdialog.scheduling.ThreadBoundDataSource.Ending;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What reminder dispatch guarantees on every database; one subclass per database. Time is a {@link
 * SettableClock} that only the test moves; the scheduler polls every 50 ms of real time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReminderDispatchContract {
  /**
   * Around the spring daylight-saving change in Copenhagen; due times are instants all the same.
   */
  private static final Instant T0 = Instant.parse("2026-03-29T00:30:00Z");

  private static final Duration POLL = Duration.ofMillis(50);

  /** Long enough for several polls in which nothing must happen. */
  private static final Duration QUIET = Duration.ofMillis(400);

  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  private ScheduledTasksDatabase db;
  private SettableClock clock;
  private RecordingDispatcher dispatcher;
  private ThreadBoundDataSource transactional;
  private DbSchedulerReminders reminders;
  private ReminderScheduler scheduler;

  abstract ScheduledTasksDatabase newDatabase();

  @BeforeAll
  void createDatabase() {
    db = newDatabase();
  }

  @BeforeEach
  void setUp() {
    db.execute("DELETE FROM borgerdialog.scheduled_tasks");
    clock = SettableClock.at(T0);
    dispatcher = new RecordingDispatcher(clock);
    transactional = new ThreadBoundDataSource(db.dataSource);
    reminders =
        DbSchedulerReminders.builder(db.dataSource, transactional, dispatcher)
            .clock(clock)
            .pollingInterval(POLL)
            .threads(2)
            .schedulerName("contract-node")
            .build();
    scheduler = reminders.reminderScheduler();
  }

  @AfterEach
  void tearDown() {
    reminders.stop();
  }

  @Test
  void aReminderIsDispatchedWhenTheClockReachesItsDueTime() {
    ReminderId reminder = ReminderId.random();
    scheduler.schedule(reminder, T0.plus(Duration.ofHours(1)));
    reminders.start();

    Eventually.sleep(QUIET);
    assertThat(dispatcher.calls()).isEmpty();

    clock.advance(Duration.ofHours(1));
    awaitCalls(reminder, 1);
    assertThat(dispatcher.calls())
        .containsExactly(new RecordingDispatcher.Call(reminder, T0.plus(Duration.ofHours(1))));
    Eventually.await(TIMEOUT, "the finished reminder is removed", () -> db.rows() == 0);

    Eventually.sleep(QUIET);
    assertThat(dispatcher.callsFor(reminder)).isEqualTo(1);
  }

  @Test
  void aReminderDueNowIsDispatchedWhileTheClockStandsStill() {
    reminders.start();
    Eventually.sleep(QUIET);

    ReminderId due = ReminderId.random();
    ReminderId overdue = ReminderId.random();
    scheduler.schedule(due, T0);
    scheduler.schedule(overdue, T0.minus(Duration.ofDays(1)));

    awaitCalls(due, 1);
    awaitCalls(overdue, 1);
  }

  @Test
  void schedulingAgainMovesTheDueTime() {
    ReminderId reminder = ReminderId.random();
    scheduler.schedule(reminder, T0.plus(Duration.ofHours(1)));
    scheduler.schedule(reminder, T0.plus(Duration.ofHours(2)));
    assertThat(db.executionTime(reminder.toString())).contains(T0.plus(Duration.ofHours(2)));
    assertThat(db.rows()).isEqualTo(1);
    reminders.start();

    clock.advance(Duration.ofHours(1));
    Eventually.sleep(QUIET);
    assertThat(dispatcher.calls()).isEmpty();

    clock.advance(Duration.ofHours(1));
    awaitCalls(reminder, 1);
    Eventually.sleep(QUIET);
    assertThat(dispatcher.callsFor(reminder)).isEqualTo(1);
  }

  @Test
  void anUnscheduledReminderIsNeverDispatched() {
    ReminderId kept = ReminderId.random();
    ReminderId withdrawn = ReminderId.random();
    scheduler.schedule(kept, T0.plus(Duration.ofHours(1)));
    scheduler.schedule(withdrawn, T0.plus(Duration.ofHours(1)));
    scheduler.unschedule(withdrawn);
    assertThat(db.executionTime(withdrawn.toString())).isEmpty();
    reminders.start();

    clock.advance(Duration.ofHours(2));
    awaitCalls(kept, 1);
    Eventually.sleep(QUIET);
    assertThat(dispatcher.callsFor(withdrawn)).isZero();
  }

  @Test
  void unschedulingAReminderThatIsNotScheduledDoesNothing() {
    ReminderId reminder = ReminderId.random();

    assertThatCode(() -> scheduler.unschedule(reminder)).doesNotThrowAnyException();
    assertThatCode(
            () -> {
              scheduler.schedule(reminder, T0);
              scheduler.unschedule(reminder);
              scheduler.unschedule(reminder);
            })
        .doesNotThrowAnyException();
    assertThat(db.rows()).isZero();
  }

  @Test
  void aReminderScheduledInARolledBackTransactionIsNeverDispatched() {
    reminders.start();
    ReminderId reminder = ReminderId.random();

    transactional.inTransaction(
        Ending.ROLLBACK,
        connection -> {
          scheduler.schedule(reminder, T0);
          // written in the caller's transaction: visible there, and nowhere else yet
          assertThat(executionTimeIn(connection, reminder)).contains(T0);
          assertThat(db.executionTime(reminder.toString())).isEmpty();
          Eventually.sleep(QUIET);
        });

    Eventually.sleep(QUIET);
    assertThat(dispatcher.calls()).isEmpty();
    assertThat(db.rows()).isZero();
  }

  @Test
  void aReminderScheduledInACommittedTransactionIsDispatchedOnlyAfterTheCommit() {
    reminders.start();
    ReminderId reminder = ReminderId.random();

    transactional.inTransaction(
        Ending.COMMIT,
        connection -> {
          scheduler.schedule(reminder, T0);
          Eventually.sleep(QUIET);
          assertThat(dispatcher.calls()).isEmpty();
        });

    awaitCalls(reminder, 1);
  }

  @Test
  void newRemindersAreScheduledInOneBatchWithTheCallersTransaction() {
    reminders.start();
    Reminder first = planned(T0.plus(Duration.ofHours(1)));
    Reminder second = planned(T0.plus(Duration.ofHours(2)));
    Reminder rolledBack = planned(T0);

    transactional.inTransaction(
        Ending.ROLLBACK,
        connection -> {
          scheduler.scheduleNew(List.of(rolledBack));
          assertThat(executionTimeIn(connection, rolledBack.id())).contains(T0);
        });
    transactional.inTransaction(
        Ending.COMMIT,
        connection -> {
          scheduler.scheduleNew(List.of(first, second));
          assertThat(db.executionTime(first.id().toString())).isEmpty();
        });

    assertThat(db.executionTime(first.id().toString())).contains(first.dueAt());
    assertThat(db.executionTime(second.id().toString())).contains(second.dueAt());
    assertThat(db.executionTime(rolledBack.id().toString())).isEmpty();
    clock.advance(Duration.ofHours(2));
    awaitCalls(first.id(), 1);
    awaitCalls(second.id(), 1);
    Eventually.sleep(QUIET);
    assertThat(dispatcher.callsFor(rolledBack.id())).isZero();
  }

  private static Reminder planned(Instant due) {
    return new Reminder(
        ReminderId.random(),
        AppointmentId.random(),
        CitizenId.random(),
        UnitId.random(),
        Duration.ofDays(1),
        due,
        due.plus(Duration.ofDays(1)),
        ReminderStatus.PENDING,
        null,
        null,
        0);
  }

  @Test
  void anUnscheduleInARolledBackTransactionKeepsTheReminder() {
    ReminderId reminder = ReminderId.random();
    scheduler.schedule(reminder, T0.plus(Duration.ofHours(1)));

    transactional.inTransaction(Ending.ROLLBACK, connection -> scheduler.unschedule(reminder));

    assertThat(db.executionTime(reminder.toString())).contains(T0.plus(Duration.ofHours(1)));
    reminders.start();
    clock.advance(Duration.ofHours(1));
    awaitCalls(reminder, 1);
  }

  @Test
  void retryAtMovesTheReminderAndTheDispatcherIsCalledAgainThen() {
    ReminderId reminder = ReminderId.random();
    Instant retryAt = T0.plus(Duration.ofMinutes(10));
    dispatcher.on(reminder, n -> n == 1 ? new Outcome.RetryAt(retryAt) : new Outcome.Finished());
    scheduler.schedule(reminder, T0);
    reminders.start();

    awaitCalls(reminder, 1);
    Eventually.await(
        TIMEOUT,
        "the reminder is moved to the retry time",
        () -> db.executionTime(reminder.toString()).equals(Optional.of(retryAt)));
    Eventually.sleep(QUIET);
    assertThat(dispatcher.callsFor(reminder)).isEqualTo(1);

    clock.advance(Duration.ofMinutes(10));
    awaitCalls(reminder, 2);
    assertThat(dispatcher.calls())
        .extracting(RecordingDispatcher.Call::at)
        .containsExactly(T0, retryAt);
    Eventually.await(TIMEOUT, "the finished reminder is removed", () -> db.rows() == 0);
  }

  @Test
  void aDispatchThatThrowsIsRetriedWithADoublingDelayOnTheInjectedClock() {
    ReminderId reminder = ReminderId.random();
    dispatcher.on(
        reminder,
        n -> {
          if (n <= 2) {
            throw new IllegalStateException("the channel is down (expected by the test)");
          }
          return new Outcome.Finished();
        });
    scheduler.schedule(reminder, T0);
    reminders.start();

    awaitCalls(reminder, 1);
    Instant firstRetry = T0.plus(DbSchedulerReminders.DEFAULT_FIRST_RETRY_DELAY);
    Eventually.await(
        TIMEOUT,
        "the failed reminder is kept, due again 30 s later",
        () -> db.executionTime(reminder.toString()).equals(Optional.of(firstRetry)));

    clock.set(firstRetry);
    awaitCalls(reminder, 2);
    Instant secondRetry = firstRetry.plus(Duration.ofSeconds(60));
    Eventually.await(
        TIMEOUT,
        "the reminder is due again after twice the delay",
        () -> db.executionTime(reminder.toString()).equals(Optional.of(secondRetry)));

    clock.set(secondRetry);
    awaitCalls(reminder, 3);
    Eventually.await(TIMEOUT, "the finished reminder is removed", () -> db.rows() == 0);
  }

  @Test
  void aNodeStartsOnceAndStopsQuietly() {
    reminders.start();

    assertThatThrownBy(reminders::start)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("started once");
    reminders.stop();
    reminders.close();
    assertThatThrownBy(reminders::start).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theReminderSchedulerWorksBeforeTheNodeIsStarted() {
    ReminderId reminder = ReminderId.random();

    scheduler.schedule(reminder, T0);

    assertThat(db.executionTime(reminder.toString())).contains(T0);
    assertThat(dispatcher.calls()).isEmpty();
  }

  @Test
  void aRelativesCopyIsDispatchedOnItsOwnTaskAndMovedAsItsDispatcherAsks() {
    List<Instant> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.UUID copy = java.util.UUID.randomUUID();
    DbSchedulerReminders withRelatives =
        DbSchedulerReminders.builder(db.dataSource, transactional, dispatcher)
            .relativeReminderDispatcher(
                id -> {
                  calls.add(clock.instant());
                  return id.equals(copy) && calls.size() == 1
                      ? new Outcome.RetryAt(T0.plus(Duration.ofMinutes(1)))
                      : new Outcome.Finished();
                })
            .clock(clock)
            .pollingInterval(POLL)
            .schedulerName("contract-relatives")
            .build();
    try {
      withRelatives.relativeReminderScheduler().schedule(copy, T0);
      withRelatives.relativeReminderScheduler().schedule(copy, T0.plus(Duration.ofHours(1)));
      assertThat(
              db.executionTime(DbSchedulerReminders.RELATIVE_REMINDER_TASK_NAME, copy.toString()))
          .contains(T0);
      withRelatives.start();

      Eventually.await(TIMEOUT, "the copy is dispatched", () -> calls.size() == 1);
      Eventually.await(
          TIMEOUT,
          "the copy is moved to its retry",
          () ->
              db.executionTime(DbSchedulerReminders.RELATIVE_REMINDER_TASK_NAME, copy.toString())
                  .equals(Optional.of(T0.plus(Duration.ofMinutes(1)))));
      Eventually.sleep(QUIET);
      assertThat(calls).hasSize(1);

      clock.advance(Duration.ofMinutes(1));
      Eventually.await(TIMEOUT, "the finished copy is removed", () -> db.rows() == 0);
      assertThat(calls).containsExactly(T0, T0.plus(Duration.ofMinutes(1)));
      assertThat(dispatcher.calls()).isEmpty();
    } finally {
      withRelatives.stop();
    }
  }

  @Test
  void aNewRelativesCopyIsScheduledWithOneInsertInTheCallersTransaction() {
    DbSchedulerReminders withRelatives =
        DbSchedulerReminders.builder(db.dataSource, transactional, dispatcher)
            .relativeReminderDispatcher(id -> new Outcome.Finished())
            .clock(clock)
            .pollingInterval(POLL)
            .schedulerName("contract-new-relatives")
            .build();
    java.util.UUID copy = java.util.UUID.randomUUID();
    java.util.UUID rolledBack = java.util.UUID.randomUUID();

    transactional.inTransaction(
        Ending.ROLLBACK,
        connection -> withRelatives.relativeReminderScheduler().scheduleNew(rolledBack, T0));
    transactional.inTransaction(
        Ending.COMMIT,
        connection -> {
          withRelatives.relativeReminderScheduler().scheduleNew(copy, T0);
          assertThat(
                  db.executionTime(
                      DbSchedulerReminders.RELATIVE_REMINDER_TASK_NAME, copy.toString()))
              .isEmpty();
        });

    assertThat(db.executionTime(DbSchedulerReminders.RELATIVE_REMINDER_TASK_NAME, copy.toString()))
        .contains(T0);
    assertThat(
            db.executionTime(
                DbSchedulerReminders.RELATIVE_REMINDER_TASK_NAME, rolledBack.toString()))
        .isEmpty();
    // no look-up first: a copy that was scheduled after all is refused, not silently kept
    assertThatThrownBy(
            () ->
                withRelatives
                    .relativeReminderScheduler()
                    .scheduleNew(copy, T0.plus(Duration.ofHours(1))))
        .isInstanceOf(dk.borgerdialog.common.UnableToAccessDatabaseException.class);
    assertThat(db.executionTime(DbSchedulerReminders.RELATIVE_REMINDER_TASK_NAME, copy.toString()))
        .contains(T0);
  }

  @Test
  void withoutARelativesDispatcherNoCopyCanBeScheduled() {
    assertThatThrownBy(
            () -> reminders.relativeReminderScheduler().schedule(java.util.UUID.randomUUID(), T0))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                DbSchedulerReminders.builder(db.dataSource, transactional, dispatcher)
                    .relativeReminderDispatcher(null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private void awaitCalls(ReminderId reminder, int calls) {
    Eventually.await(
        TIMEOUT,
        "reminder dispatched " + calls + " time(s)",
        () -> dispatcher.callsFor(reminder) >= calls);
    assertThat(dispatcher.callsFor(reminder)).isEqualTo(calls);
  }

  private static Optional<Instant> executionTimeIn(Connection connection, ReminderId reminder) {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT execution_time FROM borgerdialog.scheduled_tasks WHERE task_instance = ?")) {
      statement.setString(1, reminder.toString());
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next()
            ? Optional.of(rows.getObject(1, java.time.OffsetDateTime.class).toInstant())
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
