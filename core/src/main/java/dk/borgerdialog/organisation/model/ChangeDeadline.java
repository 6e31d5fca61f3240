package dk.borgerdialog.organisation.model;

import dk.borgerdialog.common.internal.Check;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * How long before an appointment a citizen may still cancel or move it.
 *
 * <p>A deadline of whole days ("24 hours", "48 hours") is counted in calendar days in the citizen's
 * zone, as a person reads it: 24 hours before Monday 09:00 is Sunday 09:00, also on the weekend the
 * clocks change. Any other deadline ("2 hours", "36 hours") is an exact duration.
 *
 * @param before the time before the appointment's start; zero means until the start
 */
public record ChangeDeadline(Duration before) {
  /** The longest deadline accepted. */
  public static final Duration MAX = Duration.ofDays(30);

  /** Validates the deadline. */
  public ChangeDeadline {
    Check.notNull("deadline", before);
    Check.that(!before.isNegative(), "deadline", "must not be negative");
    Check.that(before.compareTo(MAX) <= 0, "deadline", "must be at most 30 days");
  }

  /**
   * A deadline of whole hours.
   *
   * @param hours hours before the start
   * @return the deadline
   */
  public static ChangeDeadline hoursBefore(long hours) {
    Check.that(hours >= 0 && hours <= MAX.toHours(), "deadline", "must be 0 to 720 hours");
    return new ChangeDeadline(Duration.ofHours(hours));
  }

  /**
   * The last instant at which an appointment starting at {@code start} may be changed.
   *
   * @param start the appointment's start
   * @param zone the citizen's zone
   * @return the last instant a change is allowed (inclusive)
   */
  public Instant latestChange(Instant start, ZoneId zone) {
    if (!before.isZero() && before.equals(Duration.ofDays(before.toDays()))) {
      return start.atZone(zone).minusDays(before.toDays()).toInstant();
    }
    return start.minus(before);
  }

  /**
   * Whether a change at {@code now} is in time.
   *
   * @param now the current instant
   * @param start the appointment's start
   * @param zone the citizen's zone
   * @return true if {@code now} is at or before the latest change
   */
  public boolean allows(Instant now, Instant start, ZoneId zone) {
    return !now.isAfter(latestChange(start, zone));
  }
}
