package dk.borgerdialog.persistence.internal;

import dk.borgerdialog.common.Transactions;
import java.util.Objects;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jspecify.annotations.Nullable;

/**
 * Transactions on jOOQ's thread-local transaction provider: the repositories called on the same
 * thread run in the open transaction; a nested call runs in a savepoint of the outer one. Writes
 * deferred with {@link TransactionScope#defer} run at the end of the outermost work, just before
 * the commit; those of a nested call that fails are discarded with its savepoint.
 */
public final class JooqTransactions implements Transactions {
  private final DSLContext dsl;
  private final TransactionScope scope;

  /**
   * Creates the adapter.
   *
   * @param dsl a context whose configuration has a {@link
   *     org.jooq.impl.ThreadLocalTransactionProvider}
   * @param scope the scope the reference caches consult
   */
  public JooqTransactions(DSLContext dsl, TransactionScope scope) {
    this.dsl = dsl;
    this.scope = scope;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    Thrown thrown = new Thrown();
    scope.enter();
    int mark = scope.deferredMark();
    try {
      return dsl.transactionResult(
          () -> {
            try {
              T result = work.get();
              scope.runDeferredIfOutermost();
              return result;
            } catch (Throwable e) {
              scope.discardDeferredSince(mark);
              thrown.value = e;
              throw e;
            }
          });
    } catch (RuntimeException e) {
      Throwable fromWork = thrown.value;
      if (fromWork != null && (e == fromWork || e.getCause() == fromWork)) {
        // jOOQ rethrows the work's unchecked exceptions as they are and wraps anything else;
        // either way the caller gets the work's own exception
        throw JooqTransactions.<RuntimeException>sneaky(fromWork);
      }
      if (e instanceof DataAccessException d) {
        // the commit itself failed, for example a serialization failure reported at commit
        throw SqlErrors.translate(
            d, "the transaction conflicted with another one; nothing changed");
      }
      throw e;
    } finally {
      scope.exit();
    }
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E sneaky(Throwable e) throws E {
    throw (E) e;
  }

  private static final class Thrown {
    private @Nullable Throwable value;
  }
}
