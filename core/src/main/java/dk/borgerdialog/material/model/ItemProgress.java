package dk.borgerdialog.material.model;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.internal.Check;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a citizen has done with one item: how often they opened it, when last, and when they marked
 * it understood.
 *
 * @param citizen the citizen
 * @param item the item
 * @param views how many times it was opened; re-watching counts
 * @param lastViewedAt when it was opened last, or null
 * @param understoodAt when it was marked understood, or null
 */
public record ItemProgress(
    CitizenId citizen,
    MaterialItemId item,
    int views,
    @Nullable Instant lastViewedAt,
    @Nullable Instant understoodAt) {

  /** Validates the progress. */
  public ItemProgress {
    Check.notNull("citizen", citizen);
    Check.notNull("item", item);
    Check.that(views >= 0, "views", "must not be negative");
    Check.that((views == 0) == (lastViewedAt == null), "lastViewedAt", "must be set once viewed");
  }

  /**
   * A citizen who has not touched the item.
   *
   * @param citizen the citizen
   * @param item the item
   * @return the progress
   */
  public static ItemProgress none(CitizenId citizen, MaterialItemId item) {
    return new ItemProgress(citizen, item, 0, null, null);
  }
}
