package dk.borgerdialog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * db-scheduler on the {@code borgerdialog.scheduled_tasks} table of the migrations: a scheduler
 * runs a task, and a client on the transactional data source schedules and cancels with the
 * transaction.
 */
class DbSchedulerIT {
  private static final String TABLE = "borgerdialog.scheduled_tasks";

  @Nested
  class OnH2 extends Contract {
    OnH2() {
      super(Database.H2);
    }
  }

  @Nested
  class OnPostgres extends Contract {
    OnPostgres() {
      super(Database.POSTGRES);
    }
  }

  abstract static class Contract extends DatabaseContract {
    Contract(Database database) {
      super(database);
    }

    @Test
    void a_scheduler_runs_a_one_time_task_scheduled_now_with_its_data() throws Exception {
      CountDownLatch ran = new CountDownLatch(1);
      String[] data = new String[1];
      OneTimeTask<String> task =
          Tasks.oneTime("run-once", String.class)
              .execute(
                  (instance, context) -> {
                    data[0] = instance.getData();
                    ran.countDown();
                  });
      Scheduler scheduler =
          Scheduler.create(dataSource, task)
              .tableName(TABLE)
              .pollingInterval(Duration.ofMillis(100))
              .threads(2)
              .build();
      try {
        scheduler.start();
        scheduler.schedule(task.instance("reminder-1", "payload æøå"), Instant.now());

        assertThat(ran.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(data[0]).isEqualTo("payload æøå");
      } finally {
        scheduler.stop();
      }
    }

    @Test
    void a_client_on_the_transactional_data_source_schedules_with_the_transaction() {
      OneTimeTask<Void> task = Tasks.oneTime("dispatch").execute((instance, context) -> {});
      SchedulerClient client =
          SchedulerClient.Builder.create(persistence.transactionalDataSource(), task)
              .tableName(TABLE)
              .build();
      Instant later = Instant.now().plus(Duration.ofHours(1));

      assertThatThrownBy(
              () ->
                  persistence
                      .transactions()
                      .inTransaction(
                          () -> {
                            client.scheduleIfNotExists(task.instance("rolled-back"), later);
                            assertThat(scheduled(client, "rolled-back")).isTrue();
                            throw new IllegalStateException("the booking failed");
                          }))
          .hasMessage("the booking failed");
      persistence
          .transactions()
          .inTransaction(() -> client.scheduleIfNotExists(task.instance("committed"), later));

      assertThat(scheduled(client, "rolled-back")).isFalse();
      assertThat(scheduled(client, "committed")).isTrue();
    }

    @Test
    void a_client_on_the_transactional_data_source_cancels_with_the_transaction() {
      OneTimeTask<Void> task = Tasks.oneTime("withdraw").execute((instance, context) -> {});
      SchedulerClient client =
          SchedulerClient.Builder.create(persistence.transactionalDataSource(), task)
              .tableName(TABLE)
              .build();
      client.scheduleIfNotExists(task.instance("r-1"), Instant.now().plus(Duration.ofHours(1)));

      assertThatThrownBy(
              () ->
                  persistence
                      .transactions()
                      .inTransaction(
                          () -> {
                            client.cancel(TaskInstanceId.of("withdraw", "r-1"));
                            throw new IllegalStateException("the cancellation failed");
                          }))
          .hasMessage("the cancellation failed");
      assertThat(scheduled(client, "r-1")).isTrue();

      persistence
          .transactions()
          .inTransaction(
              () -> {
                client.cancel(TaskInstanceId.of("withdraw", "r-1"));
                return null;
              });
      assertThat(scheduled(client, "r-1")).isFalse();
    }

    private static boolean scheduled(SchedulerClient client, String instance) {
      return client.getScheduledExecutions().stream()
          .anyMatch(e -> e.getTaskInstance().getId().equals(instance));
    }
  }
}
