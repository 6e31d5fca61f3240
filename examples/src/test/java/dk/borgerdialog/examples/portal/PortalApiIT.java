package dk.borgerdialog.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The portal's JSON API over HTTP, without a browser: routes, data and problem+json. */
class PortalApiIT {
  static final Clock TUESDAY_10 =
      Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Portal portal;

  @BeforeAll
  static void start() {
    portal = Portal.start(0, TUESDAY_10);
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  @Test
  void every_route_the_server_serves_is_described_in_the_openapi_document_and_no_other()
      throws Exception {
    Response doc = new Client().get("/api/openapi.json");
    assertThat(doc.status).isEqualTo(200);
    List<String> described = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.json.get("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      path.getValue()
          .fieldNames()
          .forEachRemaining(m -> described.add(m.toUpperCase() + " " + path.getKey()));
    }
    List<String> served = portal.servedRoutes().stream().filter(r -> r.contains(" /api/")).toList();
    assertThat(served).hasSize(portal.apiRoutes().size());
    assertThat(described).containsExactlyInAnyOrderElementsOf(served);
  }

  @Test
  void the_citizen_sees_the_next_appointment_first_and_no_internal_unit_names() throws Exception {
    Client jonas = Client.signedIn("jonas", "SUBSTANTIAL");
    JsonNode me = jonas.get("/api/me").json;
    assertThat(me.get("sections").toString())
        .isEqualTo("[\"plan\",\"notifications\",\"settings\"]");
    assertThat(me.get("units")).isEmpty();

    Response overview = jonas.get("/api/citizens/" + me.get("id").asText() + "/overview");
    assertThat(overview.status).isEqualTo(200);
    JsonNode upcoming = overview.json.get("upcoming");
    assertThat(upcoming.size()).isGreaterThanOrEqualTo(4);
    assertThat(overview.json.get("next")).isEqualTo(upcoming.get(0));
    for (int i = 1; i < upcoming.size(); i++) {
      assertThat(Instant.parse(upcoming.get(i).get("start").asText().replace("+01:00", "Z")))
          .isAfterOrEqualTo(
              Instant.parse(upcoming.get(i - 1).get("start").asText().replace("+01:00", "Z")));
    }
    assertThat(overview.body).doesNotContain("rusmiddel").contains("Borgercenter Nord");
  }

  @Test
  void bad_input_is_a_problem_naming_the_field_and_changes_nothing() throws Exception {
    Client jonas = Client.signedIn("jonas", "SUBSTANTIAL");
    JsonNode movable = firstMovable(jonas);

    Response noVersion =
        jonas.post("/api/appointments/" + movable.get("id").asText() + "/move", "{\"slot\":\"x\"}");
    assertThat(noVersion.status).isEqualTo(400);
    assertThat(noVersion.contentType).isEqualTo("application/problem+json");
    assertThat(noVersion.json.get("field").asText()).isEqualTo("version");
    assertThat(noVersion.json.get("type").asText())
        .isEqualTo("urn:borgerdialog:problem:invalid-input");
    assertThat(noVersion.json.get("status").asInt()).isEqualTo(400);

    Response badId = jonas.post("/api/appointments/not-a-uuid/move", "{}");
    assertThat(badId.status).isEqualTo(400);
    assertThat(badId.json.get("field").asText()).isEqualTo("appointmentId");

    Response wrongType =
        jonas.post(
            "/api/appointments/" + movable.get("id").asText() + "/cancel",
            "{\"version\":\"soon\",\"reason\":\"ILLNESS\"}");
    assertThat(wrongType.status).isEqualTo(400);
    assertThat(wrongType.json.get("field").asText()).isEqualTo("version");

    Response otherWithoutText =
        jonas.post(
            "/api/appointments/" + movable.get("id").asText() + "/cancel",
            "{\"version\":" + movable.get("version").asLong() + ",\"reason\":\"OTHER\"}");
    assertThat(otherWithoutText.status).isEqualTo(400);
    assertThat(otherWithoutText.json.get("field").asText()).isEqualTo("reason.text");

    Response quiet =
        jonas.put(
            "/api/citizens/" + jonas.id() + "/contact-preferences",
            "{\"channels\":[\"SMS\"],\"phone\":\"+4520304050\",\"quietHours\":{\"from\":\"late\",\"to\":\"08:00\"},\"version\":0}");
    assertThat(quiet.status).isEqualTo(400);
    assertThat(quiet.json.get("field").asText()).isEqualTo("quietHours.from");

    JsonNode after = firstMovable(jonas);
    assertThat(after).isEqualTo(movable);
  }

  @Test
  void sdk_errors_map_to_401_403_404_409_and_422() throws Exception {
    Response anonymous = new Client().get("/api/me");
    assertThat(anonymous.status).isEqualTo(401);
    assertThat(anonymous.contentType).isEqualTo("application/problem+json");

    Client jonas = Client.signedIn("jonas", "SUBSTANTIAL");
    Client karen = Client.signedIn("karen", "SUBSTANTIAL");
    Response foreign = karen.get("/api/citizens/" + jonas.id() + "/overview");
    assertThat(foreign.status).isEqualTo(403);
    assertThat(foreign.json.get("type").asText())
        .isEqualTo("urn:borgerdialog:problem:access-denied");

    Client low = Client.signedIn("jonas", "LOW");
    assertThat(low.get("/api/citizens/" + jonas.id() + "/overview").status).isEqualTo(403);

    Response missing =
        jonas.get("/api/appointments/00000000-0000-0000-0000-000000000001/free-slots");
    assertThat(missing.status).isEqualTo(404);
    assertThat(missing.json.get("entity").asText()).isEqualTo("appointment");
    assertThat(jonas.get("/api/no-such-route").status).isEqualTo(404);

    JsonNode movable = firstMovable(jonas);
    String id = movable.get("id").asText();
    JsonNode slot = jonas.get("/api/appointments/" + id + "/free-slots").json.get(0);
    String move =
        "{\"version\":"
            + movable.get("version").asLong()
            + ",\"slot\":\""
            + slot.get("id").asText()
            + "\"}";
    assertThat(jonas.post("/api/appointments/" + id + "/move", move).status).isEqualTo(200);
    Response again = jonas.post("/api/appointments/" + id + "/move", move);
    assertThat(again.status).isEqualTo(409);

    // the appointment going on now has started: a rule refuses, with its stable code
    JsonNode started = jonas.get("/api/citizens/" + jonas.id() + "/overview").json.get("next");
    assertThat(started.get("mayCancel").asBoolean()).isFalse();
    Response refused =
        jonas.post(
            "/api/appointments/" + started.get("id").asText() + "/cancel",
            "{\"version\":" + started.get("version").asLong() + ",\"reason\":\"ILLNESS\"}");
    assertThat(refused.status).isEqualTo(422);
    assertThat(refused.json.get("rule").asText()).isEqualTo("appointment.started");
  }

  @Test
  void staff_see_today_mark_attendance_offer_slots_and_read_insights() throws Exception {
    Client ali = Client.signedIn("ali", "SUBSTANTIAL");
    JsonNode me = ali.get("/api/me").json;
    assertThat(me.get("sections").toString()).isEqualTo("[\"today\",\"slots\",\"insights\"]");
    String unit = me.get("units").get(0).get("id").asText();

    JsonNode today = ali.get("/api/units/" + unit + "/today").json.get("appointments");
    assertThat(today)
        .extracting(a -> a.get("citizenName").asText())
        .contains("Mikkel Strand", "Jonas Berg");
    JsonNode toMark = null;
    for (JsonNode a : today) {
      if (a.get("mayMark").asBoolean()) {
        toMark = a;
        break;
      }
    }
    assertThat(toMark).isNotNull();
    Response marked =
        ali.post(
            "/api/appointments/" + toMark.get("id").asText() + "/attendance",
            "{\"version\":" + toMark.get("version").asLong() + ",\"status\":\"NO_SHOW\"}");
    assertThat(marked.status).isEqualTo(200);
    assertThat(marked.json.get("status").asText()).isEqualTo("NO_SHOW");

    Response published =
        ali.post(
            "/api/units/" + unit + "/free-slots",
            "{\"type\":\"conversation\",\"start\":\"2026-11-30T11:00\",\"minutes\":45,\"mode\":\"phone\"}");
    assertThat(published.status).isEqualTo(201);
    assertThat(published.json.get("start").asText()).isEqualTo("2026-11-30T11:00:00+01:00");
    String slot = published.json.get("id").asText();
    assertThat(ali.get("/api/units/" + unit + "/free-slots").body).contains(slot);
    assertThat(ali.delete("/api/free-slots/" + slot).status).isEqualTo(204);
    assertThat(ali.get("/api/units/" + unit + "/free-slots").body).doesNotContain(slot);

    JsonNode insights = ali.get("/api/units/" + unit + "/insights").json;
    assertThat(insights.get("appointments").asLong()).isGreaterThanOrEqualTo(8);
    assertThat(insights.get("noShows").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(insights.get("cancellations").asLong()).isEqualTo(1);
    assertThat(insights.get("cancellationsByReason").get("TRANSPORT").asLong()).isEqualTo(1);
    Response badPeriod = ali.get("/api/units/" + unit + "/insights?from=yesterday");
    assertThat(badPeriod.status).isEqualTo(400);
    assertThat(badPeriod.json.get("field").asText()).isEqualTo("from");

    Client jonas = Client.signedIn("jonas", "SUBSTANTIAL");
    assertThat(jonas.get("/api/units/" + unit + "/insights").status).isEqualTo(403);
  }

  private static JsonNode firstMovable(Client citizen) throws Exception {
    for (JsonNode a :
        citizen.get("/api/citizens/" + citizen.id() + "/overview").json.get("upcoming")) {
      if (a.get("mayMove").asBoolean()) {
        return a;
      }
    }
    throw new AssertionError("no movable appointment");
  }

  record Response(int status, String contentType, String body, JsonNode json) {}

  /** An HTTP client with its own cookie jar: one signed-in person. */
  static final class Client {
    private final HttpClient http =
        HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private String id = "";

    static Client signedIn(String person, String level) throws Exception {
      Client client = new Client();
      Response r =
          client.post(
              "/api/demo/sign-in", "{\"person\":\"" + person + "\",\"level\":\"" + level + "\"}");
      assertThat(r.status).isEqualTo(204);
      client.id = client.get("/api/me").json.get("id").asText();
      return client;
    }

    String id() {
      return id;
    }

    Response get(String path) throws IOException, InterruptedException {
      return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    Response delete(String path) throws IOException, InterruptedException {
      return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    Response post(String path, String body) throws IOException, InterruptedException {
      return send(
          HttpRequest.newBuilder(uri(path))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Response put(String path, String body) throws IOException, InterruptedException {
      return send(
          HttpRequest.newBuilder(uri(path))
              .header("Content-Type", "application/json")
              .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static URI uri(String path) {
      return URI.create("http://localhost:" + portal.port() + path);
    }

    private Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
      HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String type = r.headers().firstValue("Content-Type").orElse("");
      JsonNode json = r.body().isEmpty() ? JSON.nullNode() : readOrNull(r.body());
      return new Response(r.statusCode(), type.split(";")[0].trim(), r.body(), json);
    }

    private static JsonNode readOrNull(String body) {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        return JSON.nullNode();
      }
    }
  }
}
