package dk.borgerdialog.network.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of upcoming occurrences, earliest first.
 *
 * @param occurrences the occurrences
 * @param next the cursor of the next page, or null on the last page; a cursor stays valid while
 *     activities are added or changed, and continues after the last occurrence of this page
 */
public record OccurrencePage(List<Occurrence> occurrences, @Nullable String next) {
  /** Copies the list. */
  public OccurrencePage {
    occurrences = List.copyOf(occurrences);
  }
}
