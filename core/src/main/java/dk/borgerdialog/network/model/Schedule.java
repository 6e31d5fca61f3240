package dk.borgerdialog.network.model;

import dk.borgerdialog.common.internal.Check;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * When an activity happens: the local time of its first occurrence in its zone, its length, and for
 * a recurring activity how often it repeats and until which day.
 *
 * <p>Occurrences keep their local time across daylight saving changes: a walk every Tuesday at
 * 09:30 in Copenhagen is at 09:30 in summer and winter alike. The expansion into occurrences is RFC
 * 5545's, done by the {@link Recurrences} port.
 *
 * @param firstStart the local start of the first occurrence
 * @param duration the length of each occurrence, 1 minute to 24 hours
 * @param zone the zone the local times are in
 * @param frequency how often it repeats, or null for a single event
 * @param until the last day an occurrence may fall on (inclusive), or null for no end; only with a
 *     frequency
 */
public record Schedule(
    LocalDateTime firstStart,
    Duration duration,
    ZoneId zone,
    @Nullable Frequency frequency,
    @Nullable LocalDate until) {

  private static final DateTimeFormatter UTC_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /** Validates the schedule. */
  public Schedule {
    Check.notNull("schedule.firstStart", firstStart);
    Check.notNull("schedule.duration", duration);
    Check.notNull("schedule.zone", zone);
    Check.that(
        firstStart.getSecond() == 0 && firstStart.getNano() == 0,
        "schedule.firstStart",
        "must be on a whole minute");
    Check.that(
        duration.compareTo(Duration.ofMinutes(1)) >= 0
            && duration.compareTo(Duration.ofHours(24)) <= 0,
        "schedule.duration",
        "must be 1 minute to 24 hours");
    Check.that(
        duration.toSecondsPart() == 0 && duration.toNanosPart() == 0,
        "schedule.duration",
        "must be whole minutes");
    Check.that(
        frequency != null || until == null, "schedule.until", "is only for a recurring activity");
    Check.that(
        until == null || !until.isBefore(firstStart.toLocalDate()),
        "schedule.until",
        "must not be before the first occurrence");
  }

  /**
   * A single event.
   *
   * @param start the local start
   * @param duration the length
   * @param zone the zone
   * @return the schedule
   */
  public static Schedule once(LocalDateTime start, Duration duration, ZoneId zone) {
    return new Schedule(start, duration, zone, null, null);
  }

  /**
   * A recurring activity.
   *
   * @param firstStart the local start of the first occurrence
   * @param duration the length of each
   * @param zone the zone
   * @param frequency how often
   * @param until the last day, or null for no end
   * @return the schedule
   */
  public static Schedule recurring(
      LocalDateTime firstStart,
      Duration duration,
      ZoneId zone,
      Frequency frequency,
      @Nullable LocalDate until) {
    Check.notNull("schedule.frequency", frequency);
    return new Schedule(firstStart, duration, zone, frequency, until);
  }

  /**
   * Whether it repeats.
   *
   * @return true if recurring
   */
  public boolean isRecurring() {
    return frequency != null;
  }

  /**
   * The instant the first occurrence starts.
   *
   * @return the instant
   */
  public Instant firstStartInstant() {
    return firstStart.atZone(zone).toInstant();
  }

  /**
   * An instant no occurrence ends after, for searching: the end of the single event, or the end of
   * the last day plus one occurrence's length.
   *
   * @return the instant, or null if it repeats without end
   */
  public @Nullable Instant latestEnd() {
    if (frequency == null) {
      return firstStartInstant().plus(duration);
    }
    if (until == null) {
      return null;
    }
    return until.plusDays(1).atStartOfDay(zone).toInstant().plus(duration);
  }

  /**
   * The RFC 5545 recurrence rule, such as {@code FREQ=WEEKLY;INTERVAL=2;UNTIL=20270331T215959Z}.
   *
   * @return the rule, or null for a single event
   */
  public @Nullable String rrule() {
    if (frequency == null) {
      return null;
    }
    if (until == null) {
      return frequency.rule();
    }
    Instant last = until.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
    return frequency.rule() + ";UNTIL=" + UTC_STAMP.format(last);
  }
}
