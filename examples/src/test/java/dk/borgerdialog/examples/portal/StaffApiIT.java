package dk.borgerdialog.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.examples.portal.ApiClient.Response;
import dk.borgerdialog.notification.model.InAppNotification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The staff and network coordinator routes over HTTP, without a browser: each area's effect seen
 * through a read route, problem+json naming the field for bad input with nothing changed, and the
 * SDK's refusal (403) for a citizen and for staff of another unit.
 */
class StaffApiIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Portal portal;

  @BeforeAll
  static void start() {
    portal = Portal.start(0, PortalApiIT.TUESDAY_10);
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  // ---- booking

  @Test
  void staff_book_an_appointment_and_the_citizen_sees_it_in_the_overview() throws Exception {
    ApiClient ali = signedIn("ali", "SUBSTANTIAL");
    ApiClient jonas = signedIn("jonas", "SUBSTANTIAL");
    JsonNode talks = course(ali, jonas.id(), "Samtaleforløb");
    String course = talks.get("id").asText();
    int before = upcoming(jonas).size();
    // staff see the unit's internal name; the citizen, reading the same route, its public name
    assertThat(talks.get("unitName").asText()).isEqualTo("Ambulant rusmiddelbehandling");
    assertThat(course(jonas, jonas.id(), "Samtaleforløb").get("unitName").asText())
        .isEqualTo("Borgercenter Nord");

    Response booked =
        ali.post(
            "/api/courses/" + course + "/appointments",
            "{\"type\":\"conversation\",\"start\":\"2026-12-01T13:00\",\"end\":\"2026-12-01T14:00\","
                + "\"mode\":{\"code\":\"in_person\",\"address\":\"Nørrebrogade 1, 2200 København N\"},"
                + "\"participants\":[\""
                + ali.id()
                + "\"]}");
    assertThat(booked.status()).isEqualTo(201);
    assertThat(booked.json().get("status").asText()).isEqualTo("BOOKED");
    assertThat(booked.json().get("start").asText()).isEqualTo("2026-12-01T13:00:00+01:00");

    JsonNode seen = byId(upcoming(jonas), booked.json().get("id").asText());
    assertThat(seen.get("start").asText()).isEqualTo("2026-12-01T13:00:00+01:00");
    assertThat(seen.get("mode").get("address").asText()).startsWith("Nørrebrogade 1");
    assertThat(upcoming(jonas)).hasSize(before + 1);

    // its reminders, planned by the unit's policy, for staff of the unit only
    String reminders = "/api/appointments/" + booked.json().get("id").asText() + "/reminders";
    JsonNode planned = ali.get(reminders).json();
    assertThat(planned).isNotEmpty();
    planned.forEach(
        r -> {
          assertThat(r.get("status").asText()).isEqualTo("PENDING");
          assertThat(r.get("appointmentStart").asText()).isEqualTo("2026-12-01T13:00:00+01:00");
        });
    assertProblem(jonas.get(reminders), 403, null);
    assertProblem(
        ali.get("/api/appointments/00000000-0000-0000-0000-000000000000/reminders"), 404, null);
  }

  @Test
  void a_bad_booking_names_the_field_and_a_refused_one_is_403_and_nothing_is_booked()
      throws Exception {
    ApiClient ali = signedIn("ali", "SUBSTANTIAL");
    ApiClient jonas = signedIn("jonas", "SUBSTANTIAL");
    String course = course(ali, jonas.id(), "Samtaleforløb").get("id").asText();
    JsonNode before = upcoming(jonas);
    String path = "/api/courses/" + course + "/appointments";

    Response noAddress =
        ali.post(
            path,
            "{\"type\":\"conversation\",\"start\":\"2026-12-02T13:00\",\"end\":\"2026-12-02T14:00\","
                + "\"mode\":{\"code\":\"in_person\"}}");
    assertProblem(noAddress, 400, "mode.address");
    Response badStart =
        ali.post(
            path,
            "{\"type\":\"conversation\",\"start\":\"tomorrow\",\"end\":\"2026-12-02T14:00\","
                + "\"mode\":{\"code\":\"phone\"}}");
    assertProblem(badStart, 400, "start");
    Response backwards =
        ali.post(
            path,
            "{\"type\":\"conversation\",\"start\":\"2026-12-02T14:00\",\"end\":\"2026-12-02T13:00\","
                + "\"mode\":{\"code\":\"phone\"}}");
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.json().get("field").asText()).isNotBlank();

    String good =
        "{\"type\":\"conversation\",\"start\":\"2026-12-02T13:00\",\"end\":\"2026-12-02T14:00\","
            + "\"mode\":{\"code\":\"phone\"}}";
    // a citizen may not book, nor may staff of another unit (the housing advisor, Karen's nurse)
    assertProblem(jonas.post(path, good), 403, null);
    assertProblem(signedIn("camilla", "SUBSTANTIAL").post(path, good), 403, null);
    assertProblem(signedIn("hanne", "SUBSTANTIAL").post(path, good), 403, null);

    assertThat(upcoming(jonas)).isEqualTo(before);
  }

  @Test
  void a_bulk_booking_books_all_or_names_the_booking_and_field_and_caps_at_1000() throws Exception {
    ApiClient ali = signedIn("ali", "SUBSTANTIAL");
    ApiClient jonas = signedIn("jonas", "SUBSTANTIAL");
    ApiClient mikkel = signedIn("mikkel", "SUBSTANTIAL");
    String jonasCourse = course(ali, jonas.id(), "Samtaleforløb").get("id").asText();
    String mikkelCourse = course(ali, mikkel.id(), "Samtaleforløb").get("id").asText();
    int jonasBefore = upcoming(jonas).size();
    int mikkelBefore = upcoming(mikkel).size();

    Response bad =
        ali.post(
            "/api/bookings",
            "["
                + booking(jonasCourse, "2026-12-03T09:00", "2026-12-03T10:00")
                + ","
                + booking(mikkelCourse, "3 December", "2026-12-03T11:00")
                + "]");
    assertProblem(bad, 400, "bookings[1].start");
    assertProblem(ali.post("/api/bookings", "{\"course\":\"x\"}"), 400, "bookings");

    StringBuilder many = new StringBuilder("[");
    for (int i = 0; i < 1001; i++) {
      many.append(i == 0 ? "" : ",")
          .append(booking(jonasCourse, "2026-12-04T09:00", "2026-12-04T10:00"));
    }
    Response tooMany = ali.post("/api/bookings", many.append(']').toString());
    assertProblem(tooMany, 400, "bookings");
    assertThat(tooMany.json().get("rule").asText()).contains("1000");

    String two =
        "["
            + booking(jonasCourse, "2026-12-03T09:00", "2026-12-03T10:00")
            + ","
            + booking(mikkelCourse, "2026-12-03T10:00", "2026-12-03T11:00")
            + "]";
    // one booking in a course of a unit the housing advisor does not work in: none is booked
    assertProblem(signedIn("camilla", "SUBSTANTIAL").post("/api/bookings", two), 403, null);
    assertProblem(jonas.post("/api/bookings", two), 403, null);
    assertThat(upcoming(jonas)).hasSize(jonasBefore);
    assertThat(upcoming(mikkel)).hasSize(mikkelBefore);

    Response booked = ali.post("/api/bookings", two);
    assertThat(booked.status()).isEqualTo(201);
    assertThat(booked.json()).hasSize(2);
    byId(upcoming(jonas), booked.json().get(0).get("id").asText());
    byId(upcoming(mikkel), booked.json().get(1).get("id").asText());
  }

  // ---- courses and plan items

  @Test
  void staff_write_and_revise_a_plan_item_the_citizen_reads_and_a_stale_revision_is_409()
      throws Exception {
    ApiClient ali = signedIn("ali", "SUBSTANTIAL");
    ApiClient jonas = signedIn("jonas", "SUBSTANTIAL");
    String course = course(ali, jonas.id(), "Samtaleforløb").get("id").asText();

    assertProblem(
        ali.post(
            "/api/courses/" + course + "/plan-items", "{\"kind\":\"WISH\",\"text\":\"Gå en tur\"}"),
        400,
        "kind");
    assertProblem(
        ali.post("/api/courses/" + course + "/plan-items", "{\"kind\":\"GOAL\"}"), 400, "text");
    assertProblem(
        jonas.post(
            "/api/courses/" + course + "/plan-items", "{\"kind\":\"GOAL\",\"text\":\"Mit mål\"}"),
        403,
        null);
    assertProblem(
        signedIn("camilla", "SUBSTANTIAL")
            .post(
                "/api/courses/" + course + "/plan-items",
                "{\"kind\":\"GOAL\",\"text\":\"Et mål\"}"),
        403,
        null);
    assertThat(planTexts(jonas, course)).doesNotContain("Mit mål", "Et mål");

    Response written =
        ali.post(
            "/api/courses/" + course + "/plan-items",
            "{\"kind\":\"TASK\",\"text\":\"Ring til lægen inden fredag\"}");
    assertThat(written.status()).isEqualTo(201);
    assertThat(written.json().get("author").asText()).isEqualTo("Ali Hassan");
    assertThat(planTexts(jonas, course)).contains("Ring til lægen inden fredag");

    String item = written.json().get("id").asText();
    long version = written.json().get("version").asLong();
    Response revised =
        ali.put(
            "/api/plan-items/" + item,
            "{\"version\":" + version + ",\"text\":\"Ring til lægen inden torsdag\"}");
    assertThat(revised.status()).isEqualTo(200);
    assertThat(planTexts(jonas, course))
        .contains("Ring til lægen inden torsdag")
        .doesNotContain("Ring til lægen inden fredag");
    Response stale =
        ali.put(
            "/api/plan-items/" + item,
            "{\"version\":" + version + ",\"text\":\"Ring til lægen i dag\"}");
    assertProblem(stale, 409, null);
    assertThat(planTexts(jonas, course)).doesNotContain("Ring til lægen i dag");
  }

  @Test
  void staff_open_pause_and_end_a_course_and_a_stale_change_is_409() throws Exception {
    ApiClient mette = signedIn("mette", "SUBSTANTIAL");
    ApiClient mikkel = signedIn("mikkel", "SUBSTANTIAL");
    JsonNode talks = course(mette, mikkel.id(), "Samtaleforløb");
    JsonNode units = mette.get("/api/me").json().get("units");
    String housing = null;
    for (JsonNode u : units) {
      if (u.get("name").asText().equals("Bostøtteteamet")) {
        housing = u.get("id").asText();
      }
    }
    String template =
        course(mette, signedIn("jonas", "SUBSTANTIAL").id(), "Bostøtte").get("templateId").asText();
    String open = "{\"unit\":\"" + housing + "\",\"template\":\"" + template + "\"}";

    assertProblem(
        mette.post("/api/citizens/" + mikkel.id() + "/courses", "{\"unit\":\"" + housing + "\"}"),
        400,
        "template");
    assertProblem(mikkel.post("/api/citizens/" + mikkel.id() + "/courses", open), 403, null);
    assertProblem(
        signedIn("lise", "SUBSTANTIAL").post("/api/citizens/" + mikkel.id() + "/courses", open),
        403,
        null);
    assertThat(mette.get("/api/citizens/" + mikkel.id() + "/courses").json()).hasSize(1);

    Response opened = mette.post("/api/citizens/" + mikkel.id() + "/courses", open);
    assertThat(opened.status()).isEqualTo(201);
    assertThat(opened.json().get("state").asText()).isEqualTo("ACTIVE");
    String id = opened.json().get("id").asText();
    assertThat(stateOf(mikkel, id)).isEqualTo("ACTIVE");

    long version = opened.json().get("version").asLong();
    assertProblem(
        mette.post(
            "/api/courses/" + id + "/state", "{\"version\":" + version + ",\"state\":\"DONE\"}"),
        400,
        "state");
    assertProblem(
        mikkel.post(
            "/api/courses/" + id + "/state", "{\"version\":" + version + ",\"state\":\"PAUSED\"}"),
        403,
        null);
    Response paused =
        mette.post(
            "/api/courses/" + id + "/state", "{\"version\":" + version + ",\"state\":\"PAUSED\"}");
    assertThat(paused.status()).isEqualTo(200);
    assertThat(stateOf(mikkel, id)).isEqualTo("PAUSED");
    assertProblem(
        mette.post(
            "/api/courses/" + id + "/state", "{\"version\":" + version + ",\"state\":\"CLOSED\"}"),
        409,
        null);
    Response closed =
        mette.post(
            "/api/courses/" + id + "/state",
            "{\"version\":" + paused.json().get("version").asLong() + ",\"state\":\"CLOSED\"}");
    assertThat(closed.status()).isEqualTo(200);
    assertThat(closed.json().get("closedAt").isNull()).isFalse();
    assertThat(talks.get("state").asText()).isEqualTo("ACTIVE");
  }

  // ---- reminders

  @Test
  void staff_change_the_reminder_policy_within_the_sdk_limits_and_only_for_their_unit()
      throws Exception {
    ApiClient ali = signedIn("ali", "SUBSTANTIAL");
    String unit = ali.get("/api/me").json().get("units").get(0).get("id").asText();
    String path = "/api/units/" + unit + "/reminder-policy";
    JsonNode before = ali.get(path).json();
    assertThat(before.get("minutesBefore")).isNotEmpty();

    assertProblem(ali.put(path, "{\"minutesBefore\":[0]}"), 400, "minutesBefore");
    assertProblem(ali.put(path, "{\"minutesBefore\":[60,60]}"), 400, "minutesBefore");
    assertProblem(ali.put(path, "{}"), 400, "minutesBefore");
    assertProblem(
        signedIn("jonas", "SUBSTANTIAL").put(path, "{\"minutesBefore\":[60]}"), 403, null);
    assertProblem(
        signedIn("camilla", "SUBSTANTIAL").put(path, "{\"minutesBefore\":[60]}"), 403, null);
    assertProblem(signedIn("camilla", "SUBSTANTIAL").get(path), 403, null);
    assertThat(ali.get(path).json()).isEqualTo(before);

    Response changed = ali.put(path, "{\"minutesBefore\":[90,2880],\"critical\":false}");
    assertThat(changed.status()).isEqualTo(200);
    assertThat(ali.get(path).json().get("minutesBefore").toString()).isEqualTo("[2880,90]");
    assertThat(ali.get("/api/units/" + unit + "/undelivered-reminders").json().isArray()).isTrue();
    assertProblem(
        signedIn("camilla", "SUBSTANTIAL").get("/api/units/" + unit + "/undelivered-reminders"),
        403,
        null);
  }

  @Test
  void the_delivery_log_of_a_sent_reminder_lists_its_attempts_for_staff_of_the_unit()
      throws Exception {
    ApiClient karen = signedIn("karen", "SUBSTANTIAL");
    String reminder = sentReminder(karen.id());
    // Karen has reminders from the home care (Lise) and from the rehabilitation (Mads): the unit's
    // staff read the log, staff of the other unit are refused
    ApiClient lise = signedIn("lise", "SUBSTANTIAL");
    ApiClient mads = signedIn("mads", "SUBSTANTIAL");
    String path = "/api/reminders/" + reminder + "/delivery-log";
    Response fromLise = lise.get(path);
    Response fromMads = mads.get(path);
    assertThat(List.of(fromLise.status(), fromMads.status())).containsExactlyInAnyOrder(200, 403);
    Response log = fromLise.status() == 200 ? fromLise : fromMads;
    assertProblem(fromLise.status() == 200 ? fromMads : fromLise, 403, null);
    assertThat(log.json().get("reminder").asText()).isEqualTo(reminder);
    assertThat(log.json().get("attempts")).isNotEmpty();
    assertThat(log.json().get("attempts"))
        .anySatisfy(
            a -> {
              assertThat(a.get("channel").asText()).isEqualTo("IN_APP");
              assertThat(a.get("outcome").asText()).isEqualTo("DELIVERED");
            });
    assertThat(log.json().get("relatives").isArray()).isTrue();

    assertProblem(karen.get("/api/reminders/" + reminder + "/delivery-log"), 403, null);
    assertProblem(
        signedIn("ali", "SUBSTANTIAL").get("/api/reminders/" + reminder + "/delivery-log"),
        403,
        null);
    assertProblem(lise.get("/api/reminders/not-a-reminder/delivery-log"), 400, "reminderId");
  }

  // ---- material

  @Test
  void staff_attach_material_release_it_by_hand_and_the_citizen_has_it() throws Exception {
    ApiClient ali = signedIn("ali", "SUBSTANTIAL");
    ApiClient jonas = signedIn("jonas", "SUBSTANTIAL");
    String course = course(ali, jonas.id(), "Samtaleforløb").get("id").asText();
    String path = "/api/courses/" + course + "/material";

    assertProblem(
        ali.post(
            path,
            "{\"kind\":\"TEXT\",\"variants\":[{\"language\":\"FR\",\"title\":\"Bonjour\","
                + "\"body\":\"x\"}],\"release\":{\"rule\":\"BY_HAND\"}}"),
        400,
        "variants[0].language");
    assertProblem(
        ali.post(
            path,
            "{\"kind\":\"VIDEO\",\"variants\":[{\"language\":\"DA\",\"title\":\"Film\","
                + "\"url\":\"https://video.example.dk/a.mp4\",\"transcript\":\"Tekst\"}],"
                + "\"release\":{\"rule\":\"AT_START\"}}"),
        400,
        "minutes");
    assertProblem(
        ali.post(
            path,
            "{\"kind\":\"TEXT\",\"variants\":[{\"language\":\"DA\",\"title\":\"Tekst\","
                + "\"body\":\"x\"}],\"release\":{\"rule\":\"SOMETIME\"}}"),
        400,
        "release.rule");
    String item =
        "{\"kind\":\"TEXT\",\"variants\":[{\"language\":\"DA\",\"title\":\"Husk sygesikringskortet\","
            + "\"body\":\"Tag dit **gule kort** med.\"},{\"language\":\"EN\",\"title\":\"Bring your"
            + " health card\",\"body\":\"Bring your **yellow card**.\"}],"
            + "\"release\":{\"rule\":\"BY_HAND\"}}";
    assertProblem(jonas.post(path, item), 403, null);
    assertProblem(signedIn("hanne", "SUBSTANTIAL").post(path, item), 403, null);
    assertThat(progressTitles(ali, course)).doesNotContain("Husk sygesikringskortet");

    Response attached = ali.post(path, item);
    assertThat(attached.status()).isEqualTo(201);
    assertThat(attached.json().get("release").asText()).isEqualTo("BY_HAND");
    String id = attached.json().get("id").asText();
    assertThat(progressTitles(ali, course)).contains("Husk sygesikringskortet");
    assertThat(titles(jonas.get(path).json())).doesNotContain("Husk sygesikringskortet");

    String release = path + "/" + id + "/release";
    assertProblem(jonas.post(release, ""), 403, null);
    assertProblem(signedIn("camilla", "SUBSTANTIAL").post(release, ""), 403, null);
    assertThat(titles(jonas.get(path).json())).doesNotContain("Husk sygesikringskortet");
    Response released = ali.post(release, "");
    assertThat(released.status()).isEqualTo(200);
    assertThat(released.json().get("releasedAt").asText()).startsWith("2026-11-24T10:00");
    assertThat(titles(jonas.get(path).json())).contains("Husk sygesikringskortet");
  }

  // ---- the activity catalogue

  @Test
  void the_coordinator_registers_an_organiser_publishes_an_activity_that_search_finds()
      throws Exception {
    ApiClient bent = signedIn("bent", "SUBSTANTIAL");
    ApiClient karen = signedIn("karen", "SUBSTANTIAL");
    String unit = bent.get("/api/me").json().get("units").get(0).get("id").asText();
    JsonNode organisers = bent.get("/api/units/" + unit + "/organisers").json();
    assertThat(organisers)
        .extracting(o -> o.get("name").asText())
        .contains("Seniorcenter Søndermarken", "Ældre Sagen Frederiksberg");
    assertProblem(
        bent.post("/api/units/" + unit + "/organisers", "{\"kind\":\"CLUB\",\"name\":\"Skak\"}"),
        400,
        "kind");
    assertProblem(
        signedIn("ali", "SUBSTANTIAL")
            .post(
                "/api/units/" + unit + "/organisers", "{\"kind\":\"ASSOCIATION\",\"name\":\"X\"}"),
        403,
        null);
    Response registered =
        bent.post(
            "/api/units/" + unit + "/organisers",
            "{\"kind\":\"ASSOCIATION\",\"name\":\"Skakklubben Frederiksberg\","
                + "\"email\":\"skak@example.dk\"}");
    assertThat(registered.status()).isEqualTo(201);
    String organiser = registered.json().get("id").asText();
    assertThat(bent.get("/api/units/" + unit + "/organisers").json())
        .extracting(o -> o.get("name").asText())
        .contains("Skakklubben Frederiksberg");

    String publish = "/api/organisers/" + organiser + "/activities";
    String activity =
        "{\"title\":\"Skak for begyndere\",\"description\":\"Vi lærer reglerne sammen.\","
            + "\"place\":{\"address\":\"Falkoner Allé 30\","
            + "\"district\":\"Frederiksberg C\"},\"schedule\":{\"firstStart\":\"2026-11-30T14:00\","
            + "\"minutes\":90,\"frequency\":\"WEEKLY\",\"until\":\"2027-01-31\"},\"capacity\":%d,"
            + "\"interests\":%s,\"priceOre\":2000,\"signupDeadlineHours\":2}";
    assertProblem(bent.post(publish, String.format(activity, 0, "[\"talks\"]")), 400, "capacity");
    assertProblem(
        bent.post(publish, String.format(activity, 8, "[\"knitting\"]")), 400, "interests");
    assertProblem(
        bent.post(publish, String.format(activity, 8, "[\"talks\"]").replace("14:00", "2pm")),
        400,
        "schedule.firstStart");
    assertProblem(karen.post(publish, String.format(activity, 8, "[\"talks\"]")), 403, null);
    assertProblem(
        signedIn("mads", "SUBSTANTIAL").post(publish, String.format(activity, 8, "[\"talks\"]")),
        403,
        null);
    assertThat(search(karen, "Skak")).isEmpty();
    String activities = "/api/units/" + unit + "/activities";
    assertThat(bent.get(activities).json())
        .extracting(a -> a.get("title").asText())
        .isNotEmpty()
        .doesNotContain("Skak for begyndere");
    assertProblem(karen.get(activities), 403, null);

    Response published = bent.post(publish, String.format(activity, 8, "[\"talks\"]"));
    assertThat(published.status()).isEqualTo(201);
    assertThat(bent.get(activities).json())
        .extracting(a -> a.get("id").asText())
        .contains(published.json().get("id").asText());
    assertThat(published.json().get("recurring").asBoolean()).isTrue();
    JsonNode found = search(karen, "Skak");
    assertThat(found).isNotEmpty();
    assertThat(found.get(0).get("activity").get("title").asText()).isEqualTo("Skak for begyndere");
    assertThat(found.get(0).get("start").asText()).isEqualTo("2026-11-30T14:00:00+01:00");
  }

  @Test
  void the_coordinator_sees_the_signup_list_and_a_contact_person_suggests_an_activity()
      throws Exception {
    ApiClient bent = signedIn("bent", "SUBSTANTIAL");
    ApiClient karen = signedIn("karen", "SUBSTANTIAL");
    JsonNode walk = search(karen, "Morgengåtur").get(0);
    String activity = walk.get("activity").get("id").asText();
    String signups = "/api/activities/" + activity + "/signups";
    assertThat(bent.get(signups).json()).isEmpty();

    Response signedUp =
        karen.post(
            "/api/citizens/" + karen.id() + "/signups",
            "{\"activity\":\""
                + activity
                + "\",\"occurrence\":\""
                + walk.get("start").asText()
                + "\"}");
    assertThat(signedUp.status()).isEqualTo(201);
    JsonNode list = bent.get(signups).json();
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("citizenName").asText()).isEqualTo("Karen Holm");
    assertThat(list.get(0).get("status").asText()).isEqualTo("SEATED");
    assertProblem(karen.get(signups), 403, null);
    assertProblem(signedIn("ali", "SUBSTANTIAL").get(signups), 403, null);

    // the physiotherapist suggests the talk; Karen sees it among the suggestions
    String talk = search(karen, "Foredrag").get(0).get("activity").get("id").asText();
    ApiClient mads = signedIn("mads", "SUBSTANTIAL");
    String suggest = "/api/citizens/" + karen.id() + "/suggestions";
    assertProblem(mads.post(suggest, "{\"activity\":\"soon\"}"), 400, "activity");
    assertProblem(
        signedIn("ali", "SUBSTANTIAL").post(suggest, "{\"activity\":\"" + talk + "\"}"), 403, null);
    assertProblem(karen.post(suggest, "{\"activity\":\"" + talk + "\"}"), 403, null);
    assertThat(suggestedTitles(karen)).doesNotContain("Foredrag: Tryg i eget hjem");
    Response suggested = mads.post(suggest, "{\"activity\":\"" + talk + "\"}");
    assertThat(suggested.status()).isEqualTo(201);
    assertThat(suggested.json().get("suggestedBy").asText()).isEqualTo("Mads Nielsen");
    assertThat(suggestedTitles(karen)).contains("Foredrag: Tryg i eget hjem");
  }

  // ---- the care team

  @Test
  void staff_join_replace_and_leave_a_care_team_and_the_citizen_sees_who_is_on_it()
      throws Exception {
    ApiClient mette = signedIn("mette", "SUBSTANTIAL");
    ApiClient mikkel = signedIn("mikkel", "SUBSTANTIAL");
    String course = course(mette, mikkel.id(), "Samtaleforløb").get("id").asText();
    String henrik = staffId("henrik");
    String rasmus = staffId("rasmus");
    assertThat(contactNames(mikkel)).doesNotContain("Henrik Dahl", "Rasmus Kjær");

    String path = "/api/courses/" + course + "/care-team";
    String join =
        "{\"staffMember\":\""
            + henrik
            + "\",\"role\":\"family_therapist\",\"expectedReplyHours\":%d}";
    assertProblem(mette.post(path, String.format(join, 0)), 400, "expectedReplyHours");
    assertProblem(
        mette.post(path, String.format(join, 48).replace("family_therapist", "Family")),
        400,
        "role");
    assertProblem(mikkel.post(path, String.format(join, 48)), 403, null);
    assertProblem(
        signedIn("camilla", "SUBSTANTIAL").post(path, String.format(join, 48)), 403, null);
    assertThat(contactNames(mikkel)).doesNotContain("Henrik Dahl");

    Response joined = mette.post(path, String.format(join, 48));
    assertThat(joined.status()).isEqualTo(201);
    assertThat(contactNames(mikkel)).contains("Henrik Dahl");

    String member = joined.json().get("id").asText();
    long version = joined.json().get("version").asLong();
    String replace = "/api/care-team/" + member + "/replace";
    assertProblem(
        mette.post(replace, "{\"version\":" + version + ",\"successor\":\"rasmus\"}"),
        400,
        "successor");
    Response replaced =
        mette.post(replace, "{\"version\":" + version + ",\"successor\":\"" + rasmus + "\"}");
    assertThat(replaced.status()).isEqualTo(200);
    assertThat(contactNames(mikkel)).contains("Rasmus Kjær").doesNotContain("Henrik Dahl");
    assertProblem(
        mette.post(replace, "{\"version\":" + version + ",\"successor\":\"" + rasmus + "\"}"),
        409,
        null);

    JsonNode successor = null;
    for (JsonNode m : mette.get(path).json()) {
      if (m.get("name").asText().equals("Rasmus Kjær")) {
        successor = m;
      }
    }
    assertThat(successor).isNotNull();
    String leave = "/api/care-team/" + successor.get("id").asText() + "/leave";
    assertProblem(mikkel.post(leave, "{\"version\":0}"), 403, null);
    assertProblem(mette.post(leave, "{}"), 400, "version");
    Response left = mette.post(leave, "{\"version\":" + successor.get("version").asLong() + "}");
    assertThat(left.status()).isEqualTo(200);
    assertThat(left.json().get("activeUntil").isNull()).isFalse();
    assertThat(contactNames(mikkel)).doesNotContain("Rasmus Kjær", "Henrik Dahl");
  }

  // ---- helpers

  private static String booking(String course, String start, String end) {
    return "{\"course\":\""
        + course
        + "\",\"type\":\"conversation\",\"start\":\""
        + start
        + "\",\"end\":\""
        + end
        + "\",\"mode\":{\"code\":\"phone\"}}";
  }

  /** The staff view of the citizen's course of a template, as the signed-in staff member. */
  private static JsonNode course(ApiClient staff, String citizen, String template)
      throws Exception {
    Response courses = staff.get("/api/citizens/" + citizen + "/courses");
    assertThat(courses.status()).isEqualTo(200);
    for (JsonNode c : courses.json()) {
      if (template.equals(c.get("template").asText())) {
        return c;
      }
    }
    throw new AssertionError("no " + template + " in " + courses.body());
  }

  private static String stateOf(ApiClient citizen, String course) throws Exception {
    for (JsonNode c :
        citizen.get("/api/citizens/" + citizen.id() + "/overview").json().get("courses")) {
      if (c.get("id").asText().equals(course)) {
        return c.get("state").asText();
      }
    }
    throw new AssertionError("no course " + course);
  }

  private static JsonNode upcoming(ApiClient citizen) throws Exception {
    return citizen.get("/api/citizens/" + citizen.id() + "/overview").json().get("upcoming");
  }

  private static JsonNode byId(JsonNode list, String id) {
    for (JsonNode n : list) {
      if (n.get("id").asText().equals(id)) {
        return n;
      }
    }
    throw new AssertionError("no " + id + " in " + list);
  }

  private static List<String> planTexts(ApiClient citizen, String course) throws Exception {
    List<String> texts = new ArrayList<>();
    for (JsonNode c :
        citizen.get("/api/citizens/" + citizen.id() + "/overview").json().get("courses")) {
      if (c.get("id").asText().equals(course)) {
        c.get("planItems").forEach(i -> texts.add(i.get("text").asText()));
      }
    }
    return texts;
  }

  private static List<String> progressTitles(ApiClient staff, String course) throws Exception {
    return titles(staff.get("/api/courses/" + course + "/material-progress").json());
  }

  private static List<String> titles(JsonNode items) {
    List<String> titles = new ArrayList<>();
    items.forEach(i -> titles.add(i.get("title").asText()));
    return titles;
  }

  private static JsonNode search(ApiClient citizen, String text) throws Exception {
    return citizen
        .get(
            "/api/citizens/"
                + citizen.id()
                + "/activities?text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8))
        .json()
        .get("occurrences");
  }

  private static List<String> suggestedTitles(ApiClient citizen) throws Exception {
    List<String> titles = new ArrayList<>();
    citizen
        .get("/api/citizens/" + citizen.id() + "/suggestions")
        .json()
        .forEach(s -> titles.add(s.get("activity").get("title").asText()));
    return titles;
  }

  private static List<String> contactNames(ApiClient citizen) throws Exception {
    List<String> names = new ArrayList<>();
    citizen
        .get("/api/citizens/" + citizen.id() + "/contacts")
        .json()
        .forEach(c -> names.add(c.get("name").asText()));
    return names;
  }

  private static String staffId(String key) {
    return portal.directory().person(key).orElseThrow().id().toString();
  }

  private static final Pattern REMINDER_KEY = Pattern.compile("^reminder-([0-9a-f-]{36})-");

  /**
   * A reminder the SDK has sent the citizen in the app: the portal's dispatcher sends those due at
   * start within its polling interval. Read through the SDK as the citizen; the key names it.
   */
  private static String sentReminder(String citizen) throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < deadline) {
      CitizenId id = new CitizenId(UUID.fromString(citizen));
      for (InAppNotification n :
          portal
              .dialog()
              .as(Actor.citizen(id, AssuranceLevel.SUBSTANTIAL))
              .reminders()
              .notifications(id)) {
        Matcher m = REMINDER_KEY.matcher(n.idempotencyKey());
        if (m.find()) {
          return m.group(1);
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no reminder was sent to " + citizen);
  }

  private static void assertProblem(Response r, int status, String field) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.contentType()).isEqualTo("application/problem+json");
    assertThat(r.json().get("status").asInt()).isEqualTo(status);
    if (field != null) {
      assertThat(r.json().get("field").asText()).as(r.body()).isEqualTo(field);
    }
  }

  private static ApiClient signedIn(String person, String level) throws Exception {
    return ApiClient.signedIn(portal.port(), person, level);
  }
}
