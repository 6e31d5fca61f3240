package dk.borgerdialog.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.messaging.email.SmtpConfig;
import dk.borgerdialog.messaging.email.SmtpNotificationChannel;
import dk.borgerdialog.messaging.sms.SmsGatewayConfig;
import dk.borgerdialog.messaging.sms.SmsGatewayNotificationChannel;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.persistence.testing.TestDatabases;
import dk.borgerdialog.reliability.support.Figures;
import dk.borgerdialog.reliability.support.LogLeaks;
import dk.borgerdialog.reliability.support.Seed;
import dk.borgerdialog.reminder.model.DeliveryAttempt;
import dk.borgerdialog.reminder.model.ReminderId;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SMTP server goes down and comes back; the SMS gateway answers 500, 429 with Retry-After,
 * times out, or resets the connection. Nothing is lost, the fallback channel is used where the
 * rules say so, and the delivery log holds every attempt.
 */
class OutagesIT {
  private TestDatabases.Postgres database;
  private SettableClock clock;
  private WireMockServer gateway;
  private GreenMail smtp;
  private int smtpPort;
  private Borgerdialog dialog;

  @BeforeEach
  void start() throws IOException {
    database = TestDatabases.freshPostgresDatabase();
    clock = SettableClock.at("2026-11-23T09:00", "Europe/Copenhagen");
    gateway = new WireMockServer(wireMockConfig().dynamicPort());
    gateway.start();
    try (ServerSocket socket = new ServerSocket(0)) {
      smtpPort = socket.getLocalPort();
    }
    smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    dialog =
        Borgerdialog.builder()
            .dataSource(database.dataSource())
            .clock(clock)
            .reminderPolling(Duration.ofMillis(100))
            .channel(
                SmsGatewayNotificationChannel.create(
                    SmsGatewayConfig.builder(URI.create(gateway.baseUrl() + "/sms"))
                        .requestTimeout(Duration.ofSeconds(10))
                        .build(),
                    clock))
            .channel(
                SmtpNotificationChannel.create(
                    SmtpConfig.builder("127.0.0.1", "Min Dialog <noreply@kommune.dk>")
                        .port(smtpPort)
                        .startTls(false)
                        .connectTimeout(Duration.ofSeconds(5))
                        .readTimeout(Duration.ofSeconds(10))
                        .build(),
                    clock))
            .start();
  }

  @AfterEach
  void stop() {
    dialog.close();
    gateway.stop();
    smtp.stop();
  }

