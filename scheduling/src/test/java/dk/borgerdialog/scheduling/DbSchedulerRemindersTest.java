package dk.borgerdialog.scheduling;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.reminder.model.ReminderDispatcher;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The builder checks each argument as it is given. */
class DbSchedulerRemindersTest {
  private static final DataSource NO_DATABASE = new NoDatabase();
  private static final ReminderDispatcher DISPATCHER =
      reminder -> new ReminderDispatcher.Outcome.Finished();

  private static DbSchedulerReminders.Builder builder() {
    return DbSchedulerReminders.builder(NO_DATABASE, NO_DATABASE, DISPATCHER);
  }

  @Test
  void builder_requiresItsArguments() {
    assertThatThrownBy(() -> DbSchedulerReminders.builder(null, NO_DATABASE, DISPATCHER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scheduling is required");
    assertThatThrownBy(() -> DbSchedulerReminders.builder(NO_DATABASE, null, DISPATCHER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("transactional is required");
    assertThatThrownBy(() -> DbSchedulerReminders.builder(NO_DATABASE, NO_DATABASE, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dispatcher is required");
    assertThatThrownBy(() -> builder().clock(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("clock is required");
  }

  @Test
  void pollingInterval_atLeastTenMilliseconds() {
    assertThatThrownBy(() -> builder().pollingInterval(Duration.ofMillis(9)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pollingInterval must be at least 10 ms, but is PT0.009S");
    assertThatThrownBy(() -> builder().pollingInterval(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder().pollingInterval(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pollingInterval is required");
    assertThatCode(() -> builder().pollingInterval(Duration.ofMillis(10)))
        .doesNotThrowAnyException();
  }

  @Test
  void threads_between1And256() {
    assertThatThrownBy(() -> builder().threads(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be between 1 and 256, but is 0");
    assertThatThrownBy(() -> builder().threads(257)).isInstanceOf(IllegalArgumentException.class);
    assertThatCode(() -> builder().threads(1).threads(256)).doesNotThrowAnyException();
  }

  @Test
  void batchSizePerThread_between1And100() {
    assertThatThrownBy(() -> builder().batchSizePerThread(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batchSizePerThread must be between 1 and 100, but is 0");
    assertThatThrownBy(() -> builder().batchSizePerThread(101))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatCode(() -> builder().batchSizePerThread(1).batchSizePerThread(100))
        .doesNotThrowAnyException();
  }

  @Test
  void retryBackoff_positiveAndMaxAtLeastFirst() {
    assertThatThrownBy(() -> builder().retryBackoff(Duration.ZERO, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the first retry delay must be positive, but is PT0S");
    assertThatThrownBy(() -> builder().retryBackoff(Duration.ofMinutes(2), Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the longest retry delay (PT1M) must be at least the first (PT2M)");
    assertThatThrownBy(() -> builder().retryBackoff(null, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("first is required");
    assertThatCode(() -> builder().retryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1)))
        .doesNotThrowAnyException();
  }

  @Test
  void schedulerName_notBlankAndAtMost50Characters() {
    assertThatThrownBy(() -> builder().schedulerName(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("schedulerName must not be blank");
    assertThatThrownBy(() -> builder().schedulerName("n".repeat(51)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("schedulerName must be at most 50 characters, but has 51");
    assertThatCode(() -> builder().schedulerName("n".repeat(50))).doesNotThrowAnyException();
  }

  @Test
  void build_failsClearlyWithoutADatabase() {
    assertThatThrownBy(() -> builder().build())
        .isInstanceOf(dk.borgerdialog.common.UnableToAccessDatabaseException.class)
        .hasMessageContaining("cannot connect to the database");
  }

  /** A data source whose database cannot be reached. */
  private static final class NoDatabase implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      throw new SQLException("no database in this test", "08001");
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return new PrintWriter(System.err);
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
