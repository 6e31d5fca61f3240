package dk.borgerdialog.network.model;

import dk.borgerdialog.common.internal.Check;
import java.time.Instant;

/**
 * One occurrence of an activity, as citizens see it in search results.
 *
 * @param activity the activity
 * @param start the start of this occurrence
 * @param end its end
 * @param seatsLeft the seats still free at this occurrence; 0 means a signup goes on the waiting
 *     list
 */
public record Occurrence(Activity activity, Instant start, Instant end, int seatsLeft) {
  /** Validates the occurrence. */
  public Occurrence {
    Check.notNull("activity", activity);
    Check.notNull("start", start);
    Check.notNull("end", end);
  }
}
