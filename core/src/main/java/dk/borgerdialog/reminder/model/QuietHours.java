package dk.borgerdialog.reminder.model;

import dk.borgerdialog.common.internal.Check;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;

/**
 * The hours of the night in which a citizen is not disturbed, in their own zone. The window may
 * cross midnight (21:00 to 08:00, the default).
 *
 * @param from the local time quiet hours begin
 * @param to the local time they end
 */
public record QuietHours(LocalTime from, LocalTime to) {
  /** The longest quiet window: half a day, so that every day has hours to remind in. */
  public static final java.time.Duration MAX_LENGTH = java.time.Duration.ofHours(12);

  /** 21:00 to 08:00. */
  public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

  /** Validates the window. */
  public QuietHours {
    Check.notNull("quietHours.from", from);
    Check.notNull("quietHours.to", to);
    Check.that(!from.equals(to), "quietHours.to", "must differ from quietHours.from");
    long minutes = java.time.Duration.between(from, to).toMinutes();
    long length = minutes > 0 ? minutes : minutes + 24 * 60;
    Check.that(
        length <= MAX_LENGTH.toMinutes(),
        "quietHours.to",
        "must be at most 12 hours after quietHours.from");
  }

  /**
   * Whether an instant falls in quiet hours in a zone.
   *
   * @param instant the instant
   * @param zone the citizen's zone
   * @return true if the local time is in [from, to)
   */
  public boolean contains(Instant instant, ZoneId zone) {
    LocalTime t = instant.atZone(zone).toLocalTime();
    return from.isBefore(to)
        ? !t.isBefore(from) && t.isBefore(to)
        : !t.isBefore(from) || t.isBefore(to);
  }

  /**
   * The end of the quiet period an instant falls in: the first moment a reminder may go out again.
   *
   * @param instant an instant in quiet hours
   * @param zone the citizen's zone
   * @return the instant the quiet period ends (on the next morning, for a period across midnight)
   */
  public Instant endOfPeriod(Instant instant, ZoneId zone) {
    ZonedDateTime local = instant.atZone(zone);
    LocalDate day = local.toLocalDate();
    if (from.isAfter(to) && !local.toLocalTime().isBefore(from)) {
      day = day.plusDays(1);
    }
    return ZonedDateTime.of(day, to, zone).toInstant();
  }

  /**
   * The start of the quiet period an instant falls in: the latest moment before it when a reminder
   * may still go out.
   *
   * @param instant an instant in quiet hours
   * @param zone the citizen's zone
   * @return the instant the quiet period began (on the evening before, for a period across
   *     midnight)
   */
  public Instant startOfPeriod(Instant instant, ZoneId zone) {
    ZonedDateTime local = instant.atZone(zone);
    LocalDate day = local.toLocalDate();
    if (local.toLocalTime().isBefore(from)) {
      day = day.minusDays(1);
    }
    LocalDateTime start = LocalDateTime.of(day, from);
    ZoneOffsetTransition transition = zone.getRules().getTransition(start);
    if (transition != null && transition.isGap()) {
      // the clock jumped over the start: quiet hours began at the jump, not an hour after it
      return transition.getInstant();
    }
    // in an overlap, ZonedDateTime.of takes the first of the two moments, the earlier one
    return ZonedDateTime.of(start, zone).toInstant();
  }
}
