package dk.borgerdialog.scheduling.internal;

import dk.borgerdialog.common.UnableToAccessDatabaseException;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/** Turns db-scheduler's and the driver's exceptions into Borgerdialog's. */
public final class SchedulingErrors {
  private SchedulingErrors() {}

  /**
   * A database failure.
   *
   * <p>The cause is kept: the statements on the scheduler's table carry only the task name and the
   * reminder's id, never personal data.
   *
   * @param message what failed
   * @param cause db-scheduler's or the driver's exception
   * @return the exception to throw
   */
  public static UnableToAccessDatabaseException failure(String message, Throwable cause) {
    return new UnableToAccessDatabaseException(message, sqlState(cause), cause);
  }

  private static @Nullable String sqlState(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
