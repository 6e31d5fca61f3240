package dk.borgerdialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CprNumber;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.common.UnableToChangeException;
import dk.borgerdialog.contact.application.JoinCareTeamCommand;
import dk.borgerdialog.contact.application.StartThreadCommand;
import dk.borgerdialog.contact.model.Attachment;
import dk.borgerdialog.contact.model.CareTeamMember;
import dk.borgerdialog.contact.model.Message;
import dk.borgerdialog.contact.model.ResponseTimes;
import dk.borgerdialog.gdpr.application.ErasureReport;
import dk.borgerdialog.material.application.AttachMaterialCommand;
import dk.borgerdialog.material.model.MaterialAttachment;
import dk.borgerdialog.material.model.MaterialItem;
import dk.borgerdialog.material.model.MaterialVariant;
import dk.borgerdialog.material.model.ReleaseRule;
import dk.borgerdialog.network.model.Activity;
import dk.borgerdialog.network.model.Interest;
import dk.borgerdialog.network.model.Organiser;
import dk.borgerdialog.network.model.OrganiserKind;
import dk.borgerdialog.network.model.Place;
import dk.borgerdialog.network.model.Schedule;
import dk.borgerdialog.network.model.Signup;
import dk.borgerdialog.network.model.SignupStatus;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.InAppNotification;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.Centre;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitRole;
import dk.borgerdialog.persistence.JooqPersistence;
import dk.borgerdialog.plan.application.BookAppointmentCommand;
import dk.borgerdialog.plan.application.StatePreferenceCommand;
import dk.borgerdialog.plan.application.WritePlanItemCommand;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.plan.model.CourseState;
import dk.borgerdialog.plan.model.CourseTemplate;
import dk.borgerdialog.plan.model.PlanItemKind;
import dk.borgerdialog.plan.model.PreferenceKind;
import dk.borgerdialog.relative.application.GrantAccessCommand;
import dk.borgerdialog.relative.model.Scope;
import dk.borgerdialog.reminder.model.ContactPreferences;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Karen Holm's data under the GDPR through the SDK, on a real database: an export that holds every
 * kind of data, and an erasure after which no query finds her personal data.
 */
abstract class PersonalDataScenariosContract {
  static final String KAREN = "Karen Holm";
  static final String CPR = "0101421234";
  static final String KAREN_REF = "K-84-" + "nexus";
  static final String MESSAGE = "Jeg er hos min søster i julen";
  static final String REPLY = "Tak, vi holder pause med besøgene";
  static final String FILE_NAME = "sygehusbrev-karen.pdf";
  static final String OWN_MATERIAL = "Øvelser til Karens knæ";
  static final List<String> KINDS =
      List.of(
          "citizen",
          "courses",
          "appointments",
          "inAppNotifications",
          "relativeGrants",
          "auditTrail",
          "careTeams",
          "messageThreads",
          "noticeDeliveries",
          "activitySignups",
          "activitySuggestions",
          "interests",
          "courseMaterial",
          "materialProgress",
          "calendarFeeds");

  SettableClock clock;
  DataSource dataSource;
  Borgerdialog dialog;
  JooqPersistence store;
  StaffMember worker;
  Citizen karen;
  Citizen neighbour;
  Course homeCare;
  Unit nord;
  Message karensMessage;
  Organiser seniorCentre;

  abstract DataSource freshDatabase();

