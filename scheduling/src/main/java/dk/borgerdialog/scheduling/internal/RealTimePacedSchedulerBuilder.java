package dk.borgerdialog.scheduling.internal;

import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SystemClock;
import com.github.kagkarlsson.scheduler.Waiter;
import com.github.kagkarlsson.scheduler.task.Task;
import java.util.List;
import javax.sql.DataSource;

/**
 * A {@link SchedulerBuilder} whose polling loop sleeps in real time while every due-time comparison
 * uses the injected clock.
 *
 * <p>db-scheduler's {@link Waiter} sleeps until its clock has moved one polling interval. On the
 * injected clock that would stop polling whenever the clock stands still (a {@code SettableClock}
 * in a test or a simulation): reminders due at that very instant would never run. The waiter only
 * paces the polls and compares no due times, so it gets the system clock; the scheduler, its
 * repositories, heartbeats and completion handlers all keep the injected clock.
 */
public final class RealTimePacedSchedulerBuilder extends SchedulerBuilder {

  /**
   * Creates the builder.
   *
   * @param dataSource the data source the scheduler polls with; the scheduler commits itself
   * @param tasks the known tasks
   */
  public RealTimePacedSchedulerBuilder(DataSource dataSource, List<Task<?>> tasks) {
    super(dataSource, tasks);
  }

  @Override
  protected Waiter buildWaiter() {
    return new Waiter(poolingInterval, new SystemClock());
  }
}
