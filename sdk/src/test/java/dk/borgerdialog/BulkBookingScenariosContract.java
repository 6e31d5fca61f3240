package dk.borgerdialog;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.access.AuditRecord;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.messaging.sms.SmsGatewayConfig;
import dk.borgerdialog.messaging.sms.SmsGatewayNotificationChannel;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.Centre;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitRole;
import dk.borgerdialog.persistence.JooqPersistence;
import dk.borgerdialog.plan.application.BookAppointmentCommand;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.plan.model.CourseTemplateId;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.QuietHours;
import dk.borgerdialog.reminder.model.Reminder;
import dk.borgerdialog.reminder.model.ReminderStatus;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bulk booking through the SDK: a home-care group imports its visits from its case system in
 * one call, on a real database, with the reminders dispatched by db-scheduler to a real HTTP SMS
 * gateway (WireMock) on loopback when the injected clock reaches them.
 */
abstract class BulkBookingScenariosContract {
  static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
  static final AppointmentType HOME_VISIT = AppointmentType.of("home_visit");
  static final Duration WAIT = Duration.ofSeconds(30);
  static final int CITIZENS = 20;
  static final List<String> TABLES =
      List.of(
          "appointment",
          "appointment_participant",
          "reminder",
          "scheduled_tasks",
          "outbox_event",
          "audit_record");

  SettableClock clock;
  DataSource dataSource;
  Borgerdialog dialog;
  JooqPersistence store;
  WireMockServer gateway;

  Municipality fk;
  Centre centre;
  Unit homeCare;
  StaffMember nurse;
  CourseTemplateId template;
  Citizen karen;
  List<Course> courses = new ArrayList<>();

  abstract DataSource freshDatabase();

  @BeforeEach
  void setUp() {
    // Friday 23 October 2026, 12:00 in Copenhagen; the clocks go back on Sunday at 03:00
    clock = SettableClock.at("2026-10-23T12:00", "Europe/Copenhagen");
    gateway = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    gateway.start();
    gateway.stubFor(
        post(urlEqualTo("/sms"))
            .willReturn(aResponse().withStatus(200).withBody("{\"id\":\"gw-1\"}")));
    dataSource = freshDatabase();
    dialog =
        Borgerdialog.builder()
            .dataSource(dataSource)
            .clock(clock)
            .reminderPolling(Duration.ofMillis(100))
            .appLink(URI.create("https://minside.frederiksberg.dk/aftaler"))
            .channel(
                SmsGatewayNotificationChannel.create(
                    SmsGatewayConfig.builder(URI.create(gateway.baseUrl() + "/sms"))
                        .requestTimeout(Duration.ofSeconds(20))
                        .build(),
                    clock))
            .start();
    store = JooqPersistence.create(dataSource);

    SetupOperations setup = dialog.setup();
    fk = setup.createMunicipality("Frederiksberg Kommune");
    centre = setup.createCentre(fk.id(), "Sundhed og Omsorg");
    homeCare =
        setup.createUnit(
            centre.id(), "Hjemmeplejen Nord", "Frederiksberg Sundhed", BookingRules.defaults());
    nurse =
        setup.addStaffMember(
            fk.id(),
            null,
            "Lise Sygeplejerske",
            "Sygeplejerske",
            List.of(new UnitRole(homeCare.id(), StaffRole.NURSE)));
    template = setup.addCourseTemplate(fk.id(), "Hjemmepleje", CourseKind.HOME_CARE, null).id();
    for (int i = 0; i < CITIZENS; i++) {
      Citizen citizen =
          setup.registerCitizen(
              fk.id(),
              ExternalRef.of("nexus", "K-" + i),
              null,
              i == 0 ? "Karen Holm" : "Borger " + i);
      courses.add(staff().openCourse(citizen.id(), homeCare.id(), template));
      if (i == 0) {
        karen = citizen;
      }
    }
    dialog
        .as(Actor.citizen(karen.id(), AssuranceLevel.SUBSTANTIAL))
        .reminders()
        .saveContactPreferences(
            new ContactPreferences(
                karen.id(),
                List.of(ChannelKind.SMS),
                null,
                "+4512345678",
                QuietHours.DEFAULT,
                Set.of(),
                0));
  }

  @AfterEach
  void tearDown() {
    dialog.close();
    gateway.stop();
  }

  PlanOperations staff() {
    return dialog.as(Actor.staff(nurse.id(), AssuranceLevel.SUBSTANTIAL)).plan();
  }

  static Instant local(String text) {
    return LocalDateTime.parse(text).atZone(CPH).toInstant();
  }