  @BeforeEach
  void setUp() {
    clock = SettableClock.at("2026-12-14T09:00", "Europe/Copenhagen");
    dataSource = freshDatabase();
    dialog = Borgerdialog.builder().dataSource(dataSource).clock(clock).start();
    store = JooqPersistence.create(dataSource);
    SetupOperations setup = dialog.setup();
    Municipality fk = setup.createMunicipality("Frederiksberg Kommune");
    Centre centre = setup.createCentre(fk.id(), "Sundhed og Omsorg");
    nord =
        setup.createUnit(centre.id(), "Hjemmeplejen Nord", "Hjemmeplejen", BookingRules.defaults());
    worker =
        setup.addStaffMember(
            fk.id(),
            null,
            "Lise Madsen",
            "Social- og sundhedshjælper",
            List.of(new UnitRole(nord.id(), StaffRole.HOME_CARE_WORKER)));
    karen =
        setup.registerCitizen(
            fk.id(), ExternalRef.of("nexus", KAREN_REF), new CprNumber(CPR), KAREN);
    neighbour = setup.registerCitizen(fk.id(), ExternalRef.of("nexus", "N-1"), null, "Bent Nabo");
    CourseTemplate template =
        setup.addCourseTemplate(fk.id(), "Hjemmepleje", CourseKind.HOME_CARE, null);
    homeCare = staff().plan().openCourse(karen.id(), nord.id(), template.id());
    Course neighbours = staff().plan().openCourse(neighbour.id(), nord.id(), template.id());

    // every kind of data the foundation holds about Karen, and some about her neighbour
    staff()
        .plan()
        .writePlanItem(
            new WritePlanItemCommand(homeCare.id(), PlanItemKind.GOAL, "Gå selv til bageren"));
    asKaren()
        .plan()
        .statePreference(
            new StatePreferenceCommand(homeCare.id(), PreferenceKind.PREFERRED_TIME, "Formiddag"));
    asKaren()
        .reminders()
        .saveContactPreferences(
            new ContactPreferences(
                karen.id(),
                List.of(ChannelKind.SMS, ChannelKind.IN_APP),
                null,
                "+4520304050",
                dk.borgerdialog.reminder.model.QuietHours.DEFAULT,
                Set.of(),
                0));
    for (Course course : List.of(homeCare, neighbours)) {
      Instant start = clock.instant().plus(Duration.ofDays(3));
      staff()
          .plan()
          .book(
              BookAppointmentCommand.at(
                  course.id(),
                  AppointmentType.of("home_visit"),
                  start,
                  start.plus(Duration.ofHours(1)),
                  AppointmentMode.inPerson("Smallegade 1, 2000 Frederiksberg"),
                  List.of(worker.id())));
    }
    store
        .inAppNotifications()
        .addOnce(
            new InAppNotification(
                UUID.randomUUID(),
                karen.id(),
                "test-" + UUID.randomUUID(),
                "Påmindelse",
                "Påmindelse: aftale i morgen",
                clock.instant(),
                null));
    asKaren()
        .relatives()
        .grant(
            GrantAccessCommand.consent(
                karen.id(),
                ExternalRef.of("mitid", "anna-holm"),
                "Anna Holm",
                "datter",
                Set.of(Scope.READ_PLAN),
                null));
    staff().plan().overview(karen.id());

    // Mine kontakter: the care team, a thread with an attachment, and staff's answer, which sends
    // Karen a notice
    CareTeamMember lise =
        staff()
            .contacts()
            .join(
                JoinCareTeamCommand.staff(
                    homeCare.id(),
                    worker.id(),
                    StaffRole.HOME_CARE_WORKER,
                    CareTeamMember.Reachability.writtenWithin(Duration.ofDays(1))));
    karensMessage =
        asKaren()
            .contacts()
            .startThread(
                StartThreadCommand.toContact(lise, "Jul", MESSAGE)
                    .withAttachments(
                        List.of(Attachment.of(FILE_NAME, "application/pdf", new byte[] {37, 80}))));
    staff().contacts().write(karensMessage.thread(), REPLY);

    // Mit netværk: the neighbour takes the one seat, Karen is on the waiting list; a suggestion
    // and her interests
    host().network().defineInterest(fk.id(), new Interest("food", "Mad og fællesskab", "Food"));
    seniorCentre =
        staff()
            .network()
            .registerOrganiser(
                nord.id(), OrganiserKind.MUNICIPAL_UNIT, "Seniorcenter Nord", null, null);
    Activity lunch =
        staff()
            .network()
            .publish(
                FrederiksbergNetwork.command(
                    seniorCentre,
                    "Torsdagsfrokost",
                    List.of("food"),
                    Place.at("Roskildevej 30, 2000 Frederiksberg", "Frederiksberg"),
                    Schedule.once(
                        LocalDateTime.of(2026, 12, 17, 12, 0),
                        Duration.ofMinutes(90),
                        ZoneId.of("Europe/Copenhagen")),
                    1));
    Instant thursday =
        LocalDateTime.of(2026, 12, 17, 12, 0).atZone(ZoneId.of("Europe/Copenhagen")).toInstant();
    dialog
        .as(Actor.citizen(neighbour.id(), AssuranceLevel.SUBSTANTIAL))
        .network()
        .signUp(neighbour.id(), lunch.id(), thursday);
    asKaren().network().signUp(karen.id(), lunch.id(), thursday);
    staff().network().suggest(karen.id(), lunch.id());
    asKaren().network().stateInterests(karen.id(), Set.of("food"));

    // material written for her course alone, released, opened and understood
    MaterialItem exercises =
        staff()
            .material()
            .attach(
                AttachMaterialCommand.text(
                    MaterialAttachment.course(homeCare.id()),
                    ReleaseRule.byHand(),
                    MaterialVariant.text(Language.DA, OWN_MATERIAL, "Løft benet ti gange.")));
    staff().material().release(homeCare.id(), exercises.id());
    asKaren().material().open(homeCare.id(), exercises.id());
    asKaren().material().markUnderstood(homeCare.id(), exercises.id());

    // a calendar feed
    asKaren().calendar().issueFeed(karen.id());
  }

