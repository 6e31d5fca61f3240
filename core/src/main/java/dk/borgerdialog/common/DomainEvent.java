package dk.borgerdialog.common;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Something that happened in the domain, recorded in the same transaction as the change itself.
 *
 * <p>Events are written to an outbox by {@link DomainEvents} and delivered after commit. Their
 * attributes carry ids and times only, never free text or personal data.
 */
public interface DomainEvent {

  /**
   * The event's own id, unique across all events.
   *
   * @return the id
   */
  UUID eventId();

  /**
   * When it happened, by the injected clock.
   *
   * @return the instant
   */
  Instant occurredAt();

  /**
   * The type name, such as {@code "appointment.booked"}, stable across releases.
   *
   * @return the type
   */
  String type();

  /**
   * The id of the aggregate that changed; events of one aggregate are delivered in order.
   *
   * @return the aggregate's id
   */
  UUID aggregateId();

  /**
   * The ids and times that describe the event, as text.
   *
   * @return an ordered map of attribute names to values
   */
  Map<String, String> attributes();
}
