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
        .isEqualTo("[\"plan\",\"network\",\"material\",\"notifications\",\"settings\"]");
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

  @Test
  void karen_searches_activities_by_each_filter_one_page_at_a_time() throws Exception {
    Client karen = Client.signedIn("karen", "SUBSTANTIAL");
    String base = "/api/citizens/" + karen.id() + "/activities";

    JsonNode walks = karen.get(base + "?text=g%C3%A5tur&district=Frederiksberg+C").json;
    assertThat(titles(walks)).isNotEmpty().containsOnly("Morgengåtur i Frederiksberg Have");
    JsonNode food = karen.get(base + "?interest=food").json;
    assertThat(titles(food)).isNotEmpty().containsOnly("Torsdagsfrokost i seniorcentret");
    JsonNode twoInterests = karen.get(base + "?interest=food&interest=singing").json;
    assertThat(titles(twoInterests))
        .contains("Torsdagsfrokost i seniorcentret", "Fællessang på skærmen")
        .doesNotContain("Morgengåtur i Frederiksberg Have");

    // Tuesday 24 November: the talk is on 4 December, the gymnastics on the 29th
    JsonNode fourth = karen.get(base + "?from=2026-12-04&to=2026-12-04").json;
    assertThat(titles(fourth)).contains("Foredrag: Tryg i eget hjem");
    for (JsonNode o : fourth.get("occurrences")) {
      assertThat(o.get("start").asText()).startsWith("2026-12-04T");
    }

    JsonNode first = karen.get(base).json;
    assertThat(first.get("occurrences").size()).isEqualTo(PortalApi.PAGE_SIZE);
    String next = first.get("next").asText();
    JsonNode second = karen.get(base + "?cursor=" + next).json;
    assertThat(second.get("occurrences").get(0).get("start").asText())
        .isGreaterThanOrEqualTo(last(first).get("start").asText());
    assertThat(second.get("occurrences").toString())
        .doesNotContain(first.get("occurrences").get(0).toString());

    JsonNode matching = karen.get(base + "?matching=true").json;
    assertThat(titles(matching))
        .isNotEmpty()
        .allMatch(t -> t.contains("gåtur") || t.contains("frokost") || t.contains("gymnastik"));

    JsonNode suggestions = karen.get("/api/citizens/" + karen.id() + "/suggestions").json;
    assertThat(suggestions.get(0).get("activity").get("title").asText())
        .isEqualTo("Torsdagsfrokost i seniorcentret");
    assertThat(suggestions.get(0).get("suggestedBy").asText()).isEqualTo("Mads Nielsen");
    JsonNode interests = karen.get("/api/citizens/" + karen.id() + "/interests?lang=en").json;
    assertThat(interests.toString())
        .contains("{\"code\":\"walking\",\"name\":\"Walks\",\"mine\":true}")
        .contains("{\"code\":\"talks\",\"name\":\"Talks\",\"mine\":false}");

    Response badRange = karen.get(base + "?from=2026-12-10&to=2026-12-01");
    assertThat(badRange.status).isEqualTo(400);
    assertThat(badRange.contentType).isEqualTo("application/problem+json");
    assertThat(badRange.json.get("field").asText()).isEqualTo("from");
    Response badInterest =
        karen.put("/api/citizens/" + karen.id() + "/interests", "{\"interests\":[\"chess\"]}");
    assertThat(badInterest.status).isEqualTo(400);
    assertThat(badInterest.json.get("field").asText()).isEqualTo("interests");
  }

  @Test
  void karen_takes_the_last_seat_waits_for_a_full_one_and_leaves() throws Exception {
    Client karen = Client.signedIn("karen", "SUBSTANTIAL");
    String base = "/api/citizens/" + karen.id();
    JsonNode talk = occurrence(karen, "Foredrag");
    assertThat(talk.get("seatsLeft").asInt()).isEqualTo(1);
    Response seated = karen.post(base + "/signups", signupBody(talk));
    assertThat(seated.status).isEqualTo(201);
    assertThat(seated.json.get("status").asText()).isEqualTo("SEATED");
    JsonNode after = occurrence(karen, "Foredrag");
    assertThat(after.get("seatsLeft").asInt()).isZero();
    assertThat(after.get("signup").get("id").asText()).isEqualTo(seated.json.get("id").asText());

    Response again = karen.post(base + "/signups", signupBody(talk));
    assertThat(again.status).isEqualTo(422);
    assertThat(again.json.get("rule").asText()).isEqualTo("signup.exists");

    JsonNode gym = occurrence(karen, "Stolegymnastik");
    assertThat(gym.get("seatsLeft").asInt()).isZero();
    Response waiting = karen.post(base + "/signups", signupBody(gym));
    assertThat(waiting.json.get("status").asText()).isEqualTo("WAITLISTED");
    assertThat(occurrence(karen, "Stolegymnastik").get("signup").get("status").asText())
        .isEqualTo("WAITLISTED");

    Response left = karen.post("/api/signups/" + seated.json.get("id").asText() + "/leave", "");
    assertThat(left.status).isEqualTo(204);
    JsonNode freed = occurrence(karen, "Foredrag");
    assertThat(freed.get("seatsLeft").asInt()).isEqualTo(1);
    assertThat(freed.get("signup").isNull()).isTrue();

    Client jonas = Client.signedIn("jonas", "SUBSTANTIAL");
    Response notHers = jonas.post(base + "/signups", signupBody(talk));
    assertThat(notHers.status).isEqualTo(403);
  }

  @Test
  void an_ics_download_is_valid_text_calendar_and_only_the_citizens_own() throws Exception {
    Client karen = Client.signedIn("karen", "SUBSTANTIAL");
    JsonNode next = karen.get("/api/citizens/" + karen.id() + "/overview").json.get("next");
    Response ics = karen.get("/api/appointments/" + next.get("id").asText() + "/ics");
    assertThat(ics.status).isEqualTo(200);
    assertThat(ics.contentType).isEqualTo("text/calendar");
    assertValidCalendar(ics.body, 1);
    assertThat(ics.body).contains("TZID=Europe/Copenhagen").contains("BEGIN:VTIMEZONE");

    JsonNode lunch = occurrence(karen, "Torsdagsfrokost");
    Response one =
        karen.get(
            "/api/citizens/"
                + karen.id()
                + "/activities/"
                + lunch.get("activity").get("id").asText()
                + "/ics?start="
                + java.net.URLEncoder.encode(
                    lunch.get("start").asText(), java.nio.charset.StandardCharsets.UTF_8));
    assertThat(one.status).isEqualTo(200);
    assertThat(one.contentType).isEqualTo("text/calendar");
    assertValidCalendar(one.body, 1);
    assertThat(one.body).contains("SUMMARY:Torsdagsfrokost i seniorcentret");

    Client jonas = Client.signedIn("jonas", "SUBSTANTIAL");
    Response notHis = jonas.get("/api/appointments/" + next.get("id").asText() + "/ics");
    assertThat(notHis.status).isEqualTo(403);
    assertThat(notHis.contentType).isEqualTo("application/problem+json");
  }

  @Test
  void the_calendar_feed_is_reached_by_its_token_until_revoked() throws Exception {
    Client karen = Client.signedIn("karen", "SUBSTANTIAL");
    String base = "/api/citizens/" + karen.id();
    JsonNode walk = occurrence(karen, "Morgengåtur");
    Response series =
        karen.post(
            base + "/signups",
            "{\"activity\":\"" + walk.get("activity").get("id").asText() + "\"}");
    assertThat(series.json.get("series").asBoolean()).isTrue();

    Response issued = karen.post(base + "/calendar-feed", "");
    assertThat(issued.status).isEqualTo(201);
    String path = URI.create(issued.json.get("url").asText()).getPath();
    assertThat(issued.json.get("webcal").asText()).startsWith("webcal://").endsWith(path);

    Response feed = new Client().get(path);
    assertThat(feed.status).isEqualTo(200);
    assertThat(feed.contentType).isEqualTo("text/calendar");
    assertThat(feed.body).contains("Morgengåtur i Frederiksberg Have").contains("RRULE:");
    int events = (int) feed.body.lines().filter("BEGIN:VEVENT"::equals).count();
    assertValidCalendar(feed.body, events);
    assertThat(events).isGreaterThan(5);

    Response revoked = karen.delete(base + "/calendar-feed");
    assertThat(revoked.json.get("revoked").asInt()).isEqualTo(1);
    Response gone = new Client().get(path);
    assertThat(gone.status).isEqualTo(404);
    assertThat(gone.contentType).isEqualTo("application/problem+json");
    assertThat(gone.body).doesNotContain(path.substring(path.lastIndexOf('/') + 1));
    assertThat(new Client().get("/api/calendar-feeds/guess").status).isEqualTo(404);
  }

  @Test
  void jonas_opens_material_the_views_count_and_staff_see_it_understood() throws Exception {
    Client jonas = Client.signedIn("jonas", "SUBSTANTIAL");
    String course = talksCourse(jonas);
    JsonNode items = jonas.get("/api/courses/" + course + "/material").json;
    List<String> kinds = new ArrayList<>();
    items.forEach(i -> kinds.add(i.get("kind").asText()));
    assertThat(kinds).containsExactly("TEXT", "LINK", "VIDEO");
    JsonNode text = items.get(0);
    assertThat(text.get("html").asText()).contains("<strong>samme faste personer</strong>");
    JsonNode video = items.get(2);
    assertThat(video.get("captions").asText()).endsWith(".vtt");
    assertThat(video.get("transcript").asText()).contains("bus 5C");
    assertThat(items.toString()).doesNotContain("Tjekliste");

    String item = "/api/courses/" + course + "/material/" + video.get("id").asText();
    int before = video.get("views").asInt();
    assertThat(jonas.post(item + "/open", "").json.get("views").asInt()).isEqualTo(before + 1);
    assertThat(jonas.post(item + "/open", "").json.get("views").asInt()).isEqualTo(before + 2);
    JsonNode understood = jonas.post(item + "/understood", "").json;
    assertThat(understood.get("understoodAt").isNull()).isFalse();

    Client mette = Client.signedIn("mette", "SUBSTANTIAL");
    JsonNode progress = mette.get("/api/courses/" + course + "/material-progress").json;
    JsonNode videoStatus = null;
    JsonNode checklist = null;
    for (JsonNode s : progress) {
      if (s.get("id").asText().equals(video.get("id").asText())) {
        videoStatus = s;
      }
      if (s.get("title").asText().startsWith("Tjekliste")) {
        checklist = s;
      }
    }
    assertThat(videoStatus).isNotNull();
    assertThat(videoStatus.get("understood").asBoolean()).isTrue();
    assertThat(videoStatus.get("views").asInt()).isEqualTo(before + 2);
    assertThat(checklist).isNotNull();
    assertThat(checklist.get("released").asBoolean()).isFalse();

    Client mikkel = Client.signedIn("mikkel", "SUBSTANTIAL");
    assertThat(mikkel.get("/api/courses/" + course + "/material").status).isEqualTo(403);
    assertThat(mikkel.post(item + "/understood", "").status).isEqualTo(403);
    assertThat(jonas.get("/api/courses/" + course + "/material-progress").status).isEqualTo(403);
  }

  private static String talksCourse(Client citizen) throws Exception {
    for (JsonNode c :
        citizen.get("/api/citizens/" + citizen.id() + "/overview").json.get("courses")) {
      if (c.get("template").asText().equals("Samtaleforløb")) {
        return c.get("id").asText();
      }
    }
    throw new AssertionError("no conversation course");
  }

  private static void assertValidCalendar(String body, int events) {
    assertThat(body).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    assertThat(body).contains("VERSION:2.0\r\n").contains("PRODID:");
    assertThat(body.lines().filter("BEGIN:VEVENT"::equals).count()).isEqualTo(events);
    assertThat(body.lines().filter("END:VEVENT"::equals).count()).isEqualTo(events);
    assertThat(body.lines().filter(l -> l.startsWith("UID:")).count()).isEqualTo(events);
    assertThat(body.lines().filter(l -> l.startsWith("DTSTART")).count())
        .isGreaterThanOrEqualTo(events);
    // no bare LF line ends, and no line longer than 75 octets (RFC 5545, 3.1)
    assertThat(body.replace("\r\n", "")).doesNotContain("\n");
    assertThat(body.split("\r\n"))
        .allMatch(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75);
  }

  private static List<String> titles(JsonNode page) {
    List<String> titles = new ArrayList<>();
    page.get("occurrences").forEach(o -> titles.add(o.get("activity").get("title").asText()));
    return titles;
  }

  private static JsonNode last(JsonNode page) {
    JsonNode list = page.get("occurrences");
    return list.get(list.size() - 1);
  }

  /** The first occurrence of the activity whose title starts so. */
  private static JsonNode occurrence(Client citizen, String title) throws Exception {
    String text = java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8);
    JsonNode page = citizen.get("/api/citizens/" + citizen.id() + "/activities?text=" + text).json;
    for (JsonNode o : page.get("occurrences")) {
      if (o.get("activity").get("title").asText().startsWith(title)) {
        return o;
      }
    }
    throw new AssertionError("no occurrence of " + title + " in " + page);
  }

  private static String signupBody(JsonNode occurrence) {
    return "{\"activity\":\""
        + occurrence.get("activity").get("id").asText()
        + "\",\"occurrence\":\""
        + occurrence.get("start").asText()
        + "\"}";
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
