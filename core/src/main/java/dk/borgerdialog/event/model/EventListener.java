package dk.borgerdialog.event.model;

/**
 * Receives the committed domain events; the host registers it on the builder.
 *
 * <p>It is called after the change committed, from a background thread, one event at a time, in the
 * order the events were recorded. Returning normally means the event was handled. Throwing means it
 * was not: the event is offered again later, and no later event is delivered to any listener before
 * it. Delivery is at least once, so a listener should drop an event whose {@link
 * PublishedEvent#id()} it has handled before.
 */
@FunctionalInterface
public interface EventListener {

  /**
   * Handles one event.
   *
   * @param event the event
   * @throws RuntimeException if the event was not handled and is to be offered again
   */
  void on(PublishedEvent event);
}
