package dk.borgerdialog.testfixtures;

import dk.borgerdialog.common.ConflictException;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** The optimistic-version rules every in-memory fake follows, as the database adapters do. */
final class Versioned {
  private Versioned() {}

  static <K, V> void add(Map<K, V> store, K id, V value, long version, String entity) {
    if (version != 0) {
      throw new IllegalArgumentException(entity + " must be added with version 0, not " + version);
    }
    if (store.putIfAbsent(id, value) != null) {
      throw new ConflictException(entity + " " + id + " already exists");
    }
  }

  /** Replaces the stored value if its version is the given one, and returns it with version + 1. */
  static <K, V> V update(
      Map<K, V> store,
      K id,
      V value,
      ToLongFunction<V> version,
      Function<V, V> incremented,
      String entity) {
    Object[] result = new Object[1];
    store.compute(
        id,
        (key, stored) -> {
          if (stored == null) {
            throw new ConflictException(entity + " " + id + " does not exist");
          }
          if (version.applyAsLong(stored) != version.applyAsLong(value)) {
            throw new ConflictException(entity + " " + id + " has changed since it was read");
          }
          V next = incremented.apply(value);
          result[0] = next;
          return next;
        });
    @SuppressWarnings("unchecked")
    V next = (V) result[0];
    return next;
  }
}
