package dk.borgerdialog.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.borgerdialog.examples.portal.ApiClient.Response;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
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
    Response doc = new ApiClient(portal.port()).get("/api/openapi.json");
    assertThat(doc.status()).isEqualTo(200);
    List<String> described = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.json().get("paths").fields();
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
    ApiClient jonas = signedIn("jonas", "SUBSTANTIAL");
    JsonNode me = jonas.get("/api/me").json();
    assertThat(me.get("sections").toString())
        .isEqualTo(
            "[\"plan\",\"contacts\",\"network\",\"material\",\"notifications\",\"settings\"]");
    assertThat(me.get("units")).isEmpty();

    Response overview = jonas.get("/api/citizens/" + me.get("id").asText() + "/overview");
    assertThat(overview.status()).isEqualTo(200);
    JsonNode upcoming = overview.json().get("upcoming");
    assertThat(upcoming.size()).isGreaterThanOrEqualTo(4);
    assertThat(overview.json().get("next")).isEqualTo(upcoming.get(0));
    for (int i = 1; i < upcoming.size(); i++) {
      assertThat(Instant.parse(upcoming.get(i).get("start").asText().replace("+01:00", "Z")))
          .isAfterOrEqualTo(
              Instant.parse(upcoming.get(i - 1).get("start").asText().replace("+01:00", "Z")));
    }
    assertThat(overview.body()).doesNotContain("rusmiddel").contains("Borgercenter Nord");
  }

  @Test
  void bad_input_is_a_problem_naming_the_field_and_changes_nothing() throws Exception {
    ApiClient jonas = signedIn("jonas", "SUBSTANTIAL");
    JsonNode movable = firstMovable(jonas);

    Response noVersion =
        jonas.post("/api/appointments/" + movable.get("id").asText() + "/move", "{\"slot\":\"x\"}");
    assertThat(noVersion.status()).isEqualTo(400);
    assertThat(noVersion.contentType()).isEqualTo("application/problem+json");
    assertThat(noVersion.json().get("field").asText()).isEqualTo("version");
    assertThat(noVersion.json().get("type").asText())
        .isEqualTo("urn:borgerdialog:problem:invalid-input");
    assertThat(noVersion.json().get("status").asInt()).isEqualTo(400);

    Response badId = jonas.post("/api/appointments/not-a-uuid/move", "{}");
    assertThat(badId.status()).isEqualTo(400);
    assertThat(badId.json().get("field").asText()).isEqualTo("appointmentId");

    Response wrongType =
        jonas.post(
            "/api/appointments/" + movable.get("id").asText() + "/cancel",
            "{\"version\":\"soon\",\"reason\":\"ILLNESS\"}");
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(wrongType.json().get("field").asText()).isEqualTo("version");

    Response otherWithoutText =
        jonas.post(
            "/api/appointments/" + movable.get("id").asText() + "/cancel",
            "{\"version\":" + movable.get("version").asLong() + ",\"reason\":\"OTHER\"}");
    assertThat(otherWithoutText.status()).isEqualTo(400);
    assertThat(otherWithoutText.json().get("field").asText()).isEqualTo("reason.text");

    Response quiet =
        jonas.put(
            "/api/citizens/" + jonas.id() + "/contact-preferences",
            "{\"channels\":[\"SMS\"],\"phone\":\"+4520304050\",\"quietHours\":{\"from\":\"late\",\"to\":\"08:00\"},\"version\":0}");
    assertThat(quiet.status()).isEqualTo(400);
    assertThat(quiet.json().get("field").asText()).isEqualTo("quietHours.from");

    JsonNode after = firstMovable(jonas);
    assertThat(after).isEqualTo(movable);
  }

  @Test
  void sdk_errors_map_to_401_403_404_409_and_422() throws Exception {
    Response anonymous = new ApiClient(portal.port()).get("/api/me");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.contentType()).isEqualTo("application/problem+json");

    ApiClient jonas = signedIn("jonas", "SUBSTANTIAL");
    ApiClient karen = signedIn("karen", "SUBSTANTIAL");
    Response foreign = karen.get("/api/citizens/" + jonas.id() + "/overview");
    assertThat(foreign.status()).isEqualTo(403);
    assertThat(foreign.json().get("type").asText())
        .isEqualTo("urn:borgerdialog:problem:access-denied");

    ApiClient low = signedIn("jonas", "LOW");
    assertThat(low.get("/api/citizens/" + jonas.id() + "/overview").status()).isEqualTo(403);

    Response missing =
        jonas.get("/api/appointments/00000000-0000-0000-0000-000000000001/free-slots");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("entity").asText()).isEqualTo("appointment");
    assertThat(jonas.get("/api/no-such-route").status()).isEqualTo(404);

    JsonNode movable = firstMovable(jonas);
    String id = movable.get("id").asText();
    JsonNode slot = jonas.get("/api/appointments/" + id + "/free-slots").json().get(0);
    String move =
        "{\"version\":"
            + movable.get("version").asLong()
            + ",\"slot\":\""
            + slot.get("id").asText()
            + "\"}";
    assertThat(jonas.post("/api/appointments/" + id + "/move", move).status()).isEqualTo(200);
    Response again = jonas.post("/api/appointments/" + id + "/move", move);
    assertThat(again.status()).isEqualTo(409);

    // the appointment going on now has started: a rule refuses, with its stable code
    JsonNode started = jonas.get("/api/citizens/" + jonas.id() + "/overview").json().get("next");
    assertThat(started.get("mayCancel").asBoolean()).isFalse();
    Response refused =
        jonas.post(
            "/api/appointments/" + started.get("id").asText() + "/cancel",
            "{\"version\":" + started.get("version").asLong() + ",\"reason\":\"ILLNESS\"}");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("rule").asText()).isEqualTo("appointment.started");
  }

  @Test
  void staff_see_today_mark_attendance_offer_slots_and_read_insights() throws Exception {
    ApiClient ali = signedIn("ali", "SUBSTANTIAL");
    JsonNode me = ali.get("/api/me").json();
    assertThat(me.get("sections").toString())
        .isEqualTo(
            "[\"today\",\"inbox\",\"personal\",\"slots\",\"insights\",\"responses\","
                + "\"progress\",\"citizens\",\"reminders\",\"activities\"]");
    String unit = me.get("units").get(0).get("id").asText();

    JsonNode today = ali.get("/api/units/" + unit + "/today").json().get("appointments");
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
    assertThat(marked.status()).isEqualTo(200);
    assertThat(marked.json().get("status").asText()).isEqualTo("NO_SHOW");

    Response published =
        ali.post(
            "/api/units/" + unit + "/free-slots",
            "{\"type\":\"conversation\",\"start\":\"2026-11-30T11:00\",\"minutes\":45,\"mode\":\"phone\"}");
    assertThat(published.status()).isEqualTo(201);
    assertThat(published.json().get("start").asText()).isEqualTo("2026-11-30T11:00:00+01:00");
    String slot = published.json().get("id").asText();
    assertThat(ali.get("/api/units/" + unit + "/free-slots").body()).contains(slot);
    assertThat(ali.delete("/api/free-slots/" + slot).status()).isEqualTo(204);
    assertThat(ali.get("/api/units/" + unit + "/free-slots").body()).doesNotContain(slot);

    JsonNode insights = ali.get("/api/units/" + unit + "/insights").json();
    assertThat(insights.get("appointments").asLong()).isGreaterThanOrEqualTo(8);
    assertThat(insights.get("noShows").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(insights.get("cancellations").asLong()).isEqualTo(1);
    assertThat(insights.get("cancellationsByReason").get("TRANSPORT").asLong()).isEqualTo(1);
    Response badPeriod = ali.get("/api/units/" + unit + "/insights?from=yesterday");
    assertThat(badPeriod.status()).isEqualTo(400);
    assertThat(badPeriod.json().get("field").asText()).isEqualTo("from");

    ApiClient jonas = signedIn("jonas", "SUBSTANTIAL");
    assertThat(jonas.get("/api/units/" + unit + "/insights").status()).isEqualTo(403);
  }

  private static JsonNode firstMovable(ApiClient citizen) throws Exception {
    for (JsonNode a :
        citizen.get("/api/citizens/" + citizen.id() + "/overview").json().get("upcoming")) {
      if (a.get("mayMove").asBoolean()) {
        return a;
      }
    }
    throw new AssertionError("no movable appointment");
  }

  @Test
  void karen_searches_activities_by_each_filter_one_page_at_a_time() throws Exception {
    ApiClient karen = signedIn("karen", "SUBSTANTIAL");
    String base = "/api/citizens/" + karen.id() + "/activities";

    JsonNode walks = karen.get(base + "?text=g%C3%A5tur&district=Frederiksberg+C").json();
    assertThat(titles(walks)).isNotEmpty().containsOnly("Morgengåtur i Frederiksberg Have");
    JsonNode food = karen.get(base + "?interest=food").json();
    assertThat(titles(food)).isNotEmpty().containsOnly("Torsdagsfrokost i seniorcentret");
    JsonNode twoInterests = karen.get(base + "?interest=food&interest=singing").json();
    assertThat(titles(twoInterests))
        .contains("Torsdagsfrokost i seniorcentret", "Fællessang på skærmen")
        .doesNotContain("Morgengåtur i Frederiksberg Have");

    // Tuesday 24 November: the talk is on 4 December, the gymnastics on the 29th
    JsonNode fourth = karen.get(base + "?from=2026-12-04&to=2026-12-04").json();
    assertThat(titles(fourth)).contains("Foredrag: Tryg i eget hjem");
    for (JsonNode o : fourth.get("occurrences")) {
      assertThat(o.get("start").asText()).startsWith("2026-12-04T");
    }

    JsonNode first = karen.get(base).json();
    assertThat(first.get("occurrences").size()).isEqualTo(PortalApi.PAGE_SIZE);
    String next = first.get("next").asText();
    JsonNode second = karen.get(base + "?cursor=" + next).json();
    assertThat(second.get("occurrences").get(0).get("start").asText())
        .isGreaterThanOrEqualTo(last(first).get("start").asText());
    assertThat(second.get("occurrences").toString())
        .doesNotContain(first.get("occurrences").get(0).toString());

    JsonNode matching = karen.get(base + "?matching=true").json();
    assertThat(titles(matching))
        .isNotEmpty()
        .allMatch(t -> t.contains("gåtur") || t.contains("frokost") || t.contains("gymnastik"));

    JsonNode suggestions = karen.get("/api/citizens/" + karen.id() + "/suggestions").json();
    assertThat(suggestions.get(0).get("activity").get("title").asText())
        .isEqualTo("Torsdagsfrokost i seniorcentret");
    assertThat(suggestions.get(0).get("suggestedBy").asText()).isEqualTo("Mads Nielsen");
    JsonNode interests = karen.get("/api/citizens/" + karen.id() + "/interests?lang=en").json();
    assertThat(interests.toString())
        .contains("{\"code\":\"walking\",\"name\":\"Walks\",\"mine\":true}")
        .contains("{\"code\":\"talks\",\"name\":\"Talks\",\"mine\":false}");

    Response badRange = karen.get(base + "?from=2026-12-10&to=2026-12-01");
    assertThat(badRange.status()).isEqualTo(400);
    assertThat(badRange.contentType()).isEqualTo("application/problem+json");
    assertThat(badRange.json().get("field").asText()).isEqualTo("from");
    Response badInterest =
        karen.put("/api/citizens/" + karen.id() + "/interests", "{\"interests\":[\"chess\"]}");
    assertThat(badInterest.status()).isEqualTo(400);
    assertThat(badInterest.json().get("field").asText()).isEqualTo("interests");
  }

  @Test
  void karen_takes_the_last_seat_waits_for_a_full_one_and_leaves() throws Exception {
    ApiClient karen = signedIn("karen", "SUBSTANTIAL");
    String base = "/api/citizens/" + karen.id();
    JsonNode talk = occurrence(karen, "Foredrag");
    assertThat(talk.get("seatsLeft").asInt()).isEqualTo(1);
    Response seated = karen.post(base + "/signups", signupBody(talk));
    assertThat(seated.status()).isEqualTo(201);
    assertThat(seated.json().get("status").asText()).isEqualTo("SEATED");
    JsonNode after = occurrence(karen, "Foredrag");
    assertThat(after.get("seatsLeft").asInt()).isZero();
    assertThat(after.get("signup").get("id").asText()).isEqualTo(seated.json().get("id").asText());

    Response again = karen.post(base + "/signups", signupBody(talk));
    assertThat(again.status()).isEqualTo(422);
    assertThat(again.json().get("rule").asText()).isEqualTo("signup.exists");

    JsonNode gym = occurrence(karen, "Stolegymnastik");
    assertThat(gym.get("seatsLeft").asInt()).isZero();
    Response waiting = karen.post(base + "/signups", signupBody(gym));
    assertThat(waiting.json().get("status").asText()).isEqualTo("WAITLISTED");
    assertThat(occurrence(karen, "Stolegymnastik").get("signup").get("status").asText())
        .isEqualTo("WAITLISTED");

    Response left = karen.post("/api/signups/" + seated.json().get("id").asText() + "/leave", "");
    assertThat(left.status()).isEqualTo(204);
    JsonNode freed = occurrence(karen, "Foredrag");
    assertThat(freed.get("seatsLeft").asInt()).isEqualTo(1);
    assertThat(freed.get("signup").isNull()).isTrue();

    ApiClient jonas = signedIn("jonas", "SUBSTANTIAL");
    Response notHers = jonas.post(base + "/signups", signupBody(talk));
    assertThat(notHers.status()).isEqualTo(403);
  }

  @Test
  void an_ics_download_is_valid_text_calendar_and_only_the_citizens_own() throws Exception {
    ApiClient karen = signedIn("karen", "SUBSTANTIAL");
    JsonNode next = karen.get("/api/citizens/" + karen.id() + "/overview").json().get("next");
    Response ics = karen.get("/api/appointments/" + next.get("id").asText() + "/ics");
    assertThat(ics.status()).isEqualTo(200);
    assertThat(ics.contentType()).isEqualTo("text/calendar");
    assertValidCalendar(ics.body(), 1);
    assertThat(ics.body()).contains("TZID=Europe/Copenhagen").contains("BEGIN:VTIMEZONE");

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
    assertThat(one.status()).isEqualTo(200);
    assertThat(one.contentType()).isEqualTo("text/calendar");
    assertValidCalendar(one.body(), 1);
    assertThat(one.body()).contains("SUMMARY:Torsdagsfrokost i seniorcentret");

    ApiClient jonas = signedIn("jonas", "SUBSTANTIAL");
    Response notHis = jonas.get("/api/appointments/" + next.get("id").asText() + "/ics");
    assertThat(notHis.status()).isEqualTo(403);
    assertThat(notHis.contentType()).isEqualTo("application/problem+json");
  }

  @Test
  void the_calendar_feed_is_reached_by_its_token_until_revoked() throws Exception {
    ApiClient karen = signedIn("karen", "SUBSTANTIAL");
    String base = "/api/citizens/" + karen.id();
    JsonNode walk = occurrence(karen, "Morgengåtur");
    Response series =
        karen.post(
            base + "/signups",
            "{\"activity\":\"" + walk.get("activity").get("id").asText() + "\"}");
    assertThat(series.json().get("series").asBoolean()).isTrue();

    Response issued = karen.post(base + "/calendar-feed", "");
    assertThat(issued.status()).isEqualTo(201);
    String path = URI.create(issued.json().get("url").asText()).getPath();
    assertThat(issued.json().get("webcal").asText()).startsWith("webcal://").endsWith(path);

    Response feed = new ApiClient(portal.port()).get(path);
    assertThat(feed.status()).isEqualTo(200);
    assertThat(feed.contentType()).isEqualTo("text/calendar");
    assertThat(feed.body()).contains("Morgengåtur i Frederiksberg Have").contains("RRULE:");
    int events = (int) feed.body().lines().filter("BEGIN:VEVENT"::equals).count();
    assertValidCalendar(feed.body(), events);
    assertThat(events).isGreaterThan(5);

    Response revoked = karen.delete(base + "/calendar-feed");
    assertThat(revoked.json().get("revoked").asInt()).isEqualTo(1);
    Response gone = new ApiClient(portal.port()).get(path);
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.contentType()).isEqualTo("application/problem+json");
    assertThat(gone.body()).doesNotContain(path.substring(path.lastIndexOf('/') + 1));
    assertThat(new ApiClient(portal.port()).get("/api/calendar-feeds/guess").status())
        .isEqualTo(404);
  }

  @Test
  void jonas_opens_material_the_views_count_and_staff_see_it_understood() throws Exception {
    ApiClient jonas = signedIn("jonas", "SUBSTANTIAL");
    String course = talksCourse(jonas);
    JsonNode items = jonas.get("/api/courses/" + course + "/material").json();
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
    assertThat(jonas.post(item + "/open", "").json().get("views").asInt()).isEqualTo(before + 1);
    assertThat(jonas.post(item + "/open", "").json().get("views").asInt()).isEqualTo(before + 2);
    JsonNode understood = jonas.post(item + "/understood", "").json();
    assertThat(understood.get("understoodAt").isNull()).isFalse();

    ApiClient mette = signedIn("mette", "SUBSTANTIAL");
    JsonNode progress = mette.get("/api/courses/" + course + "/material-progress").json();
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

    // the same items in the list of all Jonas's material, each naming its course
    List<String> all = new ArrayList<>();
    jonas
        .get("/api/citizens/" + jonas.id() + "/material")
        .json()
        .forEach(i -> all.add(i.get("course").asText() + "/" + i.get("id").asText()));
    List<String> ofCourse = new ArrayList<>();
    items.forEach(i -> ofCourse.add(course + "/" + i.get("id").asText()));
    assertThat(all).containsAll(ofCourse);

    ApiClient mikkel = signedIn("mikkel", "SUBSTANTIAL");
    assertThat(mikkel.get("/api/courses/" + course + "/material").status()).isEqualTo(403);
    assertThat(mikkel.get("/api/citizens/" + jonas.id() + "/material").status()).isEqualTo(403);
    assertThat(mikkel.post(item + "/understood", "").status()).isEqualTo(403);
    assertThat(jonas.get("/api/courses/" + course + "/material-progress").status()).isEqualTo(403);
  }

  @Test
  void jonas_reads_who_looked_at_his_data_downloads_it_and_asks_about_material() throws Exception {
    ApiClient mette = signedIn("mette", "SUBSTANTIAL");
    ApiClient jonas = signedIn("jonas", "SUBSTANTIAL");
    String metteName = mette.get("/api/me").json().get("name").asText();
    assertThat(mette.get("/api/citizens/" + jonas.id() + "/overview").status()).isEqualTo(200);

    String log = "/api/citizens/" + jonas.id() + "/access-log";
    JsonNode first = jonas.get(log).json();
    assertThat(first.get("page").asInt()).isZero();
    JsonNode byMette = byField(first.get("entries"), "who", metteName);
    assertThat(byMette.get("actorKind").asText()).isEqualTo("STAFF");
    assertThat(byMette.get("onBehalfOf").asBoolean()).isFalse();
    assertThat(byMette.get("purpose").asText()).isNotBlank();
    assertField(jonas.get(log + "?page=-1"), "page");
    assertField(jonas.get(log + "?page=next"), "page");
    Response notHers = mette.get(log);
    assertThat(notHers.status()).isEqualTo(403);
    assertThat(notHers.contentType()).isEqualTo("application/problem+json");

    Response data = jonas.get("/api/citizens/" + jonas.id() + "/personal-data");
    assertThat(data.status()).isEqualTo(200);
    assertThat(data.contentType()).isEqualTo("application/json");
    assertThat(data.json().get("format").asText()).isEqualTo("borgerdialog-personal-data/1");
    assertThat(data.json().get("citizenId").asText()).isEqualTo(jonas.id());
    assertThat(data.json().get("sections").get("appointments").size()).isPositive();
    assertThat(data.json().get("sections").get("messageThreads").size()).isPositive();
    assertThat(mette.get("/api/citizens/" + jonas.id() + "/personal-data").status()).isEqualTo(403);

    String course = talksCourse(jonas);
    JsonNode item = jonas.get("/api/courses/" + course + "/material").json().get(0);
    String questions =
        "/api/courses/" + course + "/material/" + item.get("id").asText() + "/questions";
    String threads = "/api/citizens/" + jonas.id() + "/threads";
    int before = jonas.get(threads).json().get("threads").size();
    assertField(jonas.post(questions, "{}"), "question");
    assertThat(jonas.get(threads).json().get("threads").size()).isEqualTo(before);

    Response asked = jonas.post(questions, "{\"question\":\"Skal jeg tage noget med?\"}");
    assertThat(asked.status()).isEqualTo(201);
    assertThat(asked.json().get("body").asText()).isEqualTo("Skal jeg tage noget med?");
    JsonNode thread =
        byField(
            jonas.get(threads).json().get("threads"),
            "subject",
            "Spørgsmål om: " + item.get("title").asText());
    assertThat(thread.get("id").asText()).isEqualTo(asked.json().get("thread").asText());
  }

  private static String talksCourse(ApiClient citizen) throws Exception {
    for (JsonNode c :
        citizen.get("/api/citizens/" + citizen.id() + "/overview").json().get("courses")) {
      if (c.get("template").asText().equals("Samtaleforløb")) {
        return c.get("id").asText();
      }
    }
    throw new AssertionError("no conversation course");
  }

  // ---- Mine kontakter, the unit inbox, relatives

  @Test
  void jonas_sees_his_care_team_and_reads_the_answer_he_had_not_read() throws Exception {
    ApiClient jonas = signedIn("jonas", "SUBSTANTIAL");
    JsonNode team = jonas.get("/api/citizens/" + jonas.id() + "/contacts").json();
    JsonNode ali = byField(team, "name", "Ali Hassan");
    assertThat(ali.get("role").asText()).isEqualTo("contact_person");
    assertThat(ali.get("title").asText()).isEqualTo("Kontaktperson");
    assertThat(ali.get("phoneHours").asText()).isEqualTo("Man–tor kl. 9–15");
    assertThat(ali.get("expectedReplyHours").asInt()).isEqualTo(24);
    assertThat(ali.get("unitName").asText()).isEqualTo("Borgercenter Nord");
    JsonNode inbox = byField(team, "inbox", "true");
    assertThat(inbox.get("name").asText()).isEqualTo("Borgercenter Nord");
    assertThat(byField(team, "name", "Camilla Winther").get("unitName").asText())
        .isEqualTo("Borgercenter Voksne");
    assertThat(team.toString()).doesNotContain("rusmiddel");

    JsonNode threads = jonas.get("/api/citizens/" + jonas.id() + "/threads").json();
    JsonNode afternoons = byField(threads.get("threads"), "subject", "Tider om eftermiddagen");
    assertThat(afternoons.get("unread").asInt()).isEqualTo(1);
    assertThat(afternoons.get("with").asText()).isEqualTo("Ali Hassan");
    assertThat(threads.get("unread").asInt()).isGreaterThanOrEqualTo(1);

    JsonNode read = jonas.get("/api/threads/" + afternoons.get("id").asText() + "/messages").json();
    assertThat(read.get("messages")).hasSize(2);
    JsonNode answer = read.get("messages").get(0);
    assertThat(answer.get("author").asText()).isEqualTo("Ali Hassan");
    assertThat(answer.get("mine").asBoolean()).isFalse();
    assertThat(answer.get("body").asText()).startsWith("Hej Jonas. Godt med arbejdet!");
    assertThat(read.get("messages").get(1).get("mine").asBoolean()).isTrue();
    // his own message of six days ago can no longer be withdrawn
    assertThat(read.get("messages").get(1).get("mayWithdraw").asBoolean()).isFalse();
    Response late =
        jonas.post(
            "/api/messages/" + read.get("messages").get(1).get("id").asText() + "/withdraw", "");
    assertThat(late.status()).isEqualTo(422);
    assertThat(late.json().get("rule").asText()).isEqualTo("withdrawal_window");
    assertThat(read.get("thread").get("unread").asInt()).isZero();
    JsonNode after = jonas.get("/api/citizens/" + jonas.id() + "/threads").json();
    assertThat(
            byField(after.get("threads"), "subject", "Tider om eftermiddagen")
                .get("unread")
                .asInt())
        .isZero();
  }

  @Test
  void a_message_to_the_unit_inbox_is_unread_for_staff_who_assign_answer_and_close_it()
      throws Exception {
    ApiClient jonas = signedIn("jonas", "SUBSTANTIAL");
    String course = treatmentCourse(jonas);
    Response started =
        jonas.post(
            "/api/citizens/" + jonas.id() + "/threads",
            "{\"course\":\""
                + course
                + "\",\"subject\":\"Min adresse\",\"body\":\"Hej. Jeg er flyttet. Skal jeg give jer min nye adresse?\"}");
    assertThat(started.status()).isEqualTo(201);
    assertThat(started.json().get("mine").asBoolean()).isTrue();
    assertThat(started.json().get("mayWithdraw").asBoolean()).isTrue();
    String thread = started.json().get("thread").asText();

    ApiClient ali = signedIn("ali", "SUBSTANTIAL");
    String unit = ali.get("/api/me").json().get("units").get(0).get("id").asText();
    JsonNode inbox = ali.get("/api/units/" + unit + "/inbox").json();
    JsonNode mine = byField(inbox.get("threads"), "id", thread);
    assertThat(mine.get("unread").asInt()).isEqualTo(1);
    assertThat(mine.get("citizenName").asText()).isEqualTo("Jonas Berg");
    assertThat(mine.get("status").asText()).isEqualTo("OPEN");
    // Mikkel's message of two days ago is unread too; staff read the others before answering
    assertThat(inbox.get("unread").asInt()).isEqualTo(2);

    Response assigned =
        ali.post("/api/threads/" + thread + "/assign", "{\"assignee\":\"" + ali.id() + "\"}");
    assertThat(assigned.status()).isEqualTo(200);
    assertThat(assigned.json().get("assigneeName").asText()).isEqualTo("Ali Hassan");

    JsonNode opened = ali.get("/api/threads/" + thread + "/messages").json();
    assertThat(opened.get("messages").get(0).get("author").asText()).isEqualTo("Jonas Berg");
    assertThat(opened.get("thread").get("unread").asInt()).isZero();
    Response answer =
        ali.post(
            "/api/threads/" + thread + "/messages",
            "{\"body\":\"Hej Jonas. Ja tak, skriv den her, så retter vi den.\"}");
    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.json().get("side").asText()).isEqualTo("STAFF");

    JsonNode jonasSees = jonas.get("/api/threads/" + thread + "/messages").json();
    assertThat(jonasSees.get("messages").get(0).get("body").asText())
        .isEqualTo("Hej Jonas. Ja tak, skriv den her, så retter vi den.");
    assertThat(jonasSees.get("thread").get("status").asText()).isEqualTo("WAITING_FOR_CITIZEN");

    Response closed = ali.post("/api/threads/" + thread + "/close", "");
    assertThat(closed.json().get("status").asText()).isEqualTo("CLOSED");
    assertThat(ali.get("/api/units/" + unit + "/inbox").body()).doesNotContain(thread);
    Response again = ali.post("/api/threads/" + thread + "/close", "");
    assertThat(again.status()).isEqualTo(422);
    assertThat(again.json().get("rule").asText()).isEqualTo("thread_closed");
  }

  @Test
  void only_the_author_withdraws_a_message_and_others_cannot_read_the_thread() throws Exception {
    ApiClient jonas = signedIn("jonas", "SUBSTANTIAL");
    String ali =
        byField(jonas.get("/api/citizens/" + jonas.id() + "/contacts").json(), "name", "Ali Hassan")
            .get("id")
            .asText();
    Response sent =
        jonas.post(
            "/api/citizens/" + jonas.id() + "/threads",
            "{\"contact\":\""
                + ali
                + "\",\"subject\":\"Forkert\",\"body\":\"Skrevet til den forkerte\"}");
    assertThat(sent.status()).isEqualTo(201);
    String message = sent.json().get("id").asText();
    String thread = sent.json().get("thread").asText();

    ApiClient aliHassan = signedIn("ali", "SUBSTANTIAL");
    Response notAuthor = aliHassan.post("/api/messages/" + message + "/withdraw", "");
    assertThat(notAuthor.status()).isEqualTo(422);
    assertThat(notAuthor.json().get("rule").asText()).isEqualTo("not_author");
    ApiClient karen = signedIn("karen", "SUBSTANTIAL");
    assertThat(karen.post("/api/messages/" + message + "/withdraw", "").status()).isEqualTo(403);
    assertThat(karen.get("/api/threads/" + thread + "/messages").status()).isEqualTo(403);
    assertThat(karen.get("/api/citizens/" + jonas.id() + "/contacts").status()).isEqualTo(403);

    Response withdrawn = jonas.post("/api/messages/" + message + "/withdraw", "");
    assertThat(withdrawn.status()).isEqualTo(200);
    assertThat(withdrawn.json().get("body").isNull()).isTrue();
    assertThat(withdrawn.json().get("withdrawnAt").isNull()).isFalse();
    JsonNode read = aliHassan.get("/api/threads/" + thread + "/messages").json();
    assertThat(read.get("messages").get(0).get("body").isNull()).isTrue();
    assertThat(read.toString()).doesNotContain("Skrevet til den forkerte");
  }

  @Test
  void bad_input_to_messages_and_grants_is_a_problem_naming_the_field_and_changes_nothing()
      throws Exception {
    ApiClient jonas = signedIn("jonas", "SUBSTANTIAL");
    String threads = "/api/citizens/" + jonas.id() + "/threads";
    String course = treatmentCourse(jonas);
    int before = jonas.get(threads).json().get("threads").size();

    assertField(jonas.post(threads, "[]"), "body");
    assertField(jonas.post(threads, "{\"course\":\"" + course + "\",\"body\":\"Hej\"}"), "subject");
    assertField(
        jonas.post(threads, "{\"course\":\"" + course + "\",\"subject\":\"Hej\",\"body\":\"  \"}"),
        "body");
    assertField(
        jonas.post(threads, "{\"contact\":\"ali\",\"subject\":\"Hej\",\"body\":\"Hej\"}"),
        "contact");
    assertField(
        jonas.post(
            threads,
            "{\"contact\":\"00000000-0000-0000-0000-000000000002\",\"subject\":\"Hej\",\"body\":\"Hej\"}"),
        "contact");
    assertField(
        jonas.post(
            threads,
            "{\"course\":\"00000000-0000-0000-0000-000000000003\",\"subject\":\"Hej\",\"body\":\"Hej\"}"),
        "course");
    assertField(
        jonas.post(
            threads,
            "{\"course\":\""
                + course
                + "\",\"subject\":\""
                + "x".repeat(201)
                + "\",\"body\":\"Hej\"}"),
        "subject");
    assertField(jonas.get(threads + "?cursor=tomorrow"), "cursor");
    assertField(jonas.post("/api/threads/not-a-thread/messages", "{\"body\":\"Hej\"}"), "threadId");
    assertThat(jonas.get(threads).json().get("threads").size()).isEqualTo(before);

    ApiClient karen = signedIn("karen", "SUBSTANTIAL");
    String grants = "/api/citizens/" + karen.id() + "/grants";
    int grantsBefore = karen.get(grants).json().size();
    assertField(
        karen.post(
            grants, "{\"name\":\"Peter Holm\",\"relation\":\"Søn\",\"scopes\":[\"EVERYTHING\"]}"),
        "scopes");
    assertField(
        karen.post(grants, "{\"name\":\"Peter Holm\",\"relation\":\"Søn\",\"scopes\":[]}"),
        "scopes");
    assertField(
        karen.post(grants, "{\"name\":\" \",\"relation\":\"Søn\",\"scopes\":[\"READ_PLAN\"]}"),
        "name");
    assertField(
        karen.post(
            grants,
            "{\"name\":\"Peter Holm\",\"relation\":\"Søn\",\"scopes\":[\"READ_PLAN\"],\"expires\":\"2020-01-01\"}"),
        "expiresAt");
    assertField(
        karen.post(
            grants,
            "{\"name\":\"Peter Holm\",\"relation\":\"Søn\",\"scopes\":[\"READ_PLAN\"],\"expires\":\"soon\"}"),
        "expires");
    assertThat(karen.get(grants).json().size()).isEqualTo(grantsBefore);
  }

  @Test
  void staff_see_response_times_overdue_threads_and_material_progress_per_course()
      throws Exception {
    ApiClient ali = signedIn("ali", "SUBSTANTIAL");
    String unit = ali.get("/api/me").json().get("units").get(0).get("id").asText();
    JsonNode times = ali.get("/api/units/" + unit + "/response-times").json();
    assertThat(times.get("opened").asInt()).isGreaterThanOrEqualTo(4);
    assertThat(times.get("answered").asInt()).isGreaterThanOrEqualTo(3);
    assertThat(times.get("expectedReplyHours").asInt()).isEqualTo(24);
    // Mikkel's certificate was answered after 26 hours: the slowest of the period
    assertThat(times.get("p90Minutes").asLong()).isEqualTo(26 * 60);
    assertThat(times.get("medianMinutes").asLong()).isBetween(0L, 26 * 60L);
    JsonNode overdue = byField(times.get("overdue"), "subject", "Nyt telefonnummer");
    assertThat(overdue.get("citizenName").asText()).isEqualTo("Mikkel Strand");
    assertThat(overdue.get("waitingSince").asText()).isEqualTo("2026-11-22T08:30:00+01:00");
    assertField(ali.get("/api/units/" + unit + "/response-times?to=tomorrow"), "to");

    JsonNode progress = ali.get("/api/units/" + unit + "/material-progress").json();
    JsonNode jonasTalks = byField(progress, "citizenName", "Jonas Berg");
    assertThat(jonasTalks.get("template").asText()).isEqualTo("Samtaleforløb");
    assertThat(jonasTalks.get("items").size()).isGreaterThanOrEqualTo(4);
    assertThat(byField(progress, "citizenName", "Mikkel Strand").get("items")).isNotEmpty();

    ApiClient jonas = signedIn("jonas", "SUBSTANTIAL");
    assertThat(jonas.get("/api/units/" + unit + "/response-times").status()).isEqualTo(403);
    assertThat(jonas.get("/api/units/" + unit + "/inbox").status()).isEqualTo(403);
    assertThat(jonas.get("/api/units/" + unit + "/material-progress").status()).isEqualTo(403);
  }

  @Test
  void anna_reads_karens_plan_as_her_relative_but_may_not_cancel_and_karen_manages_grants()
      throws Exception {
    ApiClient karen = signedIn("karen", "SUBSTANTIAL");
    ApiClient anna = signedIn("anna", "SUBSTANTIAL");
    JsonNode me = anna.get("/api/me").json();
    assertThat(me.get("kind").asText()).isEqualTo("RELATIVE");
    assertThat(me.get("citizenId").asText()).isEqualTo(karen.id());
    assertThat(me.get("actingFor").get("name").asText()).isEqualTo("Karen Holm");
    assertThat(me.get("actingFor").get("scopes").toString()).isEqualTo("[\"READ_PLAN\"]");
    assertThat(me.get("sections").toString()).isEqualTo("[\"plan\",\"mine\"]");

    Response plan = anna.get("/api/citizens/" + karen.id() + "/overview");
    assertThat(plan.status()).isEqualTo(200);
    JsonNode next = plan.json().get("next");
    Response cancel =
        anna.post(
            "/api/appointments/" + next.get("id").asText() + "/cancel",
            "{\"version\":" + next.get("version").asLong() + ",\"reason\":\"HOSPITALISED\"}");
    assertThat(cancel.status()).isEqualTo(403);
    assertThat(cancel.contentType()).isEqualTo("application/problem+json");
    assertThat(cancel.json().get("type").asText())
        .isEqualTo("urn:borgerdialog:problem:access-denied");
    assertThat(anna.get("/api/appointments/" + next.get("id").asText() + "/free-slots").status())
        .isEqualTo(403);
    assertThat(karen.get("/api/citizens/" + karen.id() + "/overview").json().get("next"))
        .isEqualTo(next);
    assertThat(anna.get("/api/citizens/" + karen.id() + "/grants").status()).isEqualTo(403);
    ApiClient jonas = signedIn("jonas", "SUBSTANTIAL");
    assertThat(anna.get("/api/citizens/" + jonas.id() + "/overview").status()).isEqualTo(403);
    assertThat(jonas.get("/api/citizens/" + karen.id() + "/grants").status()).isEqualTo(403);

    String grants = "/api/citizens/" + karen.id() + "/grants";
    JsonNode annas = byField(karen.get(grants).json(), "relativeName", "Anna Holm");
    assertThat(annas.get("relation").asText()).isEqualTo("Datter");
    assertThat(annas.get("scopes").toString()).isEqualTo("[\"READ_PLAN\"]");
    assertThat(annas.get("active").asBoolean()).isTrue();
    assertThat(annas.get("expiresAt").isNull()).isFalse();
    Response annaRevokes =
        anna.post(
            "/api/grants/" + annas.get("id").asText() + "/revoke",
            "{\"version\":" + annas.get("version").asLong() + "}");
    assertThat(annaRevokes.status()).isEqualTo(403);

    Response given =
        karen.post(
            grants,
            "{\"name\":\"Peter Holm\",\"relation\":\"Søn\",\"scopes\":[\"MANAGE_APPOINTMENTS\",\"READ_PLAN\"],\"expires\":\"2027-01-31\"}");
    assertThat(given.status()).isEqualTo(201);
    assertThat(given.json().get("relativeName").asText()).isEqualTo("Peter Holm");
    assertThat(given.json().get("scopes").toString())
        .isEqualTo("[\"READ_PLAN\",\"MANAGE_APPOINTMENTS\"]");
    assertThat(given.json().get("expiresAt").asText()).isEqualTo("2027-02-01T00:00:00+01:00");
    assertThat(given.json().get("active").asBoolean()).isTrue();
    String peter = given.json().get("id").asText();
    Response revoked =
        karen.post(
            "/api/grants/" + peter + "/revoke",
            "{\"version\":"
                + given.json().get("version").asLong()
                + ",\"reason\":\"Ikke længere\"}");
    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.json().get("active").asBoolean()).isFalse();
    assertThat(revoked.json().get("revokedAt").isNull()).isFalse();
    assertThat(byField(karen.get(grants).json(), "id", peter).get("active").asBoolean()).isFalse();
    assertThat(
            byField(karen.get(grants).json(), "id", annas.get("id").asText())
                .get("active")
                .asBoolean())
        .isTrue();
  }

  @Test
  void staff_set_the_units_promised_reply_time_and_read_a_courses_care_team() throws Exception {
    ApiClient ali = signedIn("ali", "SUBSTANTIAL");
    ApiClient jonas = signedIn("jonas", "SUBSTANTIAL");
    String unit = ali.get("/api/me").json().get("units").get(0).get("id").asText();
    String path = "/api/units/" + unit + "/expected-reply";
    assertField(ali.put(path, "{}"), "hours");
    assertField(ali.put(path, "{\"hours\":0}"), "hours");
    assertField(ali.put(path, "{\"hours\":\"soon\"}"), "hours");
    assertField(ali.put(path, "{\"hours\":1000}"), "hours");
    assertThat(jonas.put(path, "{\"hours\":48}").status()).isEqualTo(403);
    String times = "/api/units/" + unit + "/response-times";
    assertThat(ali.get(times).json().get("expectedReplyHours").asInt()).isEqualTo(24);

    assertThat(ali.put(path, "{\"hours\":48}").status()).isEqualTo(204);
    assertThat(ali.get(times).json().get("expectedReplyHours").asInt()).isEqualTo(48);
    assertThat(ali.put(path, "{\"hours\":24}").status()).isEqualTo(204);
    assertThat(ali.get(times).json().get("expectedReplyHours").asInt()).isEqualTo(24);

    String course = treatmentCourse(jonas);
    Response team = ali.get("/api/courses/" + course + "/care-team");
    assertThat(team.status()).isEqualTo(200);
    assertThat(byField(team.json(), "name", "Ali Hassan").get("role").asText())
        .isEqualTo("contact_person");
    // the citizen sees his own course's care team; another citizen does not
    assertThat(jonas.get("/api/courses/" + course + "/care-team").status()).isEqualTo(200);
    assertThat(
            signedIn("karen", "SUBSTANTIAL").get("/api/courses/" + course + "/care-team").status())
        .isEqualTo(403);
    assertThat(ali.get("/api/courses/nope/care-team").json().get("field").asText())
        .isEqualTo("courseId");
  }

  private static String treatmentCourse(ApiClient citizen) throws Exception {
    JsonNode courses =
        citizen.get("/api/citizens/" + citizen.id() + "/overview").json().get("courses");
    return byField(courses, "unitName", "Borgercenter Nord").get("id").asText();
  }

  private static JsonNode byField(JsonNode list, String field, String value) {
    for (JsonNode n : list) {
      if (n.get(field) != null && n.get(field).asText().equals(value)) {
        return n;
      }
    }
    throw new AssertionError("no " + field + "=" + value + " in " + list);
  }

  @Test
  void every_public_facade_method_has_a_route_or_a_documented_exclusion() {
    List<PortalApi.Route> routes = portal.apiRoutes();
    List<String> facade = FacadeCoverage.facadeMethods();
    assertThat(facade).contains("ContactOperations.write", "SetupOperations.registerCitizen");
    assertThat(FacadeCoverage.uncovered(routes)).isEmpty();

    List<String> used = routes.stream().flatMap(r -> r.uses().stream()).toList();
    // every claim names a real façade method, and nothing is both routed and excluded
    assertThat(facade).containsAll(used);
    assertThat(facade).containsAll(FacadeCoverage.EXCLUDED.keySet());
    // no known gaps are left: every capability has a route or a deliberate exclusion
    assertThat(FacadeCoverage.NOT_YET).isEmpty();
    assertThat(used).doesNotContainAnyElementsOf(FacadeCoverage.EXCLUDED.keySet());
    assertThat(FacadeCoverage.EXCLUDED.values()).allMatch(reason -> reason.length() > 20);

    // the check bites: without the staff member's own inbox, its façade methods are uncovered
    List<PortalApi.Route> withoutOwnInbox =
        routes.stream().filter(r -> !r.path().equals("/api/staff/{staffId}/threads")).toList();
    assertThat(FacadeCoverage.uncovered(withoutOwnInbox))
        .containsExactly("ContactOperations.threadsOf", "ContactOperations.unread");
    // and without the staff routes' bulk booking and delivery log, theirs are
    List<PortalApi.Route> withoutStaffRoutes =
        routes.stream()
            .filter(
                r ->
                    !r.path().equals("/api/bookings")
                        && !r.path().equals("/api/reminders/{reminderId}/delivery-log"))
            .toList();
    assertThat(FacadeCoverage.uncovered(withoutStaffRoutes))
        .containsExactly(
            "PlanOperations.bookAll",
            "ReminderOperations.deliveryLog",
            "ReminderOperations.relativeDeliveryLog");
    System.out.printf(
        "Facade coverage: %d capabilities, %d routed by %d routes, %d excluded, %d not yet%n",
        facade.size(),
        used.stream().distinct().count(),
        routes.size(),
        FacadeCoverage.EXCLUDED.size(),
        FacadeCoverage.NOT_YET.size());
  }

  @Test
  void a_thread_to_ali_personally_is_in_his_own_inbox_with_its_attachment_and_no_one_elses()
      throws Exception {
    ApiClient jonas = signedIn("jonas", "SUBSTANTIAL");
    ApiClient ali = signedIn("ali", "SUBSTANTIAL");
    ApiClient mette = signedIn("mette", "SUBSTANTIAL");
    JsonNode rules = jonas.get("/api/attachment-rules").json();
    assertThat(rules.get("maxSize").asInt()).isEqualTo(10 * 1024 * 1024);
    assertThat(rules.get("maxPerMessage").asInt()).isEqualTo(5);
    assertThat(rules.get("contentTypes").toString()).contains("application/pdf", "image/png");

    String contact =
        byField(jonas.get("/api/citizens/" + jonas.id() + "/contacts").json(), "name", "Ali Hassan")
            .get("id")
            .asText();
    byte[] pdf = "%PDF-1.4 lægeerklæring".getBytes(StandardCharsets.UTF_8);
    String file =
        "{\"fileName\":\"Lægeerklæring \\\"ny\\\".pdf\",\"contentType\":\"application/pdf\","
            + "\"content\":\""
            + Base64.getEncoder().encodeToString(pdf)
            + "\"}";
    Response started =
        jonas.post(
            "/api/citizens/" + jonas.id() + "/threads",
            "{\"contact\":\""
                + contact
                + "\",\"subject\":\"Erklæring til Ali\",\"body\":\"Her er den.\","
                + "\"attachments\":["
                + file
                + "]}");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    JsonNode attachment = started.json().get("attachments").get(0);
    assertThat(attachment.get("fileName").asText()).isEqualTo("Lægeerklæring \"ny\".pdf");
    assertThat(attachment.get("size").asInt()).isEqualTo(pdf.length);

    String threads = "/api/staff/" + ali.id() + "/threads";
    Response own = ali.get(threads);
    assertThat(own.status()).isEqualTo(200);
    JsonNode thread = byField(own.json().get("threads"), "subject", "Erklæring til Ali");
    assertThat(thread.get("unread").asInt()).isEqualTo(1);
    assertThat(own.json().get("unread").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(mette.get(threads).status()).isEqualTo(403);
    assertThat(mette.get("/api/staff/not-a-uuid/threads").json().get("field").asText())
        .isEqualTo("staffId");

    JsonNode read = ali.get("/api/threads/" + thread.get("id").asText() + "/messages").json();
    String download =
        read.get("messages").get(0).get("attachments").get(0).get("download").asText();
    assertThat(download).isEqualTo(attachment.get("download").asText());
    HttpResponse<byte[]> bytes = ali.download(download);
    assertThat(bytes.statusCode()).isEqualTo(200);
    assertThat(bytes.body()).isEqualTo(pdf);
    assertThat(bytes.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    assertThat(bytes.headers().firstValue("Content-Disposition").orElse(""))
        .isEqualTo(
            "attachment; filename=\"L_geerkl_ring _ny_.pdf\";"
                + " filename*=UTF-8''L%C3%A6geerkl%C3%A6ring%20%22ny%22.pdf");
    assertThat(mette.download(download).statusCode()).isEqualTo(403);
    ApiClient karen = signedIn("karen", "SUBSTANTIAL");
    assertThat(karen.download(download).statusCode()).isEqualTo(403);
    assertThat(ali.get(threads).json().get("unread").asInt())
        .isEqualTo(own.json().get("unread").asInt() - 1);
  }

  @Test
  void bad_attachments_are_problems_naming_the_file_and_send_nothing() throws Exception {
    ApiClient jonas = signedIn("jonas", "SUBSTANTIAL");
    JsonNode thread = threadToAli(jonas, "Filer til Ali");
    String messages = "/api/threads/" + thread.get("id").asText() + "/messages";
    int before = jonas.get(messages).json().get("messages").size();
    String ok = Base64.getEncoder().encodeToString("hej".getBytes(StandardCharsets.UTF_8));
    assertField(
        jonas.post(
            messages,
            "{\"body\":\"x\",\"attachments\":[{\"fileName\":\"../../etc/passwd\","
                + "\"contentType\":\"text/plain\",\"content\":\""
                + ok
                + "\"}]}"),
        "attachments[0].fileName");
    assertField(
        jonas.post(
            messages,
            "{\"body\":\"x\",\"attachments\":[{\"fileName\":\"a.txt\",\"contentType\":\"text/plain\","
                + "\"content\":\""
                + ok
                + "\"},{\"fileName\":\"b.exe\",\"contentType\":\"application/x-msdownload\","
                + "\"content\":\""
                + ok
                + "\"}]}"),
        "attachments[1].contentType");
    assertField(
        jonas.post(
            messages,
            "{\"body\":\"x\",\"attachments\":[{\"fileName\":\"a.txt\",\"contentType\":\"text/plain\","
                + "\"content\":\"not base64!\"}]}"),
        "attachments[0].content");
    assertField(
        jonas.post(
            messages,
            "{\"body\":\"x\",\"attachments\":[{\"fileName\":\"a.txt\",\"contentType\":\"text/plain\","
                + "\"content\":\"\"}]}"),
        "attachments[0].content");
    assertField(jonas.post(messages, "{\"body\":\"x\",\"attachments\":\"a.txt\"}"), "attachments");
    assertThat(jonas.get(messages).json().get("messages").size()).isEqualTo(before);
    assertThat(
            jonas
                .get(
                    "/api/threads/"
                        + thread.get("id").asText()
                        + "/attachments/"
                        + java.util.UUID.randomUUID())
                .status())
        .isEqualTo(404);
  }

  @Test
  void ali_sets_an_auto_reply_that_answers_jonas_and_clears_it() throws Exception {
    ApiClient ali = signedIn("ali", "SUBSTANTIAL");
    ApiClient mette = signedIn("mette", "SUBSTANTIAL");
    ApiClient jonas = signedIn("jonas", "SUBSTANTIAL");
    String autoReply = "/api/staff/" + ali.id() + "/auto-reply";
    assertField(ali.put(autoReply, "{\"until\":\"2026-11-30\"}"), "text");
    assertField(ali.put(autoReply, "{\"text\":\"Ferie\",\"until\":\"2026-11-23\"}"), "until");
    assertField(ali.put(autoReply, "{\"text\":\"Ferie\",\"until\":\"snart\"}"), "until");
    assertField(
        ali.put(
            autoReply,
            "{\"text\":\"Ferie\",\"until\":\"2026-11-30\",\"substitute\":\"" + ali.id() + "\"}"),
        "substitute");
    assertThat(mette.put(autoReply, "{\"text\":\"Ferie\",\"until\":\"2026-11-30\"}").status())
        .isEqualTo(403);

    Response set =
        ali.put(
            autoReply,
            "{\"text\":\"Jeg er på kursus. Skriv til Mette, hvis det haster.\","
                + "\"until\":\"2026-11-30\",\"substitute\":\""
                + mette.id()
                + "\"}");
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    assertThat(set.json().get("until").asText()).startsWith("2026-12-01T00:00");
    assertThat(set.json().get("substitute").asText()).isEqualTo(mette.id());
    Response read = ali.get(autoReply);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json()).isEqualTo(set.json());
    assertThat(mette.get(autoReply).status()).as("a colleague may not read it").isEqualTo(403);

    JsonNode thread = threadToAli(jonas, "Mødet i næste uge");
    String messages = "/api/threads/" + thread.get("id").asText() + "/messages";
    assertThat(jonas.post(messages, "{\"body\":\"Er du der?\"}").status()).isEqualTo(201);
    // each message to Ali while he is away is answered, naming his substitute
    List<JsonNode> answers = autoReplies(jonas.get(messages).json());
    assertThat(answers).hasSize(2);
    assertThat(answers.get(0).get("body").asText())
        .startsWith("Jeg er på kursus.")
        .endsWith("Mette Sørensen");
    assertThat(answers.get(0).get("author").isNull()).isTrue();

    assertThat(mette.delete(autoReply).status()).isEqualTo(403);
    assertThat(ali.delete(autoReply).status()).isEqualTo(204);
    assertThat(ali.get(autoReply).status()).as("none after it is cleared").isEqualTo(204);
    assertThat(jonas.post(messages, "{\"body\":\"Nå, i morgen så.\"}").status()).isEqualTo(201);
    JsonNode after = jonas.get(messages).json();
    assertThat(after.get("messages")).hasSize(5);
    assertThat(autoReplies(after)).hasSize(2);
  }

  private static List<JsonNode> autoReplies(JsonNode page) {
    List<JsonNode> replies = new ArrayList<>();
    page.get("messages")
        .forEach(
            m -> {
              if (m.get("autoReply").asBoolean()) {
                replies.add(m);
              }
            });
    return replies;
  }

  @Test
  void anna_sees_her_own_grants_and_changes_how_she_is_reached() throws Exception {
    ApiClient anna = signedIn("anna", "SUBSTANTIAL");
    ApiClient karen = signedIn("karen", "SUBSTANTIAL");
    JsonNode grants = anna.get("/api/relatives/me/grants").json();
    JsonNode toKaren = byField(grants, "citizenName", "Karen Holm");
    assertThat(toKaren.get("citizen").asText()).isEqualTo(karen.id());
    assertThat(toKaren.get("relation").asText()).isEqualTo("Datter");
    assertThat(toKaren.get("scopes").toString()).isEqualTo("[\"READ_PLAN\"]");
    assertThat(toKaren.get("active").asBoolean()).isTrue();
    assertThat(karen.get("/api/relatives/me/grants").status()).isEqualTo(403);
    assertThat(signedIn("anna", "LOW").get("/api/relatives/me/grants").status()).isEqualTo(403);

    JsonNode contact = anna.get("/api/relatives/me/contact").json();
    assertThat(contact.get("name").asText()).isEqualTo("Anna Holm");
    assertThat(karen.get("/api/relatives/me/contact").status()).isEqualTo(403);

    String path = "/api/relatives/me/contact";
    assertField(anna.put(path, "{\"language\":\"DA\",\"channels\":[\"EMAIL\"]}"), "email");
    assertField(
        anna.put(path, "{\"language\":\"DA\",\"channels\":[\"SMS\"],\"phone\":\"ring mig\"}"),
        "phone");
    assertField(anna.put(path, "{\"language\":\"DA\",\"channels\":[\"POST\"]}"), "channels");
    assertField(anna.put(path, "{\"language\":\"FR\",\"channels\":[]}"), "language");
    assertField(anna.put(path, "{\"language\":\"DA\",\"channels\":[\"IN_APP\"]}"), "channels");
    assertThat(anna.get(path).json()).isEqualTo(contact);

    Response changed =
        anna.put(
            path,
            "{\"language\":\"EN\",\"channels\":[\"EMAIL\",\"SMS\"],"
                + "\"email\":\"anna@example.dk\",\"phone\":\"+4522334455\"}");
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    JsonNode now = anna.get(path).json();
    assertThat(now.get("language").asText()).isEqualTo("EN");
    assertThat(now.get("channels").toString()).isEqualTo("[\"EMAIL\",\"SMS\"]");
    assertThat(now.get("email").asText()).isEqualTo("anna@example.dk");
    assertThat(now.get("phone").asText()).isEqualTo("+4522334455");
  }

  @Test
  void a_relative_karen_adds_can_sign_in_and_sees_only_the_scopes_she_gave() throws Exception {
    ApiClient karen = signedIn("karen", "SUBSTANTIAL");
    assertThat(new ApiClient(portal.port()).get("/api/demo/people").body())
        .doesNotContain("Ole Holm");
    Response given =
        karen.post(
            "/api/citizens/" + karen.id() + "/grants",
            "{\"name\":\"Ole Holm\",\"relation\":\"Søn\",\"scopes\":[\"READ_MESSAGES\"]}");
    assertThat(given.status()).as(given.body()).isEqualTo(201);

    JsonNode ole =
        byField(new ApiClient(portal.port()).get("/api/demo/people").json(), "name", "Ole Holm");
    assertThat(ole.get("kind").asText()).isEqualTo("RELATIVE");
    assertThat(ole.get("role").asText()).isEqualTo("Pårørende (Søn) til Karen Holm");
    ApiClient signed = signedIn(ole.get("key").asText(), "SUBSTANTIAL");
    JsonNode me = signed.get("/api/me").json();
    assertThat(me.get("actingFor").get("name").asText()).isEqualTo("Karen Holm");
    assertThat(me.get("sections").toString()).isEqualTo("[\"contacts\",\"mine\"]");
    assertThat(signed.get("/api/citizens/" + karen.id() + "/threads").status()).isEqualTo(200);
    assertThat(signed.get("/api/citizens/" + karen.id() + "/overview").status()).isEqualTo(403);
    assertThat(signed.get("/api/relatives/me/contact").json().get("name").asText())
        .isEqualTo("Ole Holm");

    Response revoked =
        karen.post(
            "/api/grants/" + given.json().get("id").asText() + "/revoke",
            "{\"version\":" + given.json().get("version").asLong() + "}");
    assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
    assertThat(new ApiClient(portal.port()).get("/api/demo/people").body())
        .doesNotContain("Ole Holm");
    assertThat(signed.get("/api/citizens/" + karen.id() + "/threads").status()).isEqualTo(403);
  }

  /** A new thread from the citizen to Ali Hassan, their contact person; its first message. */
  private static JsonNode threadToAli(ApiClient citizen, String subject) throws Exception {
    String contact =
        byField(
                citizen.get("/api/citizens/" + citizen.id() + "/contacts").json(),
                "name",
                "Ali Hassan")
            .get("id")
            .asText();
    Response started =
        citizen.post(
            "/api/citizens/" + citizen.id() + "/threads",
            "{\"contact\":\"" + contact + "\",\"subject\":\"" + subject + "\",\"body\":\"Hej.\"}");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    return JSON.createObjectNode().put("id", started.json().get("thread").asText());
  }

  private static void assertField(Response r, String field) {
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.contentType()).isEqualTo("application/problem+json");
    assertThat(r.json().get("field").asText()).as(r.body()).isEqualTo(field);
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
  private static JsonNode occurrence(ApiClient citizen, String title) throws Exception {
    String text = java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8);
    JsonNode page =
        citizen.get("/api/citizens/" + citizen.id() + "/activities?text=" + text).json();
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

  private static ApiClient signedIn(String person, String level) throws Exception {
    return ApiClient.signedIn(portal.port(), person, level);
  }
}
