package dk.borgerdialog.event.application;

import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.event.model.EventListener;
import dk.borgerdialog.event.model.EventOutbox;
import dk.borgerdialog.event.model.PublishedEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Delivers the committed events of the outbox to the host's listeners, in order and at least once.
 *
 * <p>Each run takes the oldest unpublished events, hands each to every listener in turn and marks
 * the delivered ones published. It stops at the first event a listener throws on: that event and
 * all later ones stay unpublished and are offered again by the next run, so no listener ever sees
 * an event before an older one. A crash after a listener returned but before the mark delivers the
 * event again; listeners drop repeats by the event's id.
 *
 * <p>Meant to be run by one node at a time (the scheduling module runs it as a cluster-wide
 * recurring task); it is not itself locked.
 */
public final class EventRelay implements Runnable {
  /** How many events one batch takes, unless set. */
  public static final int DEFAULT_BATCH_SIZE = 100;

  private static final System.Logger LOG = System.getLogger(EventRelay.class.getName());

  private final EventOutbox outbox;
  private final List<EventListener> listeners;
  private final Clock clock;
  private final int batchSize;

  /**
   * Creates the relay.
   *
   * @param outbox where the events come from
   * @param listeners who receives them, in this order
   * @param clock the clock that stamps the delivery
   * @param batchSize how many events one batch takes; 1 to 10,000
   * @throws dk.borgerdialog.common.InvalidInputException if an argument is null or out of range
   */
  public EventRelay(EventOutbox outbox, List<EventListener> listeners, Clock clock, int batchSize) {
    this.outbox = Check.notNull("outbox", outbox);
    this.listeners = Check.list("listeners", listeners);
    this.clock = Check.notNull("clock", clock);
    Check.that(batchSize >= 1 && batchSize <= 10_000, "batchSize", "must be 1 to 10000");
    this.batchSize = batchSize;
  }

  /**
   * Creates a relay with the {@link #DEFAULT_BATCH_SIZE}.
   *
   * @param outbox where the events come from
   * @param listeners who receives them, in this order
   * @param clock the clock that stamps the delivery
   * @return the relay
   * @throws dk.borgerdialog.common.InvalidInputException if an argument is null
   */
  public static EventRelay of(EventOutbox outbox, List<EventListener> listeners, Clock clock) {
    return new EventRelay(outbox, listeners, clock, DEFAULT_BATCH_SIZE);
  }

  /**
   * Delivers one batch of the oldest unpublished events.
   *
   * @return how many events were delivered and marked published; fewer than a full batch when the
   *     outbox is drained or a listener failed
   * @throws dk.borgerdialog.common.UnableToAccessDatabaseException if the outbox cannot be read or
   *     written; events delivered but not marked are delivered again
   */
  public int relayBatch() {
    List<PublishedEvent> batch = outbox.unpublished(batchSize);
    List<UUID> delivered = new ArrayList<>(batch.size());
    for (PublishedEvent event : batch) {
      if (!deliver(event)) {
        break;
      }
      delivered.add(event.id());
    }
    if (!delivered.isEmpty()) {
      outbox.markPublished(delivered, clock.instant());
    }
    return delivered.size();
  }

  /**
   * Delivers batches until the outbox is drained or a listener fails.
   *
   * @throws dk.borgerdialog.common.UnableToAccessDatabaseException if the outbox cannot be read or
   *     written
   */
  @Override
  public void run() {
    // a full batch may have more behind it; a failure always delivers less than a full batch
    while (relayBatch() == batchSize) {
      // next batch
    }
  }

  private boolean deliver(PublishedEvent event) {
    for (EventListener listener : listeners) {
      try {
        listener.on(event);
      } catch (RuntimeException e) {
        LOG.log(
            System.Logger.Level.WARNING,
            "A listener failed on event {0} ({1}); it is offered again later: {2}",
            event.id(),
            event.type(),
            e.toString());
        return false;
      }
    }
    return true;
  }
}
