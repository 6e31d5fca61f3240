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
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CprNumber;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.messaging.email.SmtpConfig;
import dk.borgerdialog.messaging.email.SmtpNotificationChannel;
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
import dk.borgerdialog.plan.application.CancelAppointmentCommand;
import dk.borgerdialog.plan.application.MoveAppointmentCommand;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.relative.application.GrantAccessCommand;
import dk.borgerdialog.relative.application.RevokeGrantCommand;
import dk.borgerdialog.relative.model.RelativeGrant;
import dk.borgerdialog.relative.model.Scope;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.DeliveryAttempt;
import dk.borgerdialog.reminder.model.QuietHours;
import dk.borgerdialog.reminder.model.RelativeReminder;
import dk.borgerdialog.reminder.model.Reminder;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import dk.borgerdialog.reminder.model.ReminderStatus;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reminders end to end through the SDK: planned with the booking, dispatched by db-scheduler when
 * the injected clock reaches their time, delivered over a real SMTP server (GreenMail) and a real
 * HTTP SMS gateway (WireMock) on loopback, on a real database.
 */
abstract class RemindersScenariosContract {
  static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
  static final AppointmentType HOME_VISIT = AppointmentType.of("home_visit");
  static final Duration WAIT = Duration.ofSeconds(20);

  SettableClock clock;
  DataSource dataSource;
  Borgerdialog dialog;
  JooqPersistence store;
  WireMockServer gateway;
  GreenMail smtp;

  Unit homeCare;
  StaffMember nurse;
  Citizen karen;
  Course course;

  abstract DataSource freshDatabase();

  @BeforeEach
  void setUp() {
    // Friday 23 October 2026, 12:00 in Copenhagen; the clocks go back on Sunday
    clock = SettableClock.at("2026-10-23T12:00", "Europe/Copenhagen");
    gateway = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    gateway.start();
    gateway.stubFor(
        post(urlEqualTo("/sms"))
            .willReturn(aResponse().withStatus(200).withBody("{\"id\":\"gw-1\"}")));
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
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
            .channel(
                SmtpNotificationChannel.create(
                    SmtpConfig.builder("127.0.0.1", "Min Dialog <noreply@frederiksberg.example.dk>")
                        .port(smtp.getSmtp().getPort())
                        .startTls(false)
                        .build(),
                    clock))
            .start();
    store = JooqPersistence.create(dataSource);

    SetupOperations setup = dialog.setup();
    Municipality fk = setup.createMunicipality("Frederiksberg Kommune");
    Centre centre = setup.createCentre(fk.id(), "Sundhed og Omsorg");
    homeCare =
        setup.createUnit(
            centre.id(),
            "Hjemmeplejen Nord, demens",
            "Frederiksberg Sundhed",
            BookingRules.defaults());
    nurse =
        setup.addStaffMember(
            fk.id(),
            null,
            "Lise Sygeplejerske",
            "Sygeplejerske",
            List.of(new UnitRole(homeCare.id(), StaffRole.NURSE)));
    karen =
        setup.registerCitizen(
            fk.id(), ExternalRef.of("nexus", "K-84"), CprNumber.parse("0103421234"), "Karen Holm");
    course =
        staff()
            .openCourse(
                karen.id(),
                homeCare.id(),
                setup.addCourseTemplate(fk.id(), "Hjemmepleje", CourseKind.HOME_CARE, null).id());
  }

  @AfterEach
  void tearDown() {
    dialog.close();
    gateway.stop();
    smtp.stop();
  }

  PlanOperations staff() {
    return dialog.as(Actor.staff(nurse.id(), AssuranceLevel.SUBSTANTIAL)).plan();
  }

  ReminderOperations karensReminders() {
    return dialog.as(Actor.citizen(karen.id(), AssuranceLevel.SUBSTANTIAL)).reminders();
  }

  void preferSmsThenEmail() {
    karensReminders()
        .saveContactPreferences(
            new ContactPreferences(
                karen.id(),
                List.of(ChannelKind.SMS, ChannelKind.EMAIL),
                "karen.holm@example.dk",
                "+4512345678",
                QuietHours.DEFAULT,
                Set.of(),
                0));
  }