  static BookAppointmentCommand visit(Course course, Instant start, StaffMember nurse) {
    return BookAppointmentCommand.at(
        course.id(),
        HOME_VISIT,
        start,
        start.plus(Duration.ofMinutes(30)),
        AppointmentMode.inPerson("Solbjergvej 3, 2000 Frederiksberg"),
        List.of(nurse.id()));
  }

  /**
   * Ten days of visits for every citizen, from Monday 26 October: citizen c at 10:00 plus c
   * quarters of an hour.
   */
  List<BookAppointmentCommand> tenDaysOfVisits() {
    List<BookAppointmentCommand> bookings = new ArrayList<>();
    for (int day = 0; day < 10; day++) {
      for (int c = 0; c < CITIZENS; c++) {
        Instant start =
            LocalDateTime.parse("2026-10-26T10:00")
                .plusDays(day)
                .plusMinutes(15L * c)
                .atZone(CPH)
                .toInstant();
        bookings.add(visit(courses.get(c), start, nurse));
      }
    }
    return bookings;
  }

  List<Reminder> reminders(Appointment appointment) {
    return store.reminders().of(appointment.id());
  }

  List<LoggedRequest> smsSent() {
    return gateway.findAll(postRequestedFor(urlEqualTo("/sms")));
  }

  Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM borgerdialog." + table)) {
          rs.next();
          counts.put(table, rs.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return counts;
  }

