package dk.borgerdialog.contact.model;

import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.organisation.model.UnitId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How fast a unit answers citizens' messages, per period.
 *
 * <p>Counted are the threads citizens opened in the period, addressed to the unit inbox or to a
 * staff member answering for the unit. The time to first response runs from the citizen's first
 * message to staff's first message (auto-replies do not count). Median and p90 use the nearest-rank
 * method over the answered threads, and are null when none was answered.
 *
 * @param unit the unit
 * @param from the first instant of the period
 * @param to the instant after the period
 * @param opened threads citizens opened in the period
 * @param answered of those, the threads staff have answered
 * @param median the median time to first response, or null
 * @param p90 the 90th percentile time to first response, or null
 * @param expectedReply the unit's expected reply time
 * @param overdue the unit's threads, now, whose oldest unanswered message is older than the
 *     expected reply time, oldest first
 */
public record ResponseTimes(
    UnitId unit,
    Instant from,
    Instant to,
    int opened,
    int answered,
    @Nullable Duration median,
    @Nullable Duration p90,
    Duration expectedReply,
    List<MessageThread> overdue) {

  /** Validates the figures. */
  public ResponseTimes {
    Check.notNull("unit", unit);
    Check.notNull("from", from);
    Check.notNull("to", to);
    // a period of weeks or months, unlike an appointment's interval of at most a day
    Check.that(from.isBefore(to), "to", "must be after from");
    Check.that(answered >= 0 && answered <= opened, "answered", "must be 0 to opened");
    Check.notNull("expectedReply", expectedReply);
    overdue = List.copyOf(Check.list("overdue", overdue));
  }

  /**
   * The nearest-rank percentile of sorted durations.
   *
   * @param sorted the durations, shortest first
   * @param percent the percentile, 1 to 100
   * @return the duration at the rank {@code ceil(percent / 100 × n)}, or null for no durations
   */
  public static @Nullable Duration percentile(List<Duration> sorted, int percent) {
    Check.that(percent >= 1 && percent <= 100, "percent", "must be 1 to 100");
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(1, rank) - 1);
  }
}
