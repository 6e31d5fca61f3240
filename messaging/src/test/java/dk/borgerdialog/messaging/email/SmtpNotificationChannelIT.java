package dk.borgerdialog.messaging.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.messaging.template.EmailContent;
import dk.borgerdialog.messaging.template.MessageTemplates;
import dk.borgerdialog.messaging.template.ReminderDetails;
import dk.borgerdialog.messaging.testsupport.CapturedStderr;
import dk.borgerdialog.messaging.testsupport.Ports;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.DeliveryResult;
import dk.borgerdialog.notification.model.Notification;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SMTP channel against a real SMTP server (GreenMail) on loopback. */
class SmtpNotificationChannelIT {
  private static final String USER = "borgerdialog";
  private static final String PASSWORD = "s3cret-smtp";
  private static final String TO = "karen.holm@example.dk";

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
          .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, PASSWORD))
          .withPerMethodLifecycle(true);

  private final SettableClock clock = SettableClock.at(Instant.parse("2026-10-01T16:00:00Z"));

  private SmtpConfig.Builder config() {
    return SmtpConfig.builder("127.0.0.1", "Borgerdialog <noreply@kommune.example.dk>")
        .port(SMTP.getSmtp().getPort())
        .startTls(false)
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(5));
  }

  private SmtpNotificationChannel channel() {
    return SmtpNotificationChannel.create(config().credentials(USER, PASSWORD).build(), clock);
  }

  private Notification reminder(String key, String place) {
    ReminderDetails details =
        ReminderDetails.of(
            Instant.parse("2026-10-02T08:00:00Z"),
            ZoneId.of("Europe/Copenhagen"),
            place,
            URI.create("https://bd.example.dk/a/7Qx"));
    EmailContent email = MessageTemplates.create(clock).reminderEmail(details, Language.DA);
    return Notification.of(key, ChannelKind.EMAIL, TO, Language.DA, email.subject(), email.text());
  }

  @Test
  void delivered_asPlainTextAndEscapedHtml_withAMessageIdFromTheKey() throws Exception {
    SmtpNotificationChannel channel = channel();
    Notification notification = reminder("reminder-42:EMAIL", "Café <Nord> & \"Syd\"");

    DeliveryResult result = channel.send(notification);

    String messageId = channel.messageId("reminder-42:EMAIL");
    assertThat(result).isEqualTo(DeliveryResult.delivered(messageId));
    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage mail = received[0];
    assertThat(mail.getMessageID()).isEqualTo(messageId).endsWith("@kommune.example.dk>");
    assertThat(mail.getSubject()).isEqualTo("Påmindelse: aftale i morgen kl. 10:00");
    assertThat(((InternetAddress) mail.getFrom()[0]).getAddress())
        .isEqualTo("noreply@kommune.example.dk");
    assertThat(((InternetAddress) mail.getAllRecipients()[0]).getAddress()).isEqualTo(TO);
    assertThat(mail.getSentDate().toInstant()).isEqualTo(clock.instant());
    assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
    assertThat(mail.getContentType()).startsWith("multipart/alternative");

    MimeMultipart parts = (MimeMultipart) mail.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    BodyPart text = parts.getBodyPart(0);
    BodyPart html = parts.getBodyPart(1);
    assertThat(text.getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
    // SMTP carries CRLF line ends
    assertThat(((String) text.getContent()).replace("\r\n", "\n").strip())
        .isEqualTo(notification.body());
    assertThat(html.getContentType()).startsWith("text/html").containsIgnoringCase("utf-8");
    assertThat((String) html.getContent())
        .contains("hos Café &lt;Nord&gt; &amp; &quot;Syd&quot;.")
        .contains("<a href=\"https://bd.example.dk/a/7Qx\">")
        .doesNotContain("<Nord>");
  }

  @Test
  void aRetry_carriesTheSameMessageId_anotherKeyAnother() throws Exception {
    SmtpNotificationChannel channel = channel();

    channel.send(reminder("reminder-42:EMAIL", "Borgercenter Nord"));
    channel.send(reminder("reminder-42:EMAIL", "Borgercenter Nord"));
    channel.send(reminder("reminder-43:EMAIL", "Borgercenter Nord"));

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(3);
    assertThat(received[0].getMessageID()).isEqualTo(received[1].getMessageID());
    assertThat(received[2].getMessageID()).isNotEqualTo(received[0].getMessageID());
  }

  @Test
  void withoutLogin_isDeliveredToo() {
    SmtpNotificationChannel channel = SmtpNotificationChannel.create(config().build(), clock);

    assertThat(channel.send(reminder("k-1", "Borgercenter Nord")))
        .isInstanceOf(DeliveryResult.Delivered.class);
    assertThat(SMTP.getReceivedMessages()).hasSize(1);
  }

  @Test
  void aWrongPassword_isNotRetryable() {
    SmtpNotificationChannel channel =
        SmtpNotificationChannel.create(config().credentials(USER, "wrong").build(), clock);

    assertThat(channel.send(reminder("k-1", "Borgercenter Nord")))
        .isEqualTo(DeliveryResult.permanent("SMTP login failed"));
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void aServerThatIsDown_isRetryable() {
    SmtpNotificationChannel channel =
        SmtpNotificationChannel.create(
            config().port(Ports.closedPort()).credentials(USER, PASSWORD).build(), clock);

    assertThat(channel.send(reminder("k-1", "Borgercenter Nord")))
        .isEqualTo(DeliveryResult.retryable("could not connect to the SMTP server"));
  }

  @Test
  void requiredStartTls_thatCannotBeHad_neverFallsBackToPlainText() {
    SmtpNotificationChannel channel =
        SmtpNotificationChannel.create(
            config().startTls(true).credentials(USER, PASSWORD).build(), clock);

    assertThat(channel.send(reminder("k-1", "Borgercenter Nord")))
        .isInstanceOfSatisfying(
            DeliveryResult.Failed.class, f -> assertThat(f.retryable()).isTrue());
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void neitherAddressNorSubjectNorBody_isLogged() {
    try (CapturedStderr log = new CapturedStderr()) {
      channel().send(reminder("reminder-42:EMAIL", "Borgercenter Nord"));
      SmtpNotificationChannel.create(config().port(Ports.closedPort()).build(), clock)
          .send(reminder("reminder-43:EMAIL", "Borgercenter Nord"));

      // GreenMail logs the address it creates a mailbox for; only our own lines count
      String ours =
          log.text()
              .lines()
              .filter(line -> line.contains("dk.borgerdialog"))
              .collect(java.util.stream.Collectors.joining("\n"));
      assertThat(ours)
          .contains("reminder-42:EMAIL", "reminder-43:EMAIL")
          .doesNotContain("karen", "Borgercenter", "Påmindelse", PASSWORD);
    }
  }

  @Test
  void aNotificationForAnotherChannel_isRefused() {
    Notification sms = Notification.of("k", ChannelKind.SMS, "+4512345678", Language.DA, "", "b");

    assertThatThrownBy(() -> channel().send(sms)).isInstanceOf(InvalidInputException.class);
    assertThat(channel().kind()).isEqualTo(ChannelKind.EMAIL);
  }

  @Test
  void config_checksItsValues_andHidesThePassword() {
    assertThatThrownBy(() -> SmtpConfig.builder("smtp.example.dk", "not an address"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from");
    assertThatThrownBy(() -> config().port(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> config().readTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    SmtpConfig config = config().credentials(USER, PASSWORD).build();
    assertThat(config.toString()).doesNotContain(PASSWORD).contains(USER);
    assertThat(SmtpConfig.builder("smtp.example.dk", "noreply@example.dk").build())
        .satisfies(
            c -> {
              assertThat(c.port()).isEqualTo(SmtpConfig.DEFAULT_PORT);
              assertThat(c.startTls()).isTrue();
            });
  }
}
