package dk.borgerdialog.plan.model;

import java.time.Instant;
import java.util.UUID;

/**
 * The citizen came to an appointment.
 *
 * @param eventId the event's id
 * @param occurredAt when it happened
 * @param appointment the appointment after the event
 */
public record AppointmentAttended(UUID eventId, Instant occurredAt, Appointment appointment)
    implements AppointmentEvent {

  /**
   * The event for an attendance that happened now.
   *
   * @param appointment the appointment after the event
   * @param now the current instant
   * @return the event
   */
  public static AppointmentAttended now(Appointment appointment, Instant now) {
    return new AppointmentAttended(UUID.randomUUID(), now, appointment);
  }

  @Override
  public String type() {
    return "appointment.attended";
  }
}
