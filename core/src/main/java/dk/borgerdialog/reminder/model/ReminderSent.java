package dk.borgerdialog.reminder.model;

import dk.borgerdialog.notification.model.ChannelKind;
import java.time.Instant;
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
    implements ReminderEvent {

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
  public Map<String, String> extraAttributes() {
    return Map.of("channel", channel.name());
  }
}
