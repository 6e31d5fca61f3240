package dk.borgerdialog.event.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The outbox as the relay reads it: committed events not yet delivered (a secondary port).
 *
 * <p>Only committed events are visible here; an event of a rolled-back use case never is.
 */
public interface EventOutbox {

  /**
   * The oldest events not yet marked published, in the order they were recorded.
   *
   * @param limit the most events to return; positive
   * @return the events, in increasing {@link PublishedEvent#sequence()}
   * @throws dk.borgerdialog.common.InvalidInputException if the limit is not positive
   */
  List<PublishedEvent> unpublished(int limit);

  /**
   * Marks events as delivered, so that {@link #unpublished} no longer returns them. Ids already
   * marked or unknown are ignored.
   *
   * @param ids the events' ids
   * @param at when they were delivered
   */
  void markPublished(List<UUID> ids, Instant at);
}
