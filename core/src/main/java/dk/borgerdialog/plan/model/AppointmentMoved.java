package dk.borgerdialog.plan.model;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An appointment was moved: it is now {@link AppointmentStatus#MOVED} and {@code replacement} is
 * booked instead.
 *
 * @param eventId the event's id
 * @param occurredAt when it happened
 * @param appointment the appointment after the event
 * @param replacement the new, booked appointment
 */
public record AppointmentMoved(
    UUID eventId, Instant occurredAt, Appointment appointment, Appointment replacement)
    implements AppointmentEvent {

  /**
   * The event for a move that happened now.
   *
   * @param appointment the appointment after the event
   * @param replacement the new, booked appointment
   * @param now the current instant
   * @return the event
   */
  public static AppointmentMoved now(
      Appointment appointment, Appointment replacement, Instant now) {
    return new AppointmentMoved(UUID.randomUUID(), now, appointment, replacement);
  }

  @Override
  public String type() {
    return "appointment.moved";
  }

  @Override
  public java.util.Map<String, String> extraAttributes() {
    return Map.of(
        "replacementId", replacement.id().toString(),
        "replacementStart", replacement.start().toString(),
        "replacementEnd", replacement.end().toString());
  }
}