  static Instant local(String text) {
    return LocalDateTime.parse(text).atZone(CPH).toInstant();
  }

  Appointment visit(String localStart) {
    Instant start = local(localStart);
    return staff()
        .book(
            BookAppointmentCommand.at(
                course.id(),
                HOME_VISIT,
                start,
                start.plus(Duration.ofMinutes(30)),
                AppointmentMode.inPerson("Solbjergvej 3, 2000 Frederiksberg"),
                List.of(nurse.id())));
  }

  List<Reminder> reminders(Appointment appointment) {
    return store.reminders().of(appointment.id());
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

  List<LoggedRequest> smsSent() {
    return gateway.findAll(postRequestedFor(urlEqualTo("/sms")));
  }

  @Test
  void a_booked_visit_is_reminded_by_sms_24_hours_before_with_a_neutral_text() {
    preferSmsThenEmail();
    Appointment monday = visit("2026-10-26T10:00");
    List<Reminder> planned = reminders(monday);
    // 24 hours before Monday 10:00 CET across the clock change is Sunday 10:00 CET; 2 hours is
    // 08:00
    assertThat(planned)
        .extracting(Reminder::dueAt)
        .containsExactly(local("2026-10-25T10:00"), local("2026-10-26T08:00"));

    clock.set(local("2026-10-25T10:00"));
    await("the first SMS is sent", () -> smsSent().size() == 1);

    LoggedRequest sms = smsSent().get(0);
    String body = sms.getBodyAsString();
    assertThat(body)
        .contains("+4512345678")
        .contains("10:00")
        .contains("Frederiksberg Sundhed")
        .contains("https://minside.frederiksberg.dk/aftaler")
        .doesNotContain("0103421234")
        .doesNotContain("demens")
        .doesNotContain("Hjemmepleje");
    assertThat(sms.getHeader("Idempotency-Key"))
        .isEqualTo(planned.get(0).idempotencyKey(ChannelKind.SMS));
    await(
        "the reminder is marked sent",
        () -> reminders(monday).get(0).status() == ReminderStatus.SENT);
    assertThat(reminders(monday).get(0).sentVia()).isEqualTo(ChannelKind.SMS);
    assertThat(reminders(monday).get(1).status()).isEqualTo(ReminderStatus.PENDING);
    assertThat(store.domainEvents().typesFor(monday.id().value())).contains("reminder.sent");
  }

  @Test
  void a_cancelled_visit_is_never_reminded() throws Exception {
    preferSmsThenEmail();
    Appointment monday = visit("2026-10-26T10:00");
    dialog
        .as(Actor.citizen(karen.id(), AssuranceLevel.SUBSTANTIAL))
        .plan()
        .cancel(
            new CancelAppointmentCommand(
                monday.id(),
                monday.version(),
                CancellationReason.of(CancellationReasonCode.HOSPITALISED, "Indlagt")));

    assertThat(reminders(monday))
        .extracting(Reminder::status)
        .containsOnly(ReminderStatus.WITHDRAWN);
    clock.set(local("2026-10-26T09:00"));
    Thread.sleep(1_000); // several polls: nothing may go out
    assertThat(smsSent()).isEmpty();
  }

  @Test
  void a_moved_visit_is_reminded_of_its_new_time_only() {
    preferSmsThenEmail();
    Appointment monday = visit("2026-10-26T10:00");
    Appointment wednesday =
        staff()
            .move(
                MoveAppointmentCommand.toTime(
                    monday.id(),
                    monday.version(),
                    local("2026-10-28T13:00"),
                    local("2026-10-28T13:30")));

    assertThat(reminders(monday))
        .extracting(Reminder::status)
        .containsOnly(ReminderStatus.WITHDRAWN);
    assertThat(reminders(wednesday))
        .extracting(Reminder::dueAt)
        .containsExactly(local("2026-10-27T13:00"), local("2026-10-28T11:00"));

    clock.set(local("2026-10-27T13:00"));
    await("one SMS for Wednesday", () -> smsSent().size() == 1);
    assertThat(smsSent().get(0).getBodyAsString()).contains("13:00");
  }

  @Test
  void staff_see_an_appointments_reminders_in_every_status_and_the_citizen_is_refused() {
    preferSmsThenEmail();
    Appointment monday = visit("2026-10-26T10:00");
    ReminderOperations nurse =
        dialog.as(Actor.staff(this.nurse.id(), AssuranceLevel.SUBSTANTIAL)).reminders();
    assertThat(nurse.remindersOf(monday.id())).isNotEmpty().isEqualTo(reminders(monday));

    Appointment wednesday =
        staff()
            .move(
                MoveAppointmentCommand.toTime(
                    monday.id(),
                    monday.version(),
                    local("2026-10-28T13:00"),
                    local("2026-10-28T13:30")));
    assertThat(nurse.remindersOf(monday.id()))
        .extracting(Reminder::status)
        .containsOnly(ReminderStatus.WITHDRAWN);
    assertThat(nurse.remindersOf(wednesday.id()))
        .extracting(Reminder::dueAt)
        .containsExactly(local("2026-10-27T13:00"), local("2026-10-28T11:00"));
    assertThatThrownBy(() -> karensReminders().remindersOf(wednesday.id()))
        .isInstanceOf(dk.borgerdialog.common.AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                nurse.remindersOf(
                    new dk.borgerdialog.plan.model.AppointmentId(java.util.UUID.randomUUID())))
        .isInstanceOf(dk.borgerdialog.common.NoSuchEntityException.class);
  }

  @Test
  void the_sms_gateway_down_falls_back_to_email_after_retries_with_one_key() throws Exception {
    preferSmsThenEmail();
    gateway.resetAll();
    gateway.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(500)));
    Appointment monday = visit("2026-10-26T10:00");
    Reminder first = reminders(monday).get(0);

