package dk.borgerdialog.plan.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An appointment was cancelled. The reason's code is an attribute; its text is not.
 *
 * @param eventId the event's id
 * @param occurredAt when it happened
 * @param appointment the appointment after the event
 */
public record AppointmentCancelled(UUID eventId, Instant occurredAt, Appointment appointment)
    implements AppointmentEvent {

  /**
   * The event for a cancellation that happened now.
   *
   * @param appointment the appointment after the event
   * @param now the current instant
   * @return the event
   */
  public static AppointmentCancelled now(Appointment appointment, Instant now) {
    return new AppointmentCancelled(UUID.randomUUID(), now, appointment);
  }

  @Override
  public String type() {
    return "appointment.cancelled";
  }

  @Override
  public Map<String, String> extraAttributes() {
    CancellationReason reason = Objects.requireNonNull(appointment.cancellation());
    // ordered: Map.of iterates in a different order on every JVM start
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put("reason", reason.code().name());
    extra.put("cancelledBy", String.valueOf(appointment.cancelledBy()));
    return extra;
  }
}
