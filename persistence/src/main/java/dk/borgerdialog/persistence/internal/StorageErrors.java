package dk.borgerdialog.persistence.internal;

import dk.borgerdialog.common.UnableToAccessDatabaseException;
import java.sql.SQLException;
import java.util.Set;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jspecify.annotations.Nullable;

/**
 * Turns every database failure that is not a lost race into {@link
 * UnableToAccessDatabaseException}, so that no jOOQ or driver exception crosses the ports.
 *
 * <p>Lost races (see {@link SqlErrors}) are left to the adapters, which know what was contended and
 * say so in a {@link dk.borgerdialog.common.ConflictException}.
 */
public final class StorageErrors implements ExecuteListener {
  private static final long serialVersionUID = 1L;

  /** SQL state classes whose driver messages cannot quote data values. */
  private static final Set<String> DATA_FREE_CLASSES = Set.of("08", "25", "40", "53", "57", "HY");

  @Override
  public void exception(ExecuteContext ctx) {
    SQLException sql = ctx.sqlException();
    String state = sql == null ? null : sql.getSQLState();
    if (SqlErrors.isConflict(state)) {
      return;
    }
    ctx.exception(failure("a database statement failed", state, sql));
  }

  /**
   * The exception for a database failure.
   *
   * @param what what failed, without data values
   * @param state the SQL state, or null
   * @param cause the driver's exception, or null
   * @return the exception, with the cause only when it cannot quote data values
   */
  public static UnableToAccessDatabaseException failure(
      String what, @Nullable String state, @Nullable Throwable cause) {
    boolean dataFree =
        state != null && state.length() >= 2 && DATA_FREE_CLASSES.contains(state.substring(0, 2));
    return new UnableToAccessDatabaseException(what, state, dataFree ? cause : null);
  }
}