  @Test
  void the_sms_gateway_failing_in_every_way_loses_nothing_and_falls_back_where_allowed()
      throws Exception {
    Seed seed = Seed.organisation(dialog, "Københavns Kommune", ReminderPolicy.hoursBefore(1));
    Instant start = clock.instant().plus(Duration.ofDays(1)).plus(Duration.ofHours(2)); // 11:00
    Map<String, String> phones = new LinkedHashMap<>();
    phones.put("500", Seed.phone(500));
    phones.put("429", Seed.phone(429));
    phones.put("timeout", Seed.phone(408));
    phones.put("reset", Seed.phone(104));
    phones.put("ok", Seed.phone(200));
    Map<String, Seed.Booked> booked = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : phones.entrySet()) {
      booked.put(
          e.getKey(),
          seed.book(
              seed.citizen(
                  "O-" + e.getKey(),
                  null,
                  List.of(ChannelKind.SMS, ChannelKind.EMAIL),
                  e.getKey() + "@borger.example",
                  e.getValue()),
              start));
    }
    String ok = "{\"id\":\"gw-1\"}";
    gateway.stubFor(
        post(urlEqualTo("/sms"))
            .withRequestBody(matchingJsonPath("$.to", equalTo(phones.get("500"))))
            .willReturn(aResponse().withStatus(500)));
    stubOnceThenOk(
        "429", phones.get("429"), aResponse().withStatus(429).withHeader("Retry-After", "420"), ok);
    stubOnceThenOk(
        "timeout",
        phones.get("timeout"),
        aResponse().withStatus(200).withBody(ok).withFixedDelay(14_000),
        ok);
    stubOnceThenOk(
        "reset", phones.get("reset"), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), ok);
    gateway.stubFor(
        post(urlEqualTo("/sms"))
            .withRequestBody(matchingJsonPath("$.to", equalTo(phones.get("ok"))))
            .willReturn(aResponse().withStatus(200).withBody(ok)));

    warmUp();
    Instant due = start.minus(Duration.ofHours(1));
    long began = System.nanoTime();
    drive(due, booked.values().stream().toList());
    long took = System.nanoTime() - began;

    Map<String, List<DeliveryAttempt>> logs = new LinkedHashMap<>();
    for (Map.Entry<String, Seed.Booked> e : booked.entrySet()) {
      ReminderId reminder = reminderOf(e.getValue());
      List<DeliveryAttempt> log =
          dialog
              .as(Actor.staff(seed.caseworker(), AssuranceLevel.SUBSTANTIAL))
              .reminders()
              .deliveryLog(reminder);
      logs.put(e.getKey(), log);
      assertThat(status(reminder)).as(e.getKey()).isEqualTo("SENT");
      // every SMS attempt in the log reached the gateway, and every request is in the log
      int requests =
          gateway
              .findAll(
                  postRequestedFor(urlEqualTo("/sms"))
                      .withRequestBody(matchingJsonPath("$.to", equalTo(phones.get(e.getKey())))))
              .size();
      assertThat(log.stream().filter(a -> a.channel() == ChannelKind.SMS))
          .as("SMS attempts logged for %s", e.getKey())
          .hasSize(requests);
      assertThat(log.stream().map(DeliveryAttempt::idempotencyKey).distinct().count())
          .as("one key per channel")
          .isEqualTo(log.stream().map(DeliveryAttempt::channel).distinct().count());
    }
    // 500 three times, then e-mail
    assertThat(outcomes(logs.get("500")))
        .containsExactly("SMS:FAILED", "SMS:FAILED", "SMS:FAILED", "EMAIL:DELIVERED");
    // 429 waits for Retry-After, then SMS
    assertThat(outcomes(logs.get("429"))).containsExactly("SMS:FAILED", "SMS:DELIVERED");
    assertThat(
            Duration.between(
                logs.get("429").get(0).attemptedAt(), logs.get("429").get(1).attemptedAt()))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(420));
    // a timeout or a reset may have delivered: the same channel with the same key, never e-mail
    assertThat(outcomes(logs.get("timeout"))).containsExactly("SMS:UNKNOWN", "SMS:DELIVERED");
    assertThat(outcomes(logs.get("reset"))).containsExactly("SMS:UNKNOWN", "SMS:DELIVERED");
    assertThat(outcomes(logs.get("ok"))).containsExactly("SMS:DELIVERED");
    List<String> mailedTo = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      mailedTo.add(Arrays.toString(message.getAllRecipients()));
      LogLeaks.secret(String.valueOf(message.getSubject()));
    }
    assertThat(mailedTo).containsExactly("[500@borger.example]");
    Figures.record(
        "outage/sms gateway",
        "5 reminders: 500 x3 -> e-mail fallback; 429 Retry-After 420 s -> SMS after %d s;"
            + " timeout -> unknown, same key, SMS; reset -> unknown, same key, SMS; ok; lost 0,"
            + " duplicates 0, %d attempts logged = %d gateway requests + 1 e-mail; %.1f s real time",
        Duration.between(logs.get("429").get(0).attemptedAt(), logs.get("429").get(1).attemptedAt())
            .toSeconds(),
        logs.values().stream().mapToInt(List::size).sum(),
        gateway.getAllServeEvents().size(),
        took / 1e9);
  }

  @Test
  void the_smtp_server_down_for_a_while_then_back_loses_nothing() throws Exception {
    Seed seed = Seed.organisation(dialog, "Frederiksberg Kommune", ReminderPolicy.hoursBefore(1));
    Instant start = clock.instant().plus(Duration.ofDays(1)).plus(Duration.ofHours(2));
    List<Seed.Booked> citizens = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      citizens.add(
          seed.book(
              seed.citizen(
                  "M-" + i,
                  null,
                  List.of(ChannelKind.EMAIL, ChannelKind.IN_APP),
                  "borger" + i + "@borger.example",
                  null),
              start));
    }
    Instant due = start.minus(Duration.ofHours(1));
    smtp.stop(); // down before the reminders fall due
    clock.set(due.plusSeconds(1));
    awaitAttempts(citizens, 1);
    clock.set(due.plus(Duration.ofMinutes(1)).plusSeconds(2));
    awaitAttempts(citizens, 2);
    long down = System.nanoTime();
    smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start(); // back on the same port before the third attempt
    awaitGreeting(smtpPort);
    long back = System.nanoTime() - down;
    drive(due.plus(Duration.ofMinutes(2)), citizens);

    for (Seed.Booked citizen : citizens) {
      ReminderId reminder = reminderOf(citizen);
      assertThat(status(reminder)).isEqualTo("SENT");
      List<DeliveryAttempt> log =
          dialog
              .as(Actor.staff(seed.caseworker(), AssuranceLevel.SUBSTANTIAL))
              .reminders()
              .deliveryLog(reminder);
      assertThat(outcomes(log)).containsExactly("EMAIL:FAILED", "EMAIL:FAILED", "EMAIL:DELIVERED");
    }
    assertThat(smtp.getReceivedMessages()).hasSize(citizens.size());
    for (MimeMessage message : smtp.getReceivedMessages()) {
      LogLeaks.secret(String.valueOf(message.getSubject()));
    }
    Figures.record(
        "outage/smtp",
        "5 e-mail reminders, SMTP down for 2 attempts (1 minute apart), restarted on the same"
            + " port in %d ms: all delivered by e-mail on the 3rd attempt, lost 0, duplicates 0",
        back / 1_000_000);
  }

  private void stubOnceThenOk(
      String name,
      String phone,
      com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder first,
      String ok) {
    gateway.stubFor(
        post(urlEqualTo("/sms"))
            .inScenario(name)
            .whenScenarioStateIs(Scenario.STARTED)
            .withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
            .willReturn(first)
            .willSetStateTo("recovered"));
    gateway.stubFor(
        post(urlEqualTo("/sms"))
            .inScenario(name)
            .whenScenarioStateIs("recovered")
            .withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
            .willReturn(aResponse().withStatus(200).withBody(ok)));
  }

  /** Moves the clock a minute at a time from the due time until no reminder is pending. */
  private void drive(Instant from, List<Seed.Booked> citizens) throws Exception {
    clock.set(from.plusSeconds(1));
    for (int minute = 0; minute < 40; minute++) {
      Thread.sleep(minute == 0 ? 1_500 : 400);
      if (pending(citizens) == 0) {
        return;
      }
      clock.set(clock.instant().plus(Duration.ofMinutes(1)));
    }
    throw new AssertionError(pending(citizens) + " reminders still pending after 40 minutes");
  }

  private void awaitAttempts(List<Seed.Booked> citizens, int attempts) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      boolean all = true;
      for (Seed.Booked citizen : citizens) {
        all &= attempts(reminderOf(citizen)) >= attempts;
      }
      if (all) {
        return;
      }
      assertThat(System.nanoTime())
          .as("timed out waiting for attempt %d", attempts)
          .isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  /** One request first, so that a gateway still warming up on a busy machine does not time out. */
  private void warmUp() throws Exception {
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    for (int i = 0; i < 3; i++) {
      client.send(
          java.net.http.HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/warm-up"))
              .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
              .build(),
          java.net.http.HttpResponse.BodyHandlers.discarding());
    }
    gateway.resetRequests();
  }

  /** Waits until the SMTP server greets on its port. */
  private static void awaitGreeting(int port) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
        socket.setSoTimeout(5_000);
        int first = socket.getInputStream().read();
        if (first == '2') {
          return;
        }
      } catch (IOException e) {
        // not yet
      }
      assertThat(System.nanoTime()).as("SMTP server back").isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  private static List<String> outcomes(List<DeliveryAttempt> log) {
    return log.stream().map(a -> a.channel() + ":" + a.outcome()).toList();
  }

  private int pending(List<Seed.Booked> citizens) throws SQLException {
    int pending = 0;
    for (Seed.Booked citizen : citizens) {
      if ("PENDING".equals(status(reminderOf(citizen)))) {
        pending++;
      }
    }
    return pending;
  }

  private ReminderId reminderOf(Seed.Booked citizen) throws SQLException {
    return new ReminderId(
        UUID.fromString(
            query(
                "SELECT id FROM borgerdialog.reminder WHERE appointment_id = ?",
                citizen.appointment().id().value())));
  }

  private String status(ReminderId reminder) throws SQLException {
    return query("SELECT status FROM borgerdialog.reminder WHERE id = ?", reminder.value());
  }

  private int attempts(ReminderId reminder) throws SQLException {
    return Integer.parseInt(
        query(
            "SELECT COUNT(*) FROM borgerdialog.delivery_attempt WHERE reminder_id = ?",
            reminder.value()));
  }

  private String query(String sql, UUID parameter) throws SQLException {
    DataSource db = database.dataSource();
    try (Connection connection = db.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, parameter);
      try (ResultSet rows = statement.executeQuery()) {
        assertThat(rows.next()).isTrue();
        return rows.getString(1);
      }
    }
  }
}
