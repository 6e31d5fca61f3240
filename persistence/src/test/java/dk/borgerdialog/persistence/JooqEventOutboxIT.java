package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.DomainEvent;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.event.model.EventOutbox;
import dk.borgerdialog.event.model.PublishedEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqEventOutboxIT {

  @Nested
  class OnH2 extends Contract {
    OnH2() {
      super(Database.H2);
    }
  }

  @Nested
  class OnPostgres extends Contract {
    OnPostgres() {
      super(Database.POSTGRES);
    }
  }

  abstract static class Contract extends DatabaseContract {
    private JooqPersistence store;

    Contract(Database database) {
      super(database);
    }

    @BeforeEach
    void emptyOutbox() {
      store = freshPersistence();
    }

    EventOutbox outbox() {
      return store.eventOutbox();
    }

    @Test
    void unpublished_events_come_back_in_recording_order_with_their_data() {
      UUID aggregate = UUID.randomUUID();
      Map<String, String> data = new LinkedHashMap<>();
      data.put("zeta", "1");
      data.put("alpha", "Vej \"1\" \\ 2, Ærø\n");
      DomainEvent booked = event("appointment.booked", aggregate, NOW, data);
      // an earlier instant recorded later still comes later
      DomainEvent moved =
          event("appointment.moved", aggregate, NOW.minusSeconds(60), Map.of("a", "b"));
      store.domainEvents().record(booked);
      store.domainEvents().record(moved);

      List<PublishedEvent> events = outbox().unpublished(10);

      assertThat(events)
          .extracting(PublishedEvent::id)
          .containsExactly(booked.eventId(), moved.eventId());
      PublishedEvent first = events.get(0);
      assertThat(first.type()).isEqualTo("appointment.booked");
      assertThat(first.aggregateId()).isEqualTo(aggregate);
      assertThat(first.occurredAt()).isEqualTo(NOW);
      assertThat(first.data())
          .containsExactly(Map.entry("zeta", "1"), Map.entry("alpha", "Vej \"1\" \\ 2, Ærø\n"));
      assertThat(events.get(1).sequence()).isGreaterThan(first.sequence());
    }

    @Test
    void the_limit_takes_the_oldest() {
      DomainEvent e1 = event("appointment.booked", UUID.randomUUID(), NOW, Map.of());
      DomainEvent e2 = event("appointment.booked", UUID.randomUUID(), NOW, Map.of());
      store.domainEvents().record(e1);
      store.domainEvents().record(e2);

      assertThat(outbox().unpublished(1))
          .extracting(PublishedEvent::id)
          .containsExactly(e1.eventId());
      assertThatThrownBy(() -> outbox().unpublished(0)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void marked_events_are_no_longer_unpublished_and_marking_again_keeps_the_first_time() {
      DomainEvent e1 = event("appointment.booked", UUID.randomUUID(), NOW, Map.of());
      DomainEvent e2 = event("appointment.cancelled", UUID.randomUUID(), NOW, Map.of());
      store.domainEvents().record(e1);
      store.domainEvents().record(e2);

      outbox().markPublished(List.of(e1.eventId(), UUID.randomUUID()), NOW.plusSeconds(1));
      outbox().markPublished(List.of(e1.eventId()), NOW.plusSeconds(9));
      outbox().markPublished(List.of(), NOW);

      assertThat(outbox().unpublished(10))
          .extracting(PublishedEvent::id)
          .containsExactly(e2.eventId());
    }

    @Test
    void an_event_of_a_rolled_back_transaction_is_never_unpublished() {
      UUID aggregate = UUID.randomUUID();
      assertThatThrownBy(
              () ->
                  store
                      .transactions()
                      .inTransaction(
                          () -> {
                            store
                                .domainEvents()
                                .record(event("appointment.moved", aggregate, NOW, Map.of()));
                            throw new IllegalStateException("rolled back");
                          }))
          .hasMessage("rolled back");

      assertThat(outbox().unpublished(10)).isEmpty();
    }

    private static DomainEvent event(
        String type, UUID aggregate, Instant at, Map<String, String> attributes) {
      UUID id = UUID.randomUUID();
      return new DomainEvent() {
        @Override
        public UUID eventId() {
          return id;
        }

        @Override
        public Instant occurredAt() {
          return at;
        }

        @Override
        public String type() {
          return type;
        }

        @Override
        public UUID aggregateId() {
          return aggregate;
        }

        @Override
        public Map<String, String> attributes() {
          return attributes;
        }
      };
    }
  }
}
