package dk.borgerdialog.internal;

import dk.borgerdialog.scheduling.DbSchedulerReminders;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * What a started Borgerdialog runs and must release on close: the reminder dispatcher of this node,
 * if it dispatches, and the embedded database it created, if any. Closing is idempotent.
 */
public final class Lifecycle implements AutoCloseable {
  private final @Nullable DbSchedulerReminders dispatching;
  private final @Nullable EmbeddedH2 embedded;
  private final AtomicBoolean closed = new AtomicBoolean();

  Lifecycle(@Nullable DbSchedulerReminders dispatching, @Nullable EmbeddedH2 embedded) {
    this.dispatching = dispatching;
    this.embedded = embedded;
    if (dispatching != null) {
      dispatching.start();
    }
  }

  /**
   * Whether {@link #close()} has been called.
   *
   * @return true once closed
   */
  public boolean isClosed() {
    return closed.get();
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      if (dispatching != null) {
        dispatching.stop();
      }
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }
}
