package dk.borgerdialog.testfixtures;

import dk.borgerdialog.common.Transactions;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs the work directly, without a transaction: nothing is rolled back.
 *
 * <p>That makes use-case tests stricter than production: a use case must check everything before it
 * writes, because a fake write cannot be undone. It counts the outermost calls, so that a test can
 * see that a use case opened exactly one transaction.
 */
public final class DirectTransactions implements Transactions {
  private final AtomicInteger started = new AtomicInteger();
  private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (depth.get() == 0) {
      started.incrementAndGet();
    }
    depth.set(depth.get() + 1);
    try {
      return work.get();
    } finally {
      depth.set(depth.get() - 1);
    }
  }

  /**
   * How many outermost transactions were started.
   *
   * @return the count
   */
  public int started() {
    return started.get();
  }
}
