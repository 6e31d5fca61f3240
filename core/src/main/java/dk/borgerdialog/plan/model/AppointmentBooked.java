package dk.borgerdialog.plan.model;

import java.time.Instant;
import java.util.UUID;

/**
 * An appointment was booked.
 *
 * @param eventId the event's id
 * @param occurredAt when it happened
 * @param appointment the appointment after the event
 */
public record AppointmentBooked(UUID eventId, Instant occurredAt, Appointment appointment)
    implements AppointmentEvent {

  /**
   * The event for a booking that happened now.
   *
   * @param appointment the appointment after the event
   * @param now the current instant
   * @return the event
   */
  public static AppointmentBooked now(Appointment appointment, Instant now) {
    return new AppointmentBooked(UUID.randomUUID(), now, appointment);
  }

  @Override
  public String type() {
    return "appointment.booked";
  }
}