  @AfterEach
  void tearDown() {
    dialog.close();
  }

  Session staff() {
    return dialog.as(Actor.staff(worker.id(), AssuranceLevel.SUBSTANTIAL));
  }

  Session asKaren() {
    return dialog.as(Actor.citizen(karen.id(), AssuranceLevel.SUBSTANTIAL));
  }

  Session host() {
    return dialog.as(Actor.system("gdpr-desk"));
  }

  @Test
  void karens_export_holds_every_kind_of_data_as_one_json_document() throws Exception {
    String json = asKaren().personalData().exportJson(karen.id());

    JsonNode export = new ObjectMapper().readTree(json);
    assertThat(export.get("format").asText()).isEqualTo("borgerdialog-personal-data/1");
    assertThat(export.get("citizenId").asText()).isEqualTo(karen.id().toString());
    JsonNode sections = export.get("sections");
    List<String> names = new ArrayList<>();
    sections.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactlyElementsOf(KINDS);
    for (String name : names) {
      assertThat(sections.get(name).size()).as(name).isPositive();
    }
    JsonNode citizen = sections.get("citizen").get(0);
    assertThat(citizen.get("name").asText()).isEqualTo(KAREN);
    assertThat(citizen.get("cpr").asText()).isEqualTo(CPR);
    assertThat(citizen.get("contactPreferences").get("phone").asText()).isEqualTo("+4520304050");
    JsonNode course = sections.get("courses").get(0);
    assertThat(course.get("planItems").get(0).get("content").asText())
        .isEqualTo("Gå selv til bageren");
    assertThat(course.get("preferences").get(0).get("content").asText()).isEqualTo("Formiddag");
    JsonNode appointment = sections.get("appointments").get(0);
    assertThat(appointment.get("participants").get(0).asText()).isEqualTo(worker.id().toString());
    assertThat(appointment.get("reminders").size()).isPositive();
    assertThat(sections.get("appointments").size()).isEqualTo(1);
    assertThat(sections.get("relativeGrants").get(0).get("relation").asText()).isEqualTo("datter");
    JsonNode thread = sections.get("messageThreads").get(0);
    assertThat(thread.get("subject").asText()).isEqualTo("Jul");
    assertThat(thread.get("messages").get(0).get("body").asText()).isEqualTo(MESSAGE);
    assertThat(thread.get("messages").get(1).get("body").asText())
        .as("staff's answer is Karen's data too")
        .isEqualTo(REPLY);
    JsonNode attachment = thread.get("messages").get(0).get("attachments").get(0);
    assertThat(attachment.get("fileName").asText()).isEqualTo(FILE_NAME);
    assertThat(attachment.get("content").asText()).isEqualTo("JVA=");
    assertThat(sections.get("careTeams").get(0).get("displayName").asText())
        .isEqualTo("Lise Madsen");
    assertThat(sections.get("noticeDeliveries").get(0).get("noticeKind").asText()).isNotBlank();
    assertThat(sections.get("activitySignups").get(0).get("status").asText())
        .isEqualTo("WAITLISTED");
    assertThat(sections.get("activitySuggestions").get(0).get("staffMemberId").asText())
        .isEqualTo(worker.id().toString());
    assertThat(sections.get("interests").get(0).get("code").asText()).isEqualTo("food");
    JsonNode progress = sections.get("materialProgress").get(0);
    assertThat(progress.get("views").asInt()).isEqualTo(1);
    assertThat(progress.get("understoodAt").isNull()).isFalse();
    JsonNode material = sections.get("courseMaterial").get(0);
    assertThat(material.get("releases").size()).isEqualTo(1);
    assertThat(material.get("items").get(0).get("variants").get(0).get("title").asText())
        .isEqualTo(OWN_MATERIAL);
    JsonNode feed = sections.get("calendarFeeds").get(0);
    assertThat(feed.get("issuedAt").asText()).isNotBlank();
    assertThat(feed.has("tokenHash")).as("a credential is not exported").isFalse();
    assertThat(json).doesNotContain("Bent Nabo").doesNotContain(neighbour.id().toString());
    assertThatThrownBy(() -> staff().personalData().export(karen.id()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void erasure_waits_for_every_course_to_close() {
    assertThatThrownBy(() -> host().personalData().erase(karen.id()))
        .isInstanceOf(UnableToChangeException.class);
    assertThatThrownBy(() -> asKaren().personalData().erase(karen.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(store.citizens().byId(karen.id()).orElseThrow().name()).isEqualTo(KAREN);
  }

  @Test
  void an_erasure_leaves_no_personal_data_and_keeps_the_audit_chain() throws Exception {
    staff().plan().changeCourseState(homeCare.id(), homeCare.version(), CourseState.CLOSED);
    UUID id = karen.id().value();

    ErasureReport report = host().personalData().erase(karen.id());

    assertThat(report.rows()).containsOnlyKeys(KINDS);
    assertThat(report.rows()).allSatisfy((kind, n) -> assertThat(n).as(kind).isPositive());
    for (String table :
        List.of(
            "contact_preferences",
            "course",
            "preference",
            "appointment",
            "reminder",
            "relative_reminder",
            "in_app_notification",
            "relative_grant",
            "care_team_member",
            "notice_delivery",
            "signup",
            "suggestion",
            "citizen_interest",
            "material_progress",
            "calendar_feed")) {
      assertThat(count("SELECT COUNT(*) FROM borgerdialog." + table + " WHERE citizen_id = ?", id))
          .as(table)
          .isZero();
    }
    assertThat(
            count(
                "SELECT COUNT(*) FROM borgerdialog.audit_record WHERE citizen_id = ?"
                    + " AND (reason IS NOT NULL OR entity_id IS NOT NULL"
                    + " OR correlation_id IS NOT NULL)",
                id))
        .isZero();
    assertThat(count("SELECT COUNT(*) FROM borgerdialog.audit_record WHERE citizen_id = ?", id))
        .as("the audit records are kept")
        .isPositive();
    // the thread stays for the staff side's statistics, without its content
    assertThat(
            count(
                "SELECT COUNT(*) FROM borgerdialog.message_thread WHERE citizen_id = ?"
                    + " AND erased_at IS NOT NULL AND course_id IS NULL",
                id))
        .isEqualTo(1);
    assertThat(
            count(
                "SELECT COUNT(*) FROM borgerdialog.message m JOIN borgerdialog.message_thread t"
                    + " ON t.id = m.thread_id WHERE t.citizen_id = ?",
                id))
        .isZero();
    assertThat(count("SELECT COUNT(*) FROM borgerdialog.message_attachment"))
        .as("only Karen wrote an attachment")
        .isZero();
    assertThat(count("SELECT COUNT(*) FROM borgerdialog.material_item WHERE course_id IS NOT NULL"))
        .as("only Karen's course had material of its own")
        .isZero();
    // no text column of any table holds her name, CPR number, reference, phone or words, nor the
    // words staff wrote to her
    for (String text :
        List.of(
            KAREN,
            CPR,
            KAREN_REF,
            "+4520304050",
            "bageren",
            "Formiddag",
            MESSAGE,
            REPLY,
            FILE_NAME,
            OWN_MATERIAL,
            "Jul")) {
      assertThat(columnsHolding(text)).as(text).isEmpty();
    }
    ResponseTimes times =
        staff()
            .inbox()
            .responseTimes(
                nord.id(),
                clock.instant().minus(Duration.ofHours(12)),
                clock.instant().plus(Duration.ofHours(12)));
    assertThat(times.opened()).as("the erased thread still counts for the statistics").isEqualTo(1);
    assertThat(times.answered()).isEqualTo(1);
    assertThat(store.citizens().byId(karen.id()).orElseThrow().cpr()).isNull();
    assertThat(host().audit().verifyTrail().intact()).isTrue();
    // the neighbour keeps everything
    assertThat(staff().plan().overview(neighbour.id()).upcoming()).hasSize(1);
    // an erasure repeated finds nothing more to strip
    assertThat(host().personalData().erase(karen.id()).rows().get("auditTrail")).isEqualTo(1);
  }

  @Test
  void an_erasure_gives_the_seats_the_citizen_held_to_those_waiting() {
    Activity choir =
        staff()
            .network()
            .publish(
                FrederiksbergNetwork.command(
                    seniorCentre,
                    "Fællessang",
                    List.of("food"),
                    Place.at("Roskildevej 30, 2000 Frederiksberg", "Frederiksberg"),
                    Schedule.once(
                        LocalDateTime.of(2026, 12, 18, 14, 0),
                        Duration.ofMinutes(60),
                        ZoneId.of("Europe/Copenhagen")),
                    1));
    Instant friday =
        LocalDateTime.of(2026, 12, 18, 14, 0).atZone(ZoneId.of("Europe/Copenhagen")).toInstant();
    Signup karens = asKaren().network().signUp(karen.id(), choir.id(), friday);
    Signup neighbours =
        dialog
            .as(Actor.citizen(neighbour.id(), AssuranceLevel.SUBSTANTIAL))
            .network()
            .signUp(neighbour.id(), choir.id(), friday);
    assertThat(List.of(karens.status(), neighbours.status()))
        .containsExactly(SignupStatus.SEATED, SignupStatus.WAITLISTED);
    staff().plan().changeCourseState(homeCare.id(), homeCare.version(), CourseState.CLOSED);

    host().personalData().erase(karen.id());

    assertThat(staff().network().signupsOf(choir.id()))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.id()).isEqualTo(neighbours.id());
              assertThat(s.status()).isEqualTo(SignupStatus.SEATED);
            });
    assertThat(store.inAppNotifications().of(neighbour.id(), 100))
        .extracting(InAppNotification::idempotencyKey)
        .anySatisfy(k -> assertThat(k).contains("signup-" + neighbours.id() + "-seated"));
    // Karen's place in the lunch queue went with her; the neighbour keeps the lunch seat
    assertThat(store.inAppNotifications().of(karen.id(), 100)).isEmpty();
    assertThat(host().audit().verifyTrail().intact()).isTrue();
  }

  private long count(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private long count(String sql, UUID id) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, id);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Every table.column of schema borgerdialog whose text contains the value. */
  private List<String> columnsHolding(String value) throws SQLException {
    List<String> found = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      List<String[]> columns = new ArrayList<>();
      for (String schema : List.of("borgerdialog", "BORGERDIALOG")) {
        try (ResultSet rs = meta.getColumns(null, schema, "%", "%")) {
          while (rs.next()) {
            String type = rs.getString("TYPE_NAME").toUpperCase(Locale.ROOT);
            if (type.contains("CHAR") || type.contains("TEXT")) {
              columns.add(
                  new String[] {
                    rs.getString("TABLE_SCHEM"),
                    rs.getString("TABLE_NAME"),
                    rs.getString("COLUMN_NAME")
                  });
            }
          }
        }
      }
      assertThat(columns).as("text columns found").isNotEmpty();
      for (String[] column : columns) {
        String sql =
            // quoted as the metadata names them: Flyway's history table is lower case on H2
            "SELECT COUNT(*) FROM \""
                + column[0]
                + "\".\""
                + column[1]
                + "\" WHERE \""
                + column[2]
                + "\" LIKE ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
          s.setString(1, "%" + value + "%");
          try (ResultSet rs = s.executeQuery()) {
            rs.next();
            if (rs.getLong(1) > 0) {
              found.add(column[1] + "." + column[2]);
            }
          }
        }
      }
    }
    return found;
  }
}
