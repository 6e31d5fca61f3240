package dk.borgerdialog.reminder.model;

import java.time.Instant;
import java.util.UUID;

/**
 * A reminder could not be delivered on any channel before its appointment: staff can see it.
 *
 * @param eventId the event's id
 * @param occurredAt when
 * @param reminder the reminder, now undelivered
 */
public record ReminderUndelivered(UUID eventId, Instant occurredAt, Reminder reminder)
    implements ReminderEvent {

  /**
   * The event for a reminder given up now.
   *
   * @param reminder the undelivered reminder
   * @param now the current instant
   * @return the event
   */
  public static ReminderUndelivered now(Reminder reminder, Instant now) {
    return new ReminderUndelivered(UUID.randomUUID(), now, reminder);
  }

  @Override
  public String type() {
    return "reminder.undelivered";
  }
}
