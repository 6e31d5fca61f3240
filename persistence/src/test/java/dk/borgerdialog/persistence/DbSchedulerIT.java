package dk.borgerdialog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
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
  }
}
