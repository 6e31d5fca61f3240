package dk.borgerdialog.reminder.model;

import dk.borgerdialog.common.DomainEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A reminder could not be delivered on any channel before its appointment: staff can see it.
 *
 * @param eventId the event's id
 * @param occurredAt when
 * @param reminder the reminder, now undelivered
 */
public record ReminderUndelivered(UUID eventId, Instant occurredAt, Reminder reminder)
    implements DomainEvent {

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

  @Override
  public UUID aggregateId() {
    return reminder.appointment().value();
  }

  @Override
  public Map<String, String> attributes() {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("reminderId", reminder.id().toString());
    attributes.put("appointmentId", reminder.appointment().toString());
    attributes.put("citizenId", reminder.citizen().toString());
    attributes.put("unitId", reminder.unit().toString());
    return attributes;
  }
}
