package dk.borgerdialog.event.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.event.model.EventListener;
import dk.borgerdialog.event.model.PublishedEvent;
import dk.borgerdialog.testfixtures.InMemoryEventOutbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventRelayTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private final SettableClock clock = SettableClock.at(NOW);
  private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
  private final Recording first = new Recording();
  private final Recording second = new Recording();

  @Test
  void every_listener_gets_every_event_in_order_and_delivered_events_are_marked() {
    UUID a = UUID.randomUUID();
    PublishedEvent booked = outbox.add("appointment.booked", a);
    PublishedEvent moved = outbox.add("appointment.moved", a);
    EventRelay relay = new EventRelay(outbox, List.of(first, second), clock, 10);

    assertThat(relay.relayBatch()).isEqualTo(2);

    assertThat(first.seen).containsExactly(booked, moved);
    assertThat(second.seen).containsExactly(booked, moved);
    assertThat(outbox.publishedAt(booked.id())).isEqualTo(NOW);
    assertThat(outbox.unpublished(10)).isEmpty();
    assertThat(relay.relayBatch()).isZero();
    assertThat(first.seen).hasSize(2);
  }

  @Test
  void a_failing_event_stops_the_batch_and_it_and_later_events_are_offered_again() {
    PublishedEvent e1 = outbox.add("appointment.booked", UUID.randomUUID());
    PublishedEvent e2 = outbox.add("appointment.moved", UUID.randomUUID());
    PublishedEvent e3 = outbox.add("appointment.cancelled", UUID.randomUUID());
    second.failOn(e2, 1);
    EventRelay relay = new EventRelay(outbox, List.of(first, second), clock, 10);

    assertThat(relay.relayBatch()).isEqualTo(1);
    assertThat(first.seen).containsExactly(e1, e2);
    assertThat(second.seen).containsExactly(e1, e2);
    assertThat(outbox.unpublished(10)).containsExactly(e2, e3);

    assertThat(relay.relayBatch()).isEqualTo(2);
    assertThat(first.seen).containsExactly(e1, e2, e2, e3);
    assertThat(second.seen).containsExactly(e1, e2, e2, e3);
    assertThat(outbox.unpublished(10)).isEmpty();
  }

  @Test
  void a_crash_before_the_mark_delivers_the_events_again() {
    PublishedEvent e1 = outbox.add("appointment.booked", UUID.randomUUID());
    outbox.failNextMark();
    EventRelay relay = new EventRelay(outbox, List.of(first), clock, 10);

    assertThatThrownBy(relay::relayBatch).isInstanceOf(IllegalStateException.class);
    assertThat(relay.relayBatch()).isEqualTo(1);

    assertThat(first.seen).containsExactly(e1, e1);
  }

  @Test
  void run_relays_batch_after_batch_until_the_outbox_is_drained() {
    List<PublishedEvent> all = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      all.add(outbox.add("appointment.booked", UUID.randomUUID()));
    }
    EventRelay relay = new EventRelay(outbox, List.of(first), clock, 3);

    relay.run();

    assertThat(first.seen).containsExactlyElementsOf(all);
    assertThat(outbox.unpublished(10)).isEmpty();
  }

  @Test
  void run_stops_at_a_failure() {
    PublishedEvent e1 = outbox.add("appointment.booked", UUID.randomUUID());
    PublishedEvent e2 = outbox.add("appointment.booked", UUID.randomUUID());
    outbox.add("appointment.booked", UUID.randomUUID());
    first.failOn(e2, Integer.MAX_VALUE);
    EventRelay relay = new EventRelay(outbox, List.of(first), clock, 1);

    relay.run();

    assertThat(first.seen).containsExactly(e1, e2);
    assertThat(outbox.unpublished(10)).hasSize(2).first().isEqualTo(e2);
  }

  @Test
  void without_listeners_events_are_marked_published() {
    PublishedEvent e1 = outbox.add("appointment.booked", UUID.randomUUID());

    assertThat(EventRelay.of(outbox, List.of(), clock).relayBatch()).isEqualTo(1);
    assertThat(outbox.publishedAt(e1.id())).isEqualTo(NOW);
  }

  @Test
  void batchSize_out_of_range() {
    assertThatThrownBy(() -> new EventRelay(outbox, List.of(), clock, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("batchSize");
  }

  /** Records what it saw, including events it then failed on. */
  private static final class Recording implements EventListener {
    final List<PublishedEvent> seen = new ArrayList<>();
    private PublishedEvent failing;
    private int failuresLeft;

    void failOn(PublishedEvent event, int times) {
      failing = event;
      failuresLeft = times;
    }

    @Override
    public void on(PublishedEvent event) {
      seen.add(event);
      if (event.equals(failing) && failuresLeft > 0) {
        failuresLeft--;
        throw new IllegalStateException("the host is down (expected by the test)");
      }
    }
  }
}
