package dk.borgerdialog.reminder.model;

import dk.borgerdialog.common.DomainEvent;
import dk.borgerdialog.notification.model.ChannelKind;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A reminder was delivered.
 *
 * @param eventId the event's id
 * @param occurredAt when
 * @param reminder the reminder, now sent
 * @param channel the channel it went out on
 */
public record ReminderSent(UUID eventId, Instant occurredAt, Reminder reminder, ChannelKind channel)
    implements DomainEvent {

  /**
   * The event for a delivery that happened now.
   *
   * @param reminder the sent reminder
   * @param channel the channel
   * @param now the current instant
   * @return the event
   */
  public static ReminderSent now(Reminder reminder, ChannelKind channel, Instant now) {
    return new ReminderSent(UUID.randomUUID(), now, reminder, channel);
  }

  @Override
  public String type() {
    return "reminder.sent";
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
    attributes.put("offsetSeconds", Long.toString(reminder.offset().toSeconds()));
    attributes.put("channel", channel.name());
    return attributes;
  }
}
