package dk.borgerdialog.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * What a started Borgerdialog must release on close: the embedded database it created, if any.
 * Closing is idempotent.
 */
public final class Lifecycle implements AutoCloseable {
  private final @Nullable EmbeddedH2 embedded;
  private final AtomicBoolean closed = new AtomicBoolean();

  Lifecycle(@Nullable EmbeddedH2 embedded) {
    this.embedded = embedded;
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
    if (closed.compareAndSet(false, true) && embedded != null) {
      embedded.close();
    }
  }
}
