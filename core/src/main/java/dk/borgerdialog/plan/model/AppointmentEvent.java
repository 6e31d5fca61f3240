package dk.borgerdialog.plan.model;

import dk.borgerdialog.common.DomainEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An event in an appointment's life. Its attributes carry ids, times and codes only, never the
 * cancellation text or anything else a citizen wrote.
 *
 * @see AppointmentBooked
 * @see AppointmentMoved
 * @see AppointmentCancelled
 * @see AppointmentAttended
 * @see AppointmentMarkedNoShow
 */
public sealed interface AppointmentEvent extends DomainEvent
    permits AppointmentBooked,
        AppointmentMoved,
        AppointmentCancelled,
        AppointmentAttended,
        AppointmentMarkedNoShow {

  /**
   * The appointment as it was after the event.
   *
   * @return the appointment
   */
  Appointment appointment();

  @Override
  default UUID aggregateId() {
    return appointment().id().value();
  }

  @Override
  default Map<String, String> attributes() {
    Appointment a = appointment();
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("appointmentId", a.id().toString());
    attributes.put("citizenId", a.citizen().toString());
    attributes.put("courseId", a.course().toString());
    attributes.put("unitId", a.unit().toString());
    attributes.put("type", a.type().code());
    attributes.put("start", a.start().toString());
    attributes.put("end", a.end().toString());
    attributes.put("status", a.status().name());
    attributes.putAll(extraAttributes());
    return attributes;
  }

  /**
   * Attributes particular to the event's type.
   *
   * @return the extra attributes in a stable order (not {@code Map.of}), possibly none
   */
  default Map<String, String> extraAttributes() {
    return Map.of();
  }
}
