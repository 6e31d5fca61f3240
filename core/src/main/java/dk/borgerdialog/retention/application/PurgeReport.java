package dk.borgerdialog.retention.application;

import dk.borgerdialog.retention.model.RetentionKind;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one retention purge removed.
 *
 * @param at the instant the purge measured from
 * @param purged how many items were purged, per kind purged (a kind kept for ever is absent)
 * @param batches how many transactions the purge committed, over all kinds
 */
public record PurgeReport(Instant at, Map<RetentionKind, Integer> purged, int batches) {
  /** Copies the counts. */
  public PurgeReport {
    purged =
        Collections.unmodifiableMap(
            purged.isEmpty() ? new EnumMap<>(RetentionKind.class) : new EnumMap<>(purged));
  }

  /**
   * How many items were purged over all kinds.
   *
   * @return the total
   */
  public int total() {
    return purged.values().stream().mapToInt(Integer::intValue).sum();
  }
}
