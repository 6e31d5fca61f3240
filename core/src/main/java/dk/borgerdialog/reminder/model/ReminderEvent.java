package dk.borgerdialog.reminder.model;

import dk.borgerdialog.common.DomainEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An event in a reminder's life, in the stream of its appointment (so that a host sees a booking,
 * its reminders and its cancellation in order). Attributes carry ids and codes only.
 *
 * @see ReminderSent
 * @see ReminderUndelivered
 */
public sealed interface ReminderEvent extends DomainEvent
    permits ReminderSent, ReminderUndelivered {

  /**
   * The reminder as it was after the event.
   *
   * @return the reminder
   */
  Reminder reminder();

  @Override
  default UUID aggregateId() {
    return reminder().appointment().value();
  }

  @Override
  default Map<String, String> attributes() {
    Reminder r = reminder();
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("reminderId", r.id().toString());
    attributes.put("appointmentId", r.appointment().toString());
    attributes.put("citizenId", r.citizen().toString());
    attributes.put("unitId", r.unit().toString());
    attributes.put("offsetSeconds", Long.toString(r.offset().toSeconds()));
    attributes.putAll(extraAttributes());
    return attributes;
  }

  /**
   * Attributes particular to the event's type.
   *
   * @return the extra attributes, possibly none
   */
  default Map<String, String> extraAttributes() {
    return Map.of();
  }
}
