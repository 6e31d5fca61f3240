package dk.borgerdialog.insight.model;

import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A unit's attendance figures for one period, and the no-show rate with and without reminders.
 *
 * <p>The period is half-open, {@code [from, to)}, and an appointment belongs to it by its start.
 * The <em>counted appointments</em> are the unit's appointments that start in the period, in any
 * status but {@code MOVED}: a moved appointment is counted through its replacement, which has its
 * own start. The <em>marked</em> ones are those {@code ATTENDED} or {@code NO_SHOW}. A no-show rate
 * is no-shows / (attended + no-shows) of some marked appointments, and 0 when there are none. A
 * reminder counts when its status is {@code SENT} (delivered on some channel).
 *
 * @param unit the unit
 * @param from the first instant of the period
 * @param to the instant after the period
 * @param appointments the counted appointments, whatever their status (booked, cancelled, attended,
 *     no-show)
 * @param attended the counted appointments marked attended
 * @param noShows the counted appointments marked no-show
 * @param noShowRate noShows / (attended + noShows), or 0
 * @param cancellations the counted appointments that are cancelled
 * @param cancellationsByReason the cancellations per reason code: every code, in the order of
 *     {@link CancellationReasonCode}, 0 where none
 * @param rebooked the cancellations that were rebooked: another appointment of the same course, not
 *     the replacement of a move, was booked at or after the cancellation and at most {@link
 *     #REBOOKING_WINDOW} after it
 * @param markedWithReminder the marked appointments with at least one sent reminder
 * @param noShowRateWithReminder the no-show rate of those
 * @param markedWithoutReminder the marked appointments without a sent reminder
 * @param noShowRateWithoutReminder the no-show rate of those
 * @param noShowRateByReminderOffset per reminder offset, the no-show rate of the marked
 *     appointments whose reminder with that offset was sent; longest offset first, offsets with no
 *     such appointment left out
 */
public record UnitInsights(
    UnitId unit,
    Instant from,
    Instant to,
    long appointments,
    long attended,
    long noShows,
    double noShowRate,
    long cancellations,
    Map<CancellationReasonCode, Long> cancellationsByReason,
    long rebooked,
    long markedWithReminder,
    double noShowRateWithReminder,
    long markedWithoutReminder,
    double noShowRateWithoutReminder,
    Map<Duration, Double> noShowRateByReminderOffset) {

  /** How long after a cancellation a new booking in the same course counts as its rebooking. */
  public static final Duration REBOOKING_WINDOW = Duration.ofDays(14);

  /** Validates the figures and fixes the order of the maps. */
  public UnitInsights {
    Check.notNull("unit", unit);
    Check.notNull("from", from);
    Check.notNull("to", to);
    Check.that(from.isBefore(to), "to", "must be after from");
    Check.that(appointments >= 0, "appointments", "must not be negative");
    Check.that(attended >= 0 && noShows >= 0, "attended", "must not be negative");
    Check.that(
        attended + noShows + cancellations <= appointments,
        "appointments",
        "must include the attended, no-shows and cancellations");
    Check.that(
        rebooked >= 0 && rebooked <= cancellations, "rebooked", "must be 0 to cancellations");
    Check.that(
        markedWithReminder >= 0
            && markedWithoutReminder >= 0
            && markedWithReminder + markedWithoutReminder == attended + noShows,
        "markedWithReminder",
        "with and without a reminder must add up to the marked appointments");
    Check.notNull("cancellationsByReason", cancellationsByReason);
    Map<CancellationReasonCode, Long> byReason = new LinkedHashMap<>();
    long sum = 0;
    for (CancellationReasonCode code : CancellationReasonCode.values()) {
      long count = cancellationsByReason.getOrDefault(code, 0L);
      Check.that(count >= 0, "cancellationsByReason", "must not be negative");
      byReason.put(code, count);
      sum += count;
    }
    Check.that(sum == cancellations, "cancellationsByReason", "must add up to cancellations");
    cancellationsByReason = Collections.unmodifiableMap(byReason);
    Check.notNull("noShowRateByReminderOffset", noShowRateByReminderOffset);
    Map<Duration, Double> byOffset = new LinkedHashMap<>();
    noShowRateByReminderOffset.entrySet().stream()
        .sorted(Map.Entry.<Duration, Double>comparingByKey(Comparator.reverseOrder()))
        .forEach(e -> byOffset.put(e.getKey(), checkedRate(e.getValue())));
    noShowRateByReminderOffset = Collections.unmodifiableMap(byOffset);
    checkedRate(noShowRate);
    checkedRate(noShowRateWithReminder);
    checkedRate(noShowRateWithoutReminder);
  }

  /**
   * The no-show rate of some marked appointments.
   *
   * @param attended how many were attended
   * @param noShows how many were no-shows
   * @return noShows / (attended + noShows), or 0 when both are 0
   */
  public static double noShowRate(long attended, long noShows) {
    long marked = attended + noShows;
    return marked == 0 ? 0.0 : (double) noShows / marked;
  }

  private static double checkedRate(double rate) {
    Check.that(rate >= 0.0 && rate <= 1.0, "noShowRate", "must be 0 to 1");
    return rate;
  }
}
