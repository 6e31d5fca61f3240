package dk.borgerdialog.messaging.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.borgerdialog.event.model.PublishedEvent;
import dk.borgerdialog.messaging.internal.HttpDelivery;
import dk.borgerdialog.messaging.internal.Require;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

/**
 * The JSON envelope of an event, as documented in {@code docs/EVENTS.md}.
 *
 * <pre>{@code
 * {"type": "appointment.booked", "id": "…", "time": "2026-10-23T10:00:00Z",
 *  "subject": "<aggregate id>", "sequence": 42, "data": {"appointmentId": "…", …}}
 * }</pre>
 *
 * <p>{@code time} is ISO-8601 in UTC; {@code data} holds the event's attributes as strings, in
 * their order. The same event always gives the same text.
 */
public final class EventJson {
  private EventJson() {}

  /**
   * Writes an event's envelope.
   *
   * @param event the event
   * @return the JSON text, without line breaks
   * @throws IllegalArgumentException if the event is null
   */
  public static String toJson(PublishedEvent event) {
    Require.notNull("event", event);
    ObjectNode json = HttpDelivery.json().createObjectNode();
    json.put("type", event.type());
    json.put("id", event.id().toString());
    json.put("time", DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()));
    json.put("subject", event.aggregateId().toString());
    json.put("sequence", event.sequence());
    ObjectNode data = json.putObject("data");
    event.data().forEach(data::put);
    try {
      return HttpDelivery.json().writeValueAsString(json);
    } catch (JsonProcessingException e) {
      // a tree of strings and numbers always serialises
      throw new UncheckedIOException(e);
    }
  }
}
