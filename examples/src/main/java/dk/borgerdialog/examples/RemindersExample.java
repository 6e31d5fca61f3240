package dk.borgerdialog.examples;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.PlanOperations;
import dk.borgerdialog.SetupOperations;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.ExternalRef;
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
import dk.borgerdialog.plan.application.BookAppointmentCommand;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.QuietHours;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reminders going out: Karen Holm prefers SMS, then e-mail; Jonas Berg has stated nothing and gets
 * his in the app. A local SMS gateway (a tiny HTTP server) and a local SMTP server (GreenMail)
 * receive what is sent. The gateway accepts Karen's first SMS and refuses the second, so her second
 * reminder falls back to e-mail.
 *
 * <p>Appointments are booked a minute and a few seconds ahead with a one-minute reminder, so the
 * example finishes in seconds. The unit's policy is marked critical only so that the example also
 * works at night; real units keep the citizens' quiet hours.
 *
 * <p>Run it with {@code mvn -q -pl examples -am package -DskipTests exec:java
 * -Dexample=RemindersExample}.
 */
public final class RemindersExample {
  private static final AppointmentType HOME_VISIT = AppointmentType.of("home_visit");

  private RemindersExample() {}

  /**
   * Runs the example.
   *
   * @param args not used
   * @throws Exception if a local server cannot start
   */
  public static void main(String[] args) throws Exception {
    run(System.out, Duration.ofSeconds(60));
  }

  /**
   * Runs the example and waits until every reminder went out.
   *
   * @param out where to print
   * @param patience how long to wait for the reminders at most
   * @return the texts the SMS gateway and the SMTP server received, in that order
   * @throws Exception if a local server cannot start, or the reminders do not arrive in time
   */
  public static List<String> run(PrintStream out, Duration patience) throws Exception {
    List<String> received = new CopyOnWriteArrayList<>();
    AtomicInteger smsCount = new AtomicInteger();
    HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    gateway.createContext(
        "/sms",
        exchange -> {
          String body = read(exchange.getRequestBody());
          boolean accept = smsCount.incrementAndGet() == 1;
          if (accept) {
            received.add("SMS " + body);
            out.println("SMS gateway received: " + body);
          } else {
            out.println("SMS gateway refused a message (as arranged for the example)");
          }
          byte[] answer =
              (accept ? "{\"id\":\"sms-1\"}" : "{\"error\":\"refused\"}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(accept ? 200 : 400, answer.length);
          try (OutputStream o = exchange.getResponseBody()) {
            o.write(answer);
          }
        });
    gateway.start();
    GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    Clock clock = Clock.systemUTC();
    try (Borgerdialog dialog =
        Borgerdialog.builder()
            .clock(clock)
            .reminderPolling(Duration.ofMillis(200))
            .appLink(URI.create("https://minside.frederiksberg.dk/aftaler"))
            .channel(
                SmsGatewayNotificationChannel.create(
                    SmsGatewayConfig.builder(
                            URI.create(
                                "http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms"))
                        .build(),
                    clock))
            .channel(
                SmtpNotificationChannel.create(
                    SmtpConfig.builder("127.0.0.1", "Min Dialog <noreply@frederiksberg.example.dk>")
                        .port(smtp.getSmtp().getPort())
                        .startTls(false)
                        .build(),
                    clock))
            .start()) {
      SetupOperations setup = dialog.setup();
      Municipality fk = setup.createMunicipality("Frederiksberg Kommune");
      Centre centre = setup.createCentre(fk.id(), "Sundhed og Omsorg");
      Unit homeCare =
          setup.createUnit(
              centre.id(), "Hjemmeplejen Nord", "Frederiksberg Sundhed", BookingRules.defaults());
      StaffMember nurse =
          setup.addStaffMember(
              fk.id(),
              null,
              "Lise Holm",
              "Sygeplejerske",
              List.of(new UnitRole(homeCare.id(), StaffRole.NURSE)));
      Citizen karen =
          setup.registerCitizen(fk.id(), ExternalRef.of("nexus", "K-84"), null, "Karen Holm");
      Citizen jonas =
          setup.registerCitizen(fk.id(), ExternalRef.of("nexus", "J-34"), null, "Jonas Berg");
      var template = setup.addCourseTemplate(fk.id(), "Hjemmepleje", CourseKind.HOME_CARE, null);
      dialog
          .as(Actor.system("setup"))
          .reminders()
          .setReminderPolicy(
              homeCare.id(), new ReminderPolicy(List.of(Duration.ofMinutes(1)), true));
      dialog
          .as(Actor.citizen(karen.id(), AssuranceLevel.SUBSTANTIAL))
          .reminders()
          .saveContactPreferences(
              new ContactPreferences(
                  karen.id(),
                  List.of(ChannelKind.SMS, ChannelKind.EMAIL),
                  "karen.holm@example.dk",
                  "+4512345678",
                  QuietHours.DEFAULT,
                  Set.of(),
                  0));

      PlanOperations staff = dialog.as(Actor.staff(nurse.id(), AssuranceLevel.SUBSTANTIAL)).plan();
      Course karens = staff.openCourse(karen.id(), homeCare.id(), template.id());
      Course jonass = staff.openCourse(jonas.id(), homeCare.id(), template.id());
      Instant soon = clock.instant().plus(Duration.ofMinutes(1)).plusSeconds(2);
      book(staff, karens, soon, nurse);
      book(staff, karens, soon.plusSeconds(2), nurse);
      book(staff, jonass, soon.plusSeconds(4), nurse);
      out.println("Booked three home visits; reminders are due in a few seconds...");

      long deadline = System.nanoTime() + patience.toNanos();
      int inApp = 0;
      while (System.nanoTime() < deadline) {
        inApp =
            dialog
                .as(Actor.citizen(jonas.id(), AssuranceLevel.SUBSTANTIAL))
                .reminders()
                .unreadNotifications(jonas.id());
        if (received.size() == 1 && smtp.getReceivedMessages().length == 1 && inApp == 1) {
          break;
        }
        Thread.sleep(100);
      }
      MimeMessage[] mails = smtp.getReceivedMessages();
      if (mails.length != 1 || inApp != 1 || received.size() != 1) {
        throw new IllegalStateException("the reminders did not all arrive in time");
      }
      String mail =
          mails[0].getSubject()
              + " / "
              + GreenMailUtil.getBody(mails[0]).lines().findFirst().orElse("");
      received.add("EMAIL " + mail);
      out.println(
          "SMTP server received an e-mail to "
              + mails[0].getAllRecipients()[0]
              + ": "
              + mails[0].getSubject());
      var note =
          dialog
              .as(Actor.citizen(jonas.id(), AssuranceLevel.SUBSTANTIAL))
              .reminders()
              .notifications(jonas.id())
              .get(0);
      out.println("Jonas's app shows: " + note.subject() + " — " + note.body());
      return received;
    } finally {
      smtp.stop();
      gateway.stop(0);
    }
  }

  private static void book(PlanOperations staff, Course course, Instant start, StaffMember with) {
    staff.book(
        BookAppointmentCommand.at(
            course.id(),
            HOME_VISIT,
            start,
            start.plus(Duration.ofMinutes(30)),
            AppointmentMode.inPerson("Solbjergvej 3, 2000 Frederiksberg"),
            List.of(with.id())));
  }

  private static String read(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }
}
