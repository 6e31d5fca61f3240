package dk.borgerdialog.common;

import org.jspecify.annotations.Nullable;

/**
 * The database failed: it cannot be reached, a migration failed, or a statement failed for a reason
 * that is not a lost race. What the call meant to write was rolled back.
 *
 * <p>The message names the SQL state, never the values involved. The driver's exception is kept as
 * the cause only when its SQL state class cannot carry data values (connection, transaction and
 * resource errors); a constraint or data error's driver message may quote a row, with personal data
 * in it, so it is left out.
 */
public final class UnableToAccessDatabaseException extends BorgerdialogException {
  private static final long serialVersionUID = 1L;

  private final @Nullable String sqlState;

  /**
   * Creates the exception.
   *
   * @param message what failed, without data values
   * @param sqlState the SQL state, or null if unknown
   * @param cause the driver's exception, or null when its message may carry data values
   */
  public UnableToAccessDatabaseException(
      String message, @Nullable String sqlState, @Nullable Throwable cause) {
    super(message + (sqlState == null ? "" : " (SQL state " + sqlState + ")"), cause);
    this.sqlState = sqlState;
  }

  /**
   * The SQL state of the failure.
   *
   * @return the five-character state, or null if unknown
   */
  public @Nullable String sqlState() {
    return sqlState;
  }
}
