package dk.borgerdialog.reminder.model;

import dk.borgerdialog.plan.model.Appointment;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Plans the reminders of an appointment: one per offset of the unit's policy, due at the start
 * minus the offset, as an exact instant, so that the day the clocks change neither adds nor loses
 * an hour of warning.
 *
 * <p>A reminder that falls in the citizen's quiet hours moves earlier, to {@link #QUIET_MARGIN}
 * before they begin (20:45 for quiet hours from 21:00), so that a retry still falls before them; a
 * critical policy keeps it where it is. If that moment has already passed when the reminder is
 * planned, it goes out when the quiet hours end instead, if that is still before the appointment. A
 * reminder whose time has passed when it is planned is not planned at all, and two reminders that
 * land on the same moment become one.
 */
public final class ReminderPlanner {
  /** How long before quiet hours a reminder moved out of them goes out: room for two retries. */
  public static final Duration QUIET_MARGIN = Duration.ofMinutes(15);

  private ReminderPlanner() {}

  /**
   * The reminders for a booked appointment.
   *
   * @param appointment the appointment
   * @param policy the unit's policy
   * @param quietHours the citizen's quiet hours
   * @param zone the citizen's zone
   * @param now the current instant
   * @return the reminders to plan, earliest first; possibly none
   */
  public static List<Reminder> plan(
      Appointment appointment,
      ReminderPolicy policy,
      QuietHours quietHours,
      ZoneId zone,
      Instant now) {
    List<Reminder> planned = new ArrayList<>();
    Set<Instant> taken = new HashSet<>();
    for (Duration offset : policy.offsets()) {
      Instant due = appointment.start().minus(offset);
      if (!policy.critical() && quietHours.contains(due, zone)) {
        Instant before = quietHours.startOfPeriod(due, zone).minus(QUIET_MARGIN);
        due = before.isAfter(now) ? before : quietHours.endOfPeriod(due, zone);
      }
      if (!due.isAfter(now) || !due.isBefore(appointment.start()) || !taken.add(due)) {
        continue;
      }
      planned.add(
          new Reminder(
              ReminderId.random(),
              appointment.id(),
              appointment.citizen(),
              appointment.unit(),
              offset,
              due,
              appointment.start(),
              ReminderStatus.PENDING,
              null,
              null,
              0));
    }
    planned.sort(java.util.Comparator.comparing(Reminder::dueAt));
    return planned;
  }
}
