package dk.borgerdialog.reminder.model;

import dk.borgerdialog.common.internal.Check;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * When a unit reminds its citizens of an appointment: offsets before the start, such as 72 hours,
 * 24 hours and 2 hours (less than an hour works too).
 *
 * @param offsets how long before the start each reminder is due; distinct, positive, at most 30
 *     days, at most 5
 * @param critical whether reminders may go out in the citizen's quiet hours (for appointments that
 *     must not be missed)
 */
public record ReminderPolicy(List<Duration> offsets, boolean critical) {
  /** The most offsets a policy may have. */
  public static final int MAX_OFFSETS = 5;

  /** The policy of a unit that has set none: 24 hours and 2 hours before, quiet hours kept. */
  public static final ReminderPolicy DEFAULT =
      new ReminderPolicy(List.of(Duration.ofHours(24), Duration.ofHours(2)), false);

  /** Validates the policy and orders the offsets, longest first. */
  public ReminderPolicy {
    Check.list("offsets", offsets);
    Check.that(offsets.size() <= MAX_OFFSETS, "offsets", "must be at most " + MAX_OFFSETS);
    for (Duration offset : offsets) {
      Check.that(
          offset.compareTo(Duration.ofMinutes(1)) >= 0
              && offset.compareTo(Duration.ofDays(30)) <= 0,
          "offsets",
          "must each be 1 minute to 30 days");
    }
    Check.that(
        offsets.stream().distinct().count() == offsets.size(), "offsets", "must be distinct");
    offsets = offsets.stream().sorted(Comparator.reverseOrder()).toList();
  }

  /**
   * A policy of offsets in hours, keeping quiet hours.
   *
   * @param hours hours before the start
   * @return the policy
   */
  public static ReminderPolicy hoursBefore(long... hours) {
    return new ReminderPolicy(
        java.util.Arrays.stream(hours).mapToObj(Duration::ofHours).toList(), false);
  }
}
