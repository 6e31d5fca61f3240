package dk.borgerdialog.common;

import java.util.function.Supplier;

/**
 * Runs one use case in one transaction (a secondary port).
 *
 * <p>Everything the work writes through the repository ports commits together, or nothing does: an
 * exception thrown by the work rolls the transaction back and is rethrown unchanged. Nested calls
 * join the outer transaction.
 */
public interface Transactions {

  /**
   * Runs the work in a transaction.
   *
   * @param work the use case's body
   * @param <T> the result type
   * @return the work's result, after commit
   */
  <T> T inTransaction(Supplier<T> work);
}
