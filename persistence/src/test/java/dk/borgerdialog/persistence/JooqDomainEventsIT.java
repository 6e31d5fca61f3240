package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.DomainEvent;
import dk.borgerdialog.common.DomainEvents;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentBooked;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.AppointmentMoved;
import dk.borgerdialog.plan.model.Course;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.tools.json.JSONParser;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqDomainEventsIT {

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
    Contract(Database database) {
      super(database);
    }

    DomainEvents events() {
      return persistence.domainEvents();
    }

    @Test
    void the_types_of_an_aggregate_come_back_in_the_order_they_were_recorded() {
      Appointment first = appointment();
      Appointment second = appointment();
      events().record(named("appointment.booked", first, NOW));
      events().record(named("appointment.booked", second, NOW));
      // an earlier instant recorded later still comes later: the outbox keeps recording order
      events().record(named("appointment.moved", first, NOW.minusSeconds(60)));
      events().record(named("appointment.cancelled", first, NOW));

      assertThat(events().typesFor(first.id().value()))
          .containsExactly("appointment.booked", "appointment.moved", "appointment.cancelled");
      assertThat(events().typesFor(second.id().value())).containsExactly("appointment.booked");
      assertThat(events().typesFor(UUID.randomUUID())).isEmpty();
    }

    @Test
    void record_all_writes_the_events_in_their_order_with_their_payloads() throws Exception {
      Appointment first = appointment();
      Appointment second = appointment();
      AppointmentBooked booked = AppointmentBooked.now(first, NOW);
      AppointmentMoved moved = AppointmentMoved.now(first, second, NOW);

      events().recordAll(java.util.List.of(booked, AppointmentBooked.now(second, NOW), moved));
      events().recordAll(java.util.List.of());

      assertThat(events().typesFor(first.id().value()))
          .containsExactly("appointment.booked", "appointment.moved");
      assertThat(events().typesFor(second.id().value())).containsExactly("appointment.booked");
      assertThat(new JSONParser().parse(payloadOf(moved.eventId()))).isEqualTo(moved.attributes());
    }

    @Test
    void
        record_all_with_an_event_recorded_before_is_a_conflict_and_records_none_in_a_transaction() {
      AppointmentBooked earlier = AppointmentBooked.now(appointment(), NOW);
      events().record(earlier);
      AppointmentBooked fresh = AppointmentBooked.now(appointment(), NOW);

      assertThatThrownBy(
              () ->
                  persistence
                      .transactions()
                      .inTransaction(
                          () -> {
                            events().recordAll(java.util.List.of(fresh, earlier));
                            return null;
                          }))
          .isInstanceOf(ConflictException.class);
      assertThat(events().typesFor(fresh.aggregateId())).isEmpty();
    }

    @Test
    void the_payload_is_the_attributes_as_a_json_object() throws Exception {
      Appointment old = appointment();
      Appointment replacement = appointment();
      AppointmentMoved moved = AppointmentMoved.now(old, replacement, NOW);

      events().record(moved);

      Object payload = new JSONParser().parse(payloadOf(moved.eventId()));
      assertThat(payload).isInstanceOf(Map.class);
      assertThat(payload).isEqualTo(moved.attributes());
    }

    @Test
    void recording_the_same_event_twice_is_a_conflict() {
      AppointmentBooked booked = AppointmentBooked.now(appointment(), NOW);
      events().record(booked);

      assertThatThrownBy(() -> events().record(booked)).isInstanceOf(ConflictException.class);
      assertThat(events().typesFor(booked.aggregateId())).containsExactly("appointment.booked");
    }

    @Test
    void an_event_recorded_in_a_rolled_back_transaction_is_gone() {
      Appointment appointment = appointment();

      assertThatThrownBy(
              () ->
                  persistence
                      .transactions()
                      .inTransaction(
                          () -> {
                            events().record(AppointmentBooked.now(appointment, NOW));
                            throw new IllegalStateException("rolled back");
                          }))
          .hasMessage("rolled back");

      assertThat(events().typesFor(appointment.id().value())).isEmpty();
    }

    private String payloadOf(UUID eventId) throws SQLException {
      try (Connection connection = dataSource.getConnection();
          PreparedStatement statement =
              connection.prepareStatement(
                  "SELECT payload FROM borgerdialog.outbox_event WHERE id = ?")) {
        statement.setObject(1, eventId);
        try (ResultSet rows = statement.executeQuery()) {
          assertThat(rows.next()).isTrue();
          return rows.getString(1);
        }
      }
    }

    private Appointment appointment() {
      Course course = fixture.course(fixture.citizen(), fixture.unit, NOW);
      return Fixture.booked(
          course,
          NOW.plus(Duration.ofDays(1)),
          Duration.ofHours(1),
          AppointmentMode.inPerson("Vej \"1\" \\ 2, Ærø"),
          List.of());
    }

    private static DomainEvent named(String type, Appointment appointment, Instant at) {
      return new DomainEvent() {
        private final UUID id = UUID.randomUUID();

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
          return appointment.id().value();
        }

        @Override
        public Map<String, String> attributes() {
          return Map.of("appointmentId", appointment.id().toString(), "quote", "\"x\"\n");
        }
      };
    }
  }
}
