package dk.borgerdialog.persistence.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The transaction open on the current thread, as far as the caches need to know: its nesting depth
 * and the cache keys it has written, to invalidate again once it has committed or rolled back.
 */
public final class TransactionScope {
  private final ThreadLocal<@Nullable Frame> current = new ThreadLocal<>();

  /** Creates a scope with no transaction open on any thread. */
  public TransactionScope() {}

  void enter() {
    Frame frame = current.get();
    if (frame == null) {
      frame = new Frame();
      current.set(frame);
    }
    frame.depth++;
  }

  void exit() {
    Frame frame = current.get();
    if (frame == null) {
      throw new IllegalStateException("no transaction to leave");
    }
    if (--frame.depth == 0) {
      current.remove();
      frame.written.forEach(ReferenceCache::invalidateKeys);
    }
  }

  /** Whether the current thread is inside a transaction. */
  boolean isOpen() {
    return current.get() != null;
  }

  /**
   * Notes a key written in the current thread's transaction; outside one there is nothing to do.
   */
  void written(ReferenceCache<?, ?> cache, Object key) {
    Frame frame = current.get();
    if (frame != null) {
      frame.written.computeIfAbsent(cache, c -> new HashSet<>()).add(key);
    }
  }

  /** Whether the current thread's transaction has written the key. */
  boolean hasWritten(ReferenceCache<?, ?> cache, Object key) {
    Frame frame = current.get();
    return frame != null && frame.written.getOrDefault(cache, Set.of()).contains(key);
  }

  private static final class Frame {
    private int depth;
    private final Map<ReferenceCache<?, ?>, Set<Object>> written = new HashMap<>();
  }
}
