package dk.borgerdialog.retention.model;

import java.time.Instant;

/**
 * Where one {@link RetentionKind} is purged (a secondary port, and the SPI through which a
 * capability joins the retention purge).
 *
 * <p>{@link #purge} runs in the caller's transaction and removes at most {@code limit} of the
 * kind's items (a thread, a course, a notification, an audit record), with the rows that hang on
 * them, so that a transaction stays short. The caller repeats it until fewer than {@code limit}
 * come back. It must be idempotent: an item is purged once, and a purge that is interrupted is
 * simply run again.
 */
public interface ExpiredData {

  /**
   * The kind this purges.
   *
   * @return the kind
   */
  RetentionKind kind();

  /**
   * Purges at most {@code limit} of the oldest due items: those whose instant is at or before the
   * cutoff.
   *
   * @param cutoff the cutoff
   * @param limit the most items to purge, positive
   * @return how many items were purged
   */
  int purge(Instant cutoff, int limit);
}
