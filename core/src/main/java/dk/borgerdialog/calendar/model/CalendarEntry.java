package dk.borgerdialog.calendar.model;

import dk.borgerdialog.common.internal.Check;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * One event of a calendar (an RFC 5545 VEVENT): an appointment or an activity occurrence.
 *
 * <p>Its uid stays the same for the life of what it shows, and its sequence grows with every
 * change, so calendar clients update the event instead of adding another. A cancelled event stays
 * in the feed, marked cancelled, so clients remove it.
 *
 * @param uid the stable unique id
 * @param sequence the revision, growing with every change
 * @param start the start
 * @param end the end
 * @param zone the zone its times are shown in
 * @param summary the neutral title: never a CPR number or a health detail
 * @param location the address or link, or null
 * @param cancelled whether it was cancelled
 * @param stamp when the entry was produced
 */
public record CalendarEntry(
    String uid,
    long sequence,
    Instant start,
    Instant end,
    ZoneId zone,
    String summary,
    @Nullable String location,
    boolean cancelled,
    Instant stamp) {
  /** Validates the entry. */
  public CalendarEntry {
    uid = Check.text("uid", uid, 200);
    Check.that(sequence >= 0, "sequence", "must not be negative");
    Check.notNull("start", start);
    Check.notNull("end", end);
    Check.that(start.isBefore(end), "end", "must be after start");
    Check.notNull("zone", zone);
    summary = Check.text("summary", summary, 300);
    location = Check.optionalText("location", location, 400);
    Check.notNull("stamp", stamp);
  }
}
