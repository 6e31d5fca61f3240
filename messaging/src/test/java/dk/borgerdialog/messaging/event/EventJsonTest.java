package dk.borgerdialog.messaging.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.borgerdialog.event.model.PublishedEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventJsonTest {
  static final UUID ID = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
  static final UUID SUBJECT = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");

  static PublishedEvent booked() {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("appointmentId", SUBJECT.toString());
    data.put("start", "2026-10-26T09:00:00Z");
    data.put("note", "\"quoted\"\n");
    return new PublishedEvent(
        ID, 42, "appointment.booked", SUBJECT, Instant.parse("2026-10-23T10:00:00.5+02:00"), data);
  }

  @Test
  void the_envelope_has_type_id_time_subject_sequence_and_data() throws Exception {
    String json = EventJson.toJson(booked());

    JsonNode tree = new ObjectMapper().readTree(json);
    assertThat(tree.get("type").asText()).isEqualTo("appointment.booked");
    assertThat(tree.get("id").asText()).isEqualTo(ID.toString());
    assertThat(tree.get("time").asText()).isEqualTo("2026-10-23T08:00:00.500Z");
    assertThat(tree.get("subject").asText()).isEqualTo(SUBJECT.toString());
    assertThat(tree.get("sequence").isIntegralNumber()).isTrue();
    assertThat(tree.get("sequence").asLong()).isEqualTo(42);
    assertThat(tree.get("data").get("note").asText()).isEqualTo("\"quoted\"\n");
    assertThat(tree.get("data").fieldNames())
        .toIterable()
        .containsExactly("appointmentId", "start", "note");
    assertThat(tree.fieldNames())
        .toIterable()
        .containsExactly("type", "id", "time", "subject", "sequence", "data");
  }

  @Test
  void the_same_event_gives_the_same_text_on_one_line() {
    assertThat(EventJson.toJson(booked()))
        .isEqualTo(EventJson.toJson(booked()))
        .doesNotContain("\n");
  }
}
