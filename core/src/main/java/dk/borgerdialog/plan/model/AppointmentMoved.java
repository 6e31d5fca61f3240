package dk.borgerdialog.plan.model;

import java.time.Instant;
import java.util.LinkedHashMap;
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
  public Map<String, String> extraAttributes() {
    // ordered: Map.of iterates in a different order on every JVM start
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put("replacementId", replacement.id().toString());
    extra.put("replacementStart", replacement.start().toString());
    extra.put("replacementEnd", replacement.end().toString());
    return extra;
  }
}
