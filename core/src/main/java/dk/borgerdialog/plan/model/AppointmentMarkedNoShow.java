package dk.borgerdialog.plan.model;

import java.time.Instant;
import java.util.UUID;

/**
 * The citizen did not come to an appointment.
 *
 * @param eventId the event's id
 * @param occurredAt when it happened
 * @param appointment the appointment after the event
 */
public record AppointmentMarkedNoShow(UUID eventId, Instant occurredAt, Appointment appointment)
    implements AppointmentEvent {

  /**
   * The event for a no-show that happened now.
   *
   * @param appointment the appointment after the event
   * @param now the current instant
   * @return the event
   */
  public static AppointmentMarkedNoShow now(Appointment appointment, Instant now) {
    return new AppointmentMarkedNoShow(UUID.randomUUID(), now, appointment);
  }

  @Override
  public String type() {
    return "appointment.no-show";
  }
}
