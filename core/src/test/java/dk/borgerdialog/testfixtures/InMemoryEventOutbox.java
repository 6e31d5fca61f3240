package dk.borgerdialog.testfixtures;

import dk.borgerdialog.event.model.EventOutbox;
import dk.borgerdialog.event.model.PublishedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The outbox as a list in sequence order, with the time each event was marked published. */
public final class InMemoryEventOutbox implements EventOutbox {
  private final List<PublishedEvent> events = new ArrayList<>();
  private final Map<UUID, Instant> published = new HashMap<>();
  private long sequence;
  private int failMarksLeft;

  /**
   * Appends a committed event.
   *
   * @param type its type
   * @param aggregateId its aggregate
   * @return the event
   */
  public synchronized PublishedEvent add(String type, UUID aggregateId) {
    PublishedEvent event =
        new PublishedEvent(
            UUID.randomUUID(),
            ++sequence,
            type,
            aggregateId,
            Instant.parse("2026-01-01T00:00:00Z"),
            Map.of("n", Long.toString(sequence)));
    events.add(event);
    return event;
  }

  /** Makes the next call of {@link #markPublished} fail, as a crash before the mark would. */
  public synchronized void failNextMark() {
    failMarksLeft++;
  }

  @Override
  public synchronized List<PublishedEvent> unpublished(int limit) {
    return events.stream().filter(e -> !published.containsKey(e.id())).limit(limit).toList();
  }

  @Override
  public synchronized void markPublished(List<UUID> ids, Instant at) {
    if (failMarksLeft > 0) {
      failMarksLeft--;
      throw new IllegalStateException("the database went away (expected by the test)");
    }
    ids.forEach(id -> published.putIfAbsent(id, at));
  }

  /**
   * When an event was marked published.
   *
   * @param id the event
   * @return the instant, or null if not published
   */
  public synchronized Instant publishedAt(UUID id) {
    return published.get(id);
  }
}