    clock.set(first.dueAt());
    await("the first SMS attempt", () -> smsSent().size() == 1);
    clock.advance(Duration.ofMinutes(1));
    await("the second SMS attempt", () -> smsSent().size() == 2);
    clock.advance(Duration.ofMinutes(5));
    await("the e-mail", () -> smtp.getReceivedMessages().length == 1);

    assertThat(smsSent())
        .extracting(r -> r.getHeader("Idempotency-Key"))
        .containsOnly(first.idempotencyKey(ChannelKind.SMS));
    assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0].toString())
        .isEqualTo("karen.holm@example.dk");
    await(
        "the reminder is sent",
        () -> store.reminders().byId(first.id()).orElseThrow().status() == ReminderStatus.SENT);
    List<DeliveryAttempt> log =
        dialog
            .as(Actor.staff(nurse.id(), AssuranceLevel.SUBSTANTIAL))
            .reminders()
            .deliveryLog(first.id());
    assertThat(log)
        .extracting(DeliveryAttempt::channel, DeliveryAttempt::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ChannelKind.SMS, DeliveryAttempt.Outcome.FAILED),
            org.assertj.core.groups.Tuple.tuple(ChannelKind.SMS, DeliveryAttempt.Outcome.FAILED),
            org.assertj.core.groups.Tuple.tuple(ChannelKind.SMS, DeliveryAttempt.Outcome.FAILED),
            org.assertj.core.groups.Tuple.tuple(
                ChannelKind.EMAIL, DeliveryAttempt.Outcome.DELIVERED));
  }

  @Test
  void a_reminder_no_channel_can_deliver_is_shown_to_staff_as_undelivered() {
    karensReminders()
        .saveContactPreferences(
            new ContactPreferences(
                karen.id(),
                List.of(ChannelKind.SMS),
                null,
                "+4512345678",
                QuietHours.DEFAULT,
                Set.of(),
                0));
    gateway.resetAll();
    gateway.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(400)));
    Appointment monday = visit("2026-10-26T10:00");
    Reminder first = reminders(monday).get(0);

    clock.set(first.dueAt());
    await(
        "the reminder is undelivered",
        () ->
            store.reminders().byId(first.id()).orElseThrow().status()
                == ReminderStatus.UNDELIVERED);

    assertThat(smsSent()).hasSize(1); // a refusal is final: no retry
    assertThat(
            dialog
                .as(Actor.staff(nurse.id(), AssuranceLevel.SUBSTANTIAL))
                .reminders()
                .undelivered(homeCare.id()))
        .extracting(Reminder::id)
        .containsExactly(first.id());
    assertThat(store.domainEvents().typesFor(monday.id().value())).contains("reminder.undelivered");
  }

  @Test
  void quiet_hours_move_an_early_morning_reminder_to_the_evening_before() {
    preferSmsThenEmail();
    Appointment early = visit("2026-10-27T08:30"); // 2 hours before is 06:30, in quiet hours

    // a quarter before quiet hours begin, so that a retry still falls before them
    assertThat(reminders(early))
        .extracting(Reminder::dueAt)
        .containsExactly(local("2026-10-26T08:30"), local("2026-10-26T20:45"));
  }

  @Test
  void a_citizen_without_preferences_gets_the_reminder_in_the_app() {
    dialog
        .as(Actor.system("policy"))
        .reminders()
        .setReminderPolicy(homeCare.id(), ReminderPolicy.hoursBefore(3));
    Appointment monday = visit("2026-10-26T13:00");

    clock.set(local("2026-10-26T10:00"));
    await("an in-app notification", () -> karensReminders().unreadNotifications(karen.id()) == 1);

    var notification = karensReminders().notifications(karen.id()).get(0);
    var seenByKaren =
        dialog
            .as(Actor.citizen(karen.id(), AssuranceLevel.SUBSTANTIAL))
            .plan()
            .overview(karen.id());
    assertThat(seenByKaren.notifications()).containsExactly(notification);
    assertThat(seenByKaren.unreadNotifications()).isEqualTo(1);
    var seenByNurse = staff().overview(karen.id());
    assertThat(seenByNurse.notifications()).isEmpty();
    assertThat(seenByNurse.unreadNotifications()).isZero();
    assertThat(notification.body()).contains("13:00").doesNotContain("demens");
    assertThat(karensReminders().markNotificationRead(karen.id(), notification.id())).isTrue();
    assertThat(karensReminders().unreadNotifications(karen.id())).isZero();
    assertThat(smsSent()).isEmpty();
    assertThat(reminders(monday))
        .singleElement()
        .extracting(Reminder::sentVia)
        .isEqualTo(ChannelKind.IN_APP);
  }

  // ---- relatives with "receive reminders": a durable copy of each delivered reminder

  static final String ANNAS_PHONE = "+4560708090";
  static final String ANNAS_EMAIL = "anna.holm@example.dk";

  void preferEmailOnly() {
    karensReminders()
        .saveContactPreferences(
            new ContactPreferences(
                karen.id(),
                List.of(ChannelKind.EMAIL),
                "karen.holm@example.dk",
                null,
                new QuietHours(java.time.LocalTime.of(2, 0), java.time.LocalTime.of(3, 0)),
                Set.of(),
                0));
  }

  /** Karen lets her daughter Anna receive her reminders; Anna chooses her channels. */
  RelativeGrant annaReceivesKarensReminders(List<ChannelKind> channels) {
    RelativeGrant grant =
        dialog
            .as(Actor.citizen(karen.id(), AssuranceLevel.SUBSTANTIAL))
            .relatives()
            .grant(
                GrantAccessCommand.consent(
                    karen.id(),
                    ExternalRef.of("mitid", "anna-holm"),
                    "Anna Holm",
                    "datter",
                    Set.of(Scope.RECEIVE_REMINDERS),
                    null));
    dialog
        .as(Actor.relative(grant.relative(), karen.id(), AssuranceLevel.SUBSTANTIAL))
        .relatives()
        .changeMyContact(Language.EN, channels, ANNAS_EMAIL, ANNAS_PHONE);
    return grant;
  }

  List<RelativeReminder> copiesOf(Reminder reminder) {
    return store.relativeReminders().ofReminder(reminder.id());
  }

  RelativeReminder.Status copyStatus(Reminder reminder) {
    return copiesOf(reminder).get(0).status();
  }

  List<jakarta.mail.internet.MimeMessage> mailTo(String address) {
    return java.util.Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return m.getAllRecipients()[0].toString().equals(address);
              } catch (jakarta.mail.MessagingException e) {
                throw new AssertionError(e);
              }
            })
        .toList();
  }

  void karensReminderGoesOut(Reminder first) {
    clock.set(first.dueAt());
    await("Karen's e-mail", () -> mailTo("karen.holm@example.dk").size() == 1);
    await("Anna's copy is planned", () -> copiesOf(first).size() == 1);
  }

  @Test
  void a_relatives_copy_is_retried_after_a_gateway_error_and_delivered_once_with_its_key()
      throws Exception {
    preferEmailOnly();
    RelativeGrant grant = annaReceivesKarensReminders(List.of(ChannelKind.SMS));
    gateway.resetAll();
    gateway.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(500)));
    Appointment monday = visit("2026-10-26T10:00");
    Reminder first = reminders(monday).get(0);

    karensReminderGoesOut(first);
    await("Anna's first SMS attempt", () -> smsSent().size() == 1);
    String firstKey = smsSent().get(0).getHeader("Idempotency-Key");
    gateway.resetAll();
    gateway.stubFor(
        post(urlEqualTo("/sms"))
            .willReturn(aResponse().withStatus(200).withBody("{\"id\":\"gw-anna\"}")));
    clock.advance(Duration.ofMinutes(1));
    await("Anna's copy is sent", () -> copyStatus(first) == RelativeReminder.Status.SENT);
    clock.advance(Duration.ofMinutes(10));
    Thread.sleep(500); // several polls: nothing more may go out

    String key = "reminder-" + first.id() + "-sms:relative:" + grant.relative();
    List<LoggedRequest> delivered = smsSent();
    assertThat(delivered).hasSize(1); // the requests since the gateway came back
    assertThat(firstKey).isEqualTo(key);
    assertThat(delivered.get(0).getHeader("Idempotency-Key")).isEqualTo(key);
    assertThat(delivered.get(0).getBodyAsString())
        .contains(ANNAS_PHONE)
        .contains("Reminder: appointment")
        .contains("10:00")
        .doesNotContain("0103421234")
        .doesNotContain("demens");
    RelativeReminder copy = copiesOf(first).get(0);
    assertThat(copy.sentVia()).isEqualTo(ChannelKind.SMS);
    assertThat(store.relativeReminders().attempts(copy.id()))
        .extracting(DeliveryAttempt::idempotencyKey, DeliveryAttempt::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(key, DeliveryAttempt.Outcome.FAILED),
            org.assertj.core.groups.Tuple.tuple(key, DeliveryAttempt.Outcome.DELIVERED));
    assertThat(mailTo(ANNAS_EMAIL)).isEmpty();
    // staff of the unit audit the copy; the citizen cannot read the delivery log
    assertThat(
            dialog
                .as(Actor.staff(nurse.id(), AssuranceLevel.SUBSTANTIAL))
                .reminders()
                .relativeDeliveryLog(first.id()))
        .singleElement()
        .satisfies(
            log -> {
              assertThat(log.copy().relative()).isEqualTo(grant.relative());
              assertThat(log.copy().status()).isEqualTo(RelativeReminder.Status.SENT);
              assertThat(log.attempts())
                  .extracting(DeliveryAttempt::outcome)
                  .containsExactly(
                      DeliveryAttempt.Outcome.FAILED, DeliveryAttempt.Outcome.DELIVERED);
            });
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> karensReminders().relativeDeliveryLog(first.id()))
        .isInstanceOf(dk.borgerdialog.common.AccessDeniedException.class);
  }

  @Test
  void a_grant_revoked_before_the_retry_stops_the_relatives_copy() throws Exception {
    preferEmailOnly();
    RelativeGrant grant = annaReceivesKarensReminders(List.of(ChannelKind.SMS));
    gateway.resetAll();
    gateway.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(500)));
    Appointment monday = visit("2026-10-26T10:00");
    Reminder first = reminders(monday).get(0);

    karensReminderGoesOut(first);
    await("Anna's first SMS attempt", () -> smsSent().size() == 1);
    dialog
        .as(Actor.citizen(karen.id(), AssuranceLevel.SUBSTANTIAL))
        .relatives()
        .revoke(new RevokeGrantCommand(grant.id(), 0, null));
    gateway.resetAll();
    gateway.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(200)));
    clock.advance(Duration.ofMinutes(1));

    await("Anna's copy is withdrawn", () -> copyStatus(first) == RelativeReminder.Status.WITHDRAWN);
    clock.advance(Duration.ofMinutes(10));
    Thread.sleep(500);
    assertThat(smsSent()).isEmpty();
  }

  @Test
  void a_cancelled_visit_withdraws_the_relatives_copy_waiting_for_the_morning() throws Exception {
    preferEmailOnly();
    annaReceivesKarensReminders(List.of(ChannelKind.SMS));
    Appointment monday = visit("2026-10-26T21:45");
    Reminder first = reminders(monday).get(0);
    assertThat(first.dueAt()).isEqualTo(local("2026-10-25T21:45"));

    karensReminderGoesOut(first);
    Thread.sleep(500); // Anna has no quiet hours of her own: the default ones keep her copy
    assertThat(copyStatus(first)).isEqualTo(RelativeReminder.Status.PENDING);
    Appointment booked = store.appointments().byId(monday.id()).orElseThrow();
    staff()
        .cancel(
            new CancelAppointmentCommand(
                booked.id(),
                booked.version(),
                CancellationReason.of(CancellationReasonCode.ILLNESS)));

    assertThat(copyStatus(first)).isEqualTo(RelativeReminder.Status.WITHDRAWN);
    clock.set(local("2026-10-26T08:00"));
    Thread.sleep(1_000);
    assertThat(smsSent()).isEmpty();
    assertThat(mailTo(ANNAS_EMAIL)).isEmpty();
  }

  @Test
  void a_relatives_sms_refused_for_good_falls_back_to_her_email_in_her_language() throws Exception {
    preferEmailOnly();
    RelativeGrant grant = annaReceivesKarensReminders(List.of(ChannelKind.SMS, ChannelKind.EMAIL));
    gateway.resetAll();
    gateway.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(400)));
    Appointment monday = visit("2026-10-26T10:00");
    Reminder first = reminders(monday).get(0);

    karensReminderGoesOut(first);
    await("Anna's e-mail", () -> mailTo(ANNAS_EMAIL).size() == 1);

    assertThat(smsSent()).hasSize(1); // a refusal is final: no retry
    var mail = mailTo(ANNAS_EMAIL).get(0);
    assertThat(mail.getSubject())
        .startsWith("Reminder: appointment")
        .doesNotContain("demens")
        .doesNotContain("Hjemmepleje");
    assertThat(mailTo("karen.holm@example.dk").get(0).getSubject())
        .startsWith("Påmindelse: aftale");
    assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail))
        .doesNotContain("0103421234")
        .doesNotContain("demens");
    assertThat(mailTo("karen.holm@example.dk")).hasSize(1);
    await("Anna's copy is sent", () -> copyStatus(first) == RelativeReminder.Status.SENT);
    RelativeReminder copy = copiesOf(first).get(0);
    assertThat(copy.sentVia()).isEqualTo(ChannelKind.EMAIL);
    assertThat(store.relativeReminders().attempts(copy.id()))
        .extracting(
            DeliveryAttempt::channel, DeliveryAttempt::outcome, DeliveryAttempt::idempotencyKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ChannelKind.SMS,
                DeliveryAttempt.Outcome.REFUSED,
                "reminder-" + first.id() + "-sms:relative:" + grant.relative()),
            org.assertj.core.groups.Tuple.tuple(
                ChannelKind.EMAIL,
                DeliveryAttempt.Outcome.DELIVERED,
                "reminder-" + first.id() + "-email:relative:" + grant.relative()));
  }
}
