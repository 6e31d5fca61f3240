package dk.borgerdialog.network.model;

import java.time.Instant;
import java.util.List;

/**
 * Expands a schedule into its occurrences (a secondary port), by the rules of RFC 5545.
 *
 * <p>Implemented with a calendar library; never by hand, because daylight saving changes, month
 * ends and the rule's UNTIL are easy to get wrong.
 */
public interface Recurrences {

  /**
   * The starts of the occurrences that start in {@code [from, to)}, earliest first.
   *
   * @param schedule the schedule
   * @param from the earliest start, inclusive
   * @param to the latest start, exclusive
   * @param limit the most starts to return
   * @return the starts
   */
  List<Instant> starts(Schedule schedule, Instant from, Instant to, int limit);
}
