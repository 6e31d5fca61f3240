package dk.borgerdialog.contact.model;

import dk.borgerdialog.common.internal.Check;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list, newest first.
 *
 * @param items the items
 * @param next where the next, older page starts, or null if this is the last page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, @Nullable Cursor next) {
  /** The most items on a page. */
  public static final int MAX_SIZE = 100;

  /** Copies the items. */
  public Page {
    items = List.copyOf(Check.list("items", items));
  }

  /**
   * The cursor of the next page.
   *
   * @return the cursor, or empty on the last page
   */
  public Optional<Cursor> nextCursor() {
    return Optional.ofNullable(next);
  }
}
