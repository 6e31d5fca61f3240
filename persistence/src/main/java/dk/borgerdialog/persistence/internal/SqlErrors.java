package dk.borgerdialog.persistence.internal;

import dk.borgerdialog.common.ConflictException;
import java.util.Set;
import org.jooq.exception.DataAccessException;
import org.jspecify.annotations.Nullable;

/**
 * Turns the database's word for a lost race into {@link ConflictException}.
 *
 * <p>The database's own exception is deliberately not kept as the cause: its message may quote the
 * conflicting key, which can be a CPR number or a host's reference to a person.
 */
final class SqlErrors {
  /** unique_violation, the same code on H2 and PostgreSQL. */
  static final String UNIQUE_VIOLATION = "23505";

  private static final Set<String> CONFLICTS =
      Set.of(
          UNIQUE_VIOLATION,
          "40001", // serialization failure (PostgreSQL), deadlock (H2)
          "40P01", // deadlock detected (PostgreSQL)
          "55P03", // lock not available (PostgreSQL)
          "90131", // concurrent update (H2)
          "HYT00"); // lock timeout (H2)

  private SqlErrors() {}

  /** Whether the failure is a lost race or a duplicate key rather than a fault. */
  static boolean isConflict(DataAccessException e) {
    return isConflict(e.sqlState());
  }

  static boolean isConflict(@Nullable String sqlState) {
    return sqlState != null && CONFLICTS.contains(sqlState);
  }

  /**
   * The exception to throw for a failed write.
   *
   * @param e the failure
   * @param conflict what was contended, without personal data
   * @return a {@link ConflictException} for a conflict, else an {@link
   *     dk.borgerdialog.common.UnableToAccessDatabaseException}
   */
  static RuntimeException translate(DataAccessException e, String conflict) {
    return isConflict(e)
        ? new ConflictException(conflict)
        : StorageErrors.failure("a database operation failed", e.sqlState(), e.getCause());
  }
}
