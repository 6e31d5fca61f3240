package dk.borgerdialog.examples;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.ContactOperations;
import dk.borgerdialog.SetupOperations;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.contact.application.JoinCareTeamCommand;
import dk.borgerdialog.contact.application.StartThreadCommand;
import dk.borgerdialog.contact.model.CareTeamMember;
import dk.borgerdialog.contact.model.CareTeamMember.Reachability;
import dk.borgerdialog.contact.model.Message;
import dk.borgerdialog.messaging.email.SmtpConfig;
import dk.borgerdialog.messaging.email.SmtpNotificationChannel;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.Centre;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitRole;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.QuietHours;
import jakarta.mail.internet.MimeMessage;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A short exchange in Mine kontakter: Jonas Berg sees his mentor in "my contacts", writes to him,
 * the mentor reads and answers, and Jonas gets an e-mail that says only that he has a new message
 * (a local SMTP server, GreenMail, receives it), then reads the answer in the app.
 *
 * <p>Run it with {@code mvn -q -pl examples -am package -DskipTests exec:java
 * -Dexample=ContactsExample}.
 */
public final class ContactsExample {

  private ContactsExample() {}

  /**
   * Runs the example.
   *
   * @param args not used
   * @throws Exception if the local SMTP server cannot start
   */
  public static void main(String[] args) throws Exception {
    run(System.out, Duration.ofSeconds(60));
  }

  /**
   * Runs the example and waits for the e-mail.
   *
   * @param out where to print
   * @param patience how long to wait for the e-mail at most
   * @return the e-mail's subject and text
   * @throws Exception if the e-mail does not arrive in time
   */
  public static String run(PrintStream out, Duration patience) throws Exception {
    GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    Clock clock = Clock.systemUTC();
    try (Borgerdialog dialog =
        Borgerdialog.builder()
            .clock(clock)
            .reminderPolling(Duration.ofMillis(200))
            .channel(
                SmtpNotificationChannel.create(
                    SmtpConfig.builder("127.0.0.1", "Min Dialog <noreply@kk.example.dk>")
                        .port(smtp.getSmtp().getPort())
                        .startTls(false)
                        .build(),
                    clock))
            .start()) {
      SetupOperations setup = dialog.setup();
      Municipality kk = setup.createMunicipality("Københavns Kommune");
      Centre centre = setup.createCentre(kk.id(), "Borgercenter Voksne");
      Unit unit =
          setup.createUnit(
              centre.id(), "Ambulant behandling", "Borgercenter Nord", BookingRules.defaults());
      StaffMember ali =
          setup.addStaffMember(
              kk.id(),
              null,
              "Ali Hassan",
              "Mentor",
              List.of(new UnitRole(unit.id(), StaffRole.MENTOR)));
      Citizen jonas =
          setup.registerCitizen(kk.id(), ExternalRef.of("sensum", "J-1"), null, "Jonas Berg");
      var template = setup.addCourseTemplate(kk.id(), "Samtaleforløb", CourseKind.TREATMENT, null);

      ContactOperations mentor =
          dialog.as(Actor.staff(ali.id(), AssuranceLevel.SUBSTANTIAL)).contacts();
      ContactOperations citizen =
          dialog.as(Actor.citizen(jonas.id(), AssuranceLevel.SUBSTANTIAL)).contacts();
      Course course =
          dialog
              .as(Actor.staff(ali.id(), AssuranceLevel.SUBSTANTIAL))
              .plan()
              .openCourse(jonas.id(), unit.id(), template.id());
      mentor.join(
          JoinCareTeamCommand.staff(
              course.id(),
              ali.id(),
              StaffRole.MENTOR,
              new Reachability("+4533445566", "Man–tor 9–11", Duration.ofHours(24))));
      // Jonas wants e-mail, and no quiet hours get in the way of the example at any time of day
      var prefs =
          dialog
              .as(Actor.citizen(jonas.id(), AssuranceLevel.SUBSTANTIAL))
              .reminders()
              .contactPreferences(jonas.id());
      dialog
          .as(Actor.citizen(jonas.id(), AssuranceLevel.SUBSTANTIAL))
          .reminders()
          .saveContactPreferences(
              new ContactPreferences(
                  jonas.id(),
                  List.of(ChannelKind.EMAIL, ChannelKind.IN_APP),
                  "jonas.berg@example.dk",
                  null,
                  new QuietHours(LocalTime.of(3, 0), LocalTime.of(3, 1)),
                  Set.of(),
                  prefs.version()));

      CareTeamMember contact = citizen.contacts(jonas.id()).get(0);
      out.println(
          "Jonas's contacts: "
              + contact.displayName()
              + ", "
              + contact.title()
              + " (phone "
              + contact.reachability().phoneHours()
              + ", answers within "
              + contact.reachability().expectedReply().toHours()
              + " hours)");
      Message first =
          citizen.startThread(
              StartThreadCommand.toContact(
                  contact, "Mødet på torsdag", "Hej Ali, kan vi flytte mødet til fredag?"));
      out.println("Jonas writes: " + first.body());
      out.println("Ali has " + mentor.unread() + " unread message");

      List<Message> read = mentor.messages(first.thread(), null, 20).items();
      out.println("Ali reads: " + read.get(0).body());
      Message answer = mentor.write(first.thread(), "Hej Jonas, fredag kl. 10 passer fint.");
      out.println("Ali answers: " + answer.body());

      long deadline = System.nanoTime() + patience.toNanos();
      while (smtp.getReceivedMessages().length == 0) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the e-mail did not arrive in time");
        }
        Thread.sleep(100);
      }
      MimeMessage mail = smtp.getReceivedMessages()[0];
      String text = mail.getSubject() + "\n" + GreenMailUtil.getBody(mail).strip();
      out.println("SMTP server received an e-mail to jonas.berg@example.dk: " + mail.getSubject());
      out.println("Jonas has " + citizen.unread() + " unread message");
      List<Message> thread = citizen.messages(first.thread(), null, 20).items();
      out.println("Jonas reads: " + thread.get(0).body());
      out.println("Jonas has " + citizen.unread() + " unread messages");
      return text;
    } finally {
      smtp.stop();
    }
  }
}
