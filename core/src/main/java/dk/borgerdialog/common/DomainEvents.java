package dk.borgerdialog.common;

import java.util.List;

/**
 * The outbox: records domain events in the current transaction (a secondary port).
 *
 * <p>Use cases call {@link #record(DomainEvent)} inside {@link Transactions#inTransaction}, so that
 * an event exists if and only if its change committed.
 */
public interface DomainEvents {

  /**
   * Records an event in the current transaction.
   *
   * @param event the event
   */
  void record(DomainEvent event);

  /**
   * The events recorded for one aggregate, oldest first.
   *
   * @param aggregateId the aggregate's id
   * @return the events' type names in order
   */
  List<String> typesFor(java.util.UUID aggregateId);

  /**
   * Records events in the current transaction, in batches where the store allows, in their order.
   *
   * @param events the events
   */
  default void recordAll(List<? extends DomainEvent> events) {
    for (DomainEvent event : events) {
      record(event);
    }
  }
}
