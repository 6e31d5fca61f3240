package dk.borgerdialog.event.model;

import dk.borgerdialog.common.internal.Check;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A committed domain event as it is delivered to the host.
 *
 * <p>Events are delivered at least once: a listener may see the same {@link #id()} again and should
 * drop the repeat. Events of one aggregate arrive in the order of their {@link #sequence()}.
 *
 * @param id the event's id, unique across all events; the same on every delivery
 * @param sequence the event's position in the outbox; increases in the order events were recorded
 * @param type the type name, such as {@code "appointment.booked"}
 * @param aggregateId the id of the aggregate that changed (the event's subject)
 * @param occurredAt when it happened, by the injected clock
 * @param data the event's attributes: ids and times as text, never personal data
 */
public record PublishedEvent(
    UUID id,
    long sequence,
    String type,
    UUID aggregateId,
    Instant occurredAt,
    Map<String, String> data) {

  /**
   * Checks the parts and keeps an unmodifiable copy of the data in its order.
   *
   * @throws dk.borgerdialog.common.InvalidInputException if a part is null or the type is blank
   */
  public PublishedEvent {
    Check.notNull("id", id);
    Check.notNull("aggregateId", aggregateId);
    Check.notNull("occurredAt", occurredAt);
    type = Check.text("type", type, 100);
    Check.notNull("data", data);
    data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
  }
}