  static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  @Test
  void two_hundred_visits_land_in_one_call_with_their_reminders_which_later_fire() {
    List<BookAppointmentCommand> bookings = tenDaysOfVisits();
    Map<String, Long> before = counts();

    List<Appointment> booked = staff().bookAll(bookings);

    assertThat(booked).hasSize(200);
    for (int i = 0; i < booked.size(); i++) {
      Appointment appointment = booked.get(i);
      assertThat(store.appointments().byId(appointment.id())).contains(appointment);
      assertThat(appointment.status()).isEqualTo(AppointmentStatus.BOOKED);
      assertThat(appointment.course()).isEqualTo(bookings.get(i).course());
      assertThat(appointment.start()).isEqualTo(bookings.get(i).start());
      // the default policy: 24 and 2 hours before
      assertThat(reminders(appointment))
          .extracting(Reminder::dueAt)
          .containsExactly(
              appointment.start().minus(Duration.ofHours(24)),
              appointment.start().minus(Duration.ofHours(2)));
      assertThat(store.domainEvents().typesFor(appointment.id().value()))
          .containsExactly("appointment.booked");
    }
    Map<String, Long> after = counts();
    assertThat(after.get("appointment") - before.get("appointment")).isEqualTo(200);
    assertThat(after.get("appointment_participant") - before.get("appointment_participant"))
        .isEqualTo(200);
    assertThat(after.get("reminder") - before.get("reminder")).isEqualTo(400);
    assertThat(after.get("scheduled_tasks") - before.get("scheduled_tasks")).isEqualTo(400);
    assertThat(after.get("outbox_event") - before.get("outbox_event")).isEqualTo(200);
    // one access decision per course, audited in the citizen's log
    assertThat(after.get("audit_record") - before.get("audit_record")).isEqualTo(CITIZENS);
    assertThat(store.auditLog().about(karen.id(), 50))
        .filteredOn(r -> r.operation() == Operation.BOOK_APPOINTMENT)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.allowed()).isTrue();
              assertThat(r.entityId()).isEqualTo(courses.get(0).id().value());
            });
    assertThat(store.auditLog().verify().intact()).isTrue();

    // Karen's first visit is Monday 10:00; its first reminder is due on Sunday at 10:00
    Appointment karensMonday = booked.get(0);
    clock.set(local("2026-10-25T10:00"));
    await("Karen's first SMS is sent", () -> smsSent().size() == 1);
    await(
        "the reminder is marked sent",
        () -> reminders(karensMonday).get(0).status() == ReminderStatus.SENT);
    assertThat(smsSent().get(0).getBodyAsString()).contains("+4512345678").contains("10:00");
    assertThat(reminders(karensMonday).get(1).status()).isEqualTo(ReminderStatus.PENDING);
    assertThat(reminders(booked.get(CITIZENS)))
        .allSatisfy(r -> assertThat(r.status()).isEqualTo(ReminderStatus.PENDING));
  }

  @Test
  void one_invalid_booking_among_two_hundred_writes_nothing_and_names_the_booking() {
    List<BookAppointmentCommand> bookings = new ArrayList<>(tenDaysOfVisits());
    bookings.set(137, visit(courses.get(17), local("2026-10-23T09:00"), nurse));
    Map<String, Long> before = counts();

    assertThatThrownBy(() -> staff().bookAll(bookings))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("bookings[137].start"));
    assertThat(counts()).isEqualTo(before);

    StaffMember other =
        dialog
            .setup()
            .addStaffMember(
                fk.id(),
                null,
                "Ole Terapeut",
                "Fysioterapeut",
                List.of(
                    new UnitRole(
                        dialog
                            .setup()
                            .createUnit(
                                centre.id(),
                                "Genoptræning",
                                "Frederiksberg Sundhed",
                                BookingRules.defaults())
                            .id(),
                        StaffRole.THERAPIST)));
    List<BookAppointmentCommand> withStranger = new ArrayList<>(tenDaysOfVisits());
    withStranger.set(5, visit(courses.get(5), withStranger.get(5).start(), other));
    Map<String, Long> beforeStranger = counts();

    assertThatThrownBy(() -> staff().bookAll(withStranger))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("bookings[5].participants"));
    assertThat(counts()).isEqualTo(beforeStranger);
  }

  @Test
  void a_course_of_another_unit_refuses_the_whole_call_writes_nothing_and_is_audited() {
    Unit rehabilitation =
        dialog
            .setup()
            .createUnit(
                centre.id(), "Genoptræning", "Frederiksberg Sundhed", BookingRules.defaults());
    StaffMember therapist =
        dialog
            .setup()
            .addStaffMember(
                fk.id(),
                null,
                "Ole Terapeut",
                "Fysioterapeut",
                List.of(new UnitRole(rehabilitation.id(), StaffRole.THERAPIST)));
    Course rehabCourse =
        dialog
            .as(Actor.staff(therapist.id(), AssuranceLevel.SUBSTANTIAL))
            .plan()
            .openCourse(karen.id(), rehabilitation.id(), template);
    List<BookAppointmentCommand> bookings = new ArrayList<>(tenDaysOfVisits());
    bookings.add(
        BookAppointmentCommand.at(
            rehabCourse.id(),
            HOME_VISIT,
            local("2026-10-27T13:00"),
            local("2026-10-27T14:00"),
            AppointmentMode.inPerson("Solbjergvej 3, 2000 Frederiksberg"),
            List.of()));
    Map<String, Long> before = counts();

    assertThatThrownBy(() -> staff().bookAll(bookings)).isInstanceOf(AccessDeniedException.class);

    Map<String, Long> after = counts();
    for (String table : TABLES) {
      if (!table.equals("audit_record")) {
        assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
      }
    }
    assertThat(after.get("audit_record")).isEqualTo(before.get("audit_record") + 1);
    List<AuditRecord> refusals = store.auditLog().refusals(10);
    assertThat(refusals)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.allowed()).isFalse();
              assertThat(r.operation()).isEqualTo(Operation.BOOK_APPOINTMENT);
              assertThat(r.actorId()).isEqualTo(nurse.id().toString());
              assertThat(r.citizen()).isEqualTo(karen.id());
              assertThat(r.entityId()).isEqualTo(rehabCourse.id().value());
            });
  }

  @Test
  void visits_across_the_autumn_clock_change_are_reminded_at_the_right_local_time() {
    Course course = courses.get(0);
    List<Appointment> booked =
        staff()
            .bookAll(
                List.of(
                    visit(course, local("2026-10-24T14:00"), nurse),
                    visit(course, local("2026-10-25T10:00"), nurse),
                    visit(course, local("2026-10-26T10:00"), nurse)));

    // exact instants: 24 hours before Sunday 10:00 CET is Saturday 11:00 CEST
    assertThat(reminders(booked.get(0)))
        .extracting(Reminder::dueAt)
        .containsExactly(local("2026-10-23T14:00"), local("2026-10-24T12:00"));
    assertThat(reminders(booked.get(1)))
        .extracting(Reminder::dueAt)
        .containsExactly(local("2026-10-24T11:00"), local("2026-10-25T08:00"));
    assertThat(reminders(booked.get(2)))
        .extracting(Reminder::dueAt)
        .containsExactly(local("2026-10-25T10:00"), local("2026-10-26T08:00"));

    clock.set(local("2026-10-23T14:00"));
    await("the reminder of Saturday's visit is sent", () -> smsSent().size() == 1);
    assertThat(smsSent().get(0).getBodyAsString()).contains("14:00");

    clock.set(local("2026-10-24T11:00"));
    await("the reminder of Sunday's visit is sent", () -> smsSent().size() == 2);
    assertThat(smsSent().get(1).getBodyAsString()).contains("10:00");
    await(
        "the reminder is marked sent",
        () -> reminders(booked.get(1)).get(0).status() == ReminderStatus.SENT);
    assertThat(reminders(booked.get(2)))
        .allSatisfy(r -> assertThat(r.status()).isEqualTo(ReminderStatus.PENDING));
  }
}
