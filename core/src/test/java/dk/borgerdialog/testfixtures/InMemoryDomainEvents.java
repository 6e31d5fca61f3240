package dk.borgerdialog.testfixtures;

import dk.borgerdialog.common.DomainEvent;
import dk.borgerdialog.common.DomainEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The outbox as a list, oldest first. */
public final class InMemoryDomainEvents implements DomainEvents {
  private final List<DomainEvent> recorded = new ArrayList<>();

  @Override
  public synchronized void record(DomainEvent event) {
    recorded.add(event);
  }

  @Override
  public synchronized List<String> typesFor(UUID aggregateId) {
    return recorded.stream()
        .filter(e -> e.aggregateId().equals(aggregateId))
        .map(DomainEvent::type)
        .toList();
  }

  /**
   * Every recorded event, oldest first.
   *
   * @return the events
   */
  public synchronized List<DomainEvent> all() {
    return List.copyOf(recorded);
  }

  /**
   * The types of every recorded event, oldest first.
   *
   * @return the type names
   */
  public synchronized List<String> types() {
    return recorded.stream().map(DomainEvent::type).toList();
  }

  /**
   * The recorded events of one class, oldest first.
   *
   * @param type the event class
   * @param <E> the event type
   * @return the events
   */
  public synchronized <E extends DomainEvent> List<E> all(Class<E> type) {
    return recorded.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /**
   * How many events were recorded.
   *
   * @return the count
   */
  public synchronized int size() {
    return recorded.size();
  }
}
