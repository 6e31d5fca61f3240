package dk.borgerdialog.internal;

import org.jspecify.annotations.Nullable;

/** What a started Borgerdialog must release on close: the embedded database it created, if any. */
public final class Lifecycle implements AutoCloseable {
  private final @Nullable EmbeddedH2 embedded;

  Lifecycle(@Nullable EmbeddedH2 embedded) {
    this.embedded = embedded;
  }

  @Override
  public void close() {
    if (embedded != null) {
      embedded.close();
    }
  }
}
