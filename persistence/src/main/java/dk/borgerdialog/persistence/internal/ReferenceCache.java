package dk.borgerdialog.persistence.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A read-through cache of reference data (municipalities, centres, units, course templates, staff
 * members) by id.
 *
 * <p>The cache only ever holds committed rows. A write invalidates its key at once and, when it is
 * part of a transaction, again after that transaction ends: a reader on another thread that loaded
 * the old row in between is thereby corrected, because Caffeine makes an invalidation wait for a
 * load of the same key in progress (both take the same lock of its ConcurrentHashMap). Until the
 * writing transaction ends, its own thread reads the keys it wrote from the database, bypassing the
 * cache, so that an uncommitted row never enters it. Missing ids are not cached. Entries expire a
 * few minutes after they were loaded, so that several nodes sharing one database converge on
 * changes made by the others.
 *
 * @param <K> the id type
 * @param <V> the entity type
 */
final class ReferenceCache<K, V> {
  /** The most entries one cache holds. */
  static final long MAXIMUM_SIZE = 10_000;

  /** How long an entry is trusted, for changes made by other nodes. */
  static final Duration EXPIRY = Duration.ofMinutes(5);

  private final Cache<K, V> cache;
  private final TransactionScope scope;
  private final Function<K, @Nullable V> loader;

  ReferenceCache(TransactionScope scope, Function<K, @Nullable V> loader) {
    this.scope = scope;
    this.loader = loader;
    this.cache = Caffeine.newBuilder().maximumSize(MAXIMUM_SIZE).expireAfterWrite(EXPIRY).build();
  }

  /** The entity, from the cache or else from the database. */
  Optional<V> get(K key) {
    if (scope.hasWritten(this, key)) {
      return Optional.ofNullable(loader.apply(key));
    }
    return Optional.ofNullable(cache.get(key, loader));
  }

  /** Invalidates a key that the current thread has just written. */
  void written(K key) {
    cache.invalidate(key);
    scope.written(this, key);
  }

  void invalidateKeys(Collection<?> keys) {
    keys.forEach(cache.asMap()::remove);
  }
}
