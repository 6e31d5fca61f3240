package dk.borgerdialog.persistence.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The transaction open on the current thread, as far as the caches and deferred writes need to
 * know: its nesting depth, the cache keys it has written, to invalidate again once it has committed
 * or rolled back, and the writes deferred to just before its commit.
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

  /**
   * A write that is best done last in a transaction, all at once: one that takes a lock every
   * transaction needs, such as the head of the audit chain, holds it only from the end of the work
   * to the commit.
   *
   * @param <T> the items written
   */
  @FunctionalInterface
  public interface DeferredWrite<T> {
    /**
     * Writes the items, in the transaction, just before it commits.
     *
     * @param items the items deferred, in the order deferred; never empty
     */
    void writeAll(List<T> items);
  }

  /**
   * Defers an item's write to the end of the current thread's outermost transaction.
   *
   * @param writer the writer, the same instance for items written together
   * @param item the item
   * @throws IllegalStateException outside a transaction
   */
  <T> void defer(DeferredWrite<T> writer, T item) {
    Frame frame = current.get();
    if (frame == null) {
      throw new IllegalStateException("no transaction to defer a write to");
    }
    frame.deferred.add(new Deferred<>(writer, item));
  }

  /** How many writes are deferred now, to discard those of a savepoint that rolls back. */
  int deferredMark() {
    Frame frame = current.get();
    return frame == null ? 0 : frame.deferred.size();
  }

  /** Discards the writes deferred since the mark: their savepoint rolled back. */
  void discardDeferredSince(int mark) {
    Frame frame = current.get();
    if (frame != null && frame.deferred.size() > mark) {
      frame.deferred.subList(mark, frame.deferred.size()).clear();
    }
  }

  /**
   * Runs the deferred writes if the current thread is in its outermost transaction, grouped by
   * writer in the order each writer first deferred; a write that defers more is run too.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  void runDeferredIfOutermost() {
    Frame frame = current.get();
    if (frame == null || frame.depth != 1) {
      return;
    }
    while (!frame.deferred.isEmpty()) {
      Map<DeferredWrite<?>, List<Object>> byWriter = new LinkedHashMap<>();
      for (Deferred<?> d : frame.deferred) {
        byWriter.computeIfAbsent(d.writer(), w -> new ArrayList<>()).add(d.item());
      }
      frame.deferred.clear();
      byWriter.forEach((writer, items) -> ((DeferredWrite) writer).writeAll(items));
    }
  }

  private record Deferred<T>(DeferredWrite<T> writer, T item) {}

  private static final class Frame {
    private int depth;
    private final Map<ReferenceCache<?, ?>, Set<Object>> written = new HashMap<>();
    private final List<Deferred<?>> deferred = new ArrayList<>();
  }
}
