package dk.borgerdialog.material.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * For staff, one item of a course: whether it was released, and whether the citizen saw it and
 * understood it.
 *
 * @param item the item
 * @param title its Danish title
 * @param kind text, link or video
 * @param release its rule
 * @param releasedAt when it was released, or null if it is not released yet
 * @param releasedByHand whether staff released it by hand
 * @param progress the citizen's views and "understood" mark
 */
public record ItemStatus(
    MaterialItemId item,
    String title,
    MaterialKind kind,
    ReleaseRule release,
    @Nullable Instant releasedAt,
    boolean releasedByHand,
    ItemProgress progress) {

  /**
   * Whether the item is released.
   *
   * @return true if released
   */
  public boolean released() {
    return releasedAt != null;
  }

  /**
   * Whether the citizen opened it at least once.
   *
   * @return true if seen
   */
  public boolean seen() {
    return progress.views() > 0;
  }

  /**
   * Whether the citizen marked it understood.
   *
   * @return true if understood
   */
  public boolean understood() {
    return progress.understoodAt() != null;
  }
}
