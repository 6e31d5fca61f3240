package dk.borgerdialog.messaging.email;

import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.notification.model.DeliveryResult;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import javax.net.ssl.SSLHandshakeException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.junit.jupiter.api.Test;

/** What Jakarta Mail throws, mapped to outcomes; the server-facing cases are in the IT. */
class SmtpOutcomesTest {
  private static final InternetAddress KAREN = address("karen.holm@example.dk");

  private static InternetAddress address(String text) {
    try {
      return new InternetAddress(text);
    } catch (AddressException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static SendFailedException rejectedRecipient(int code) {
    SMTPAddressFailedException rcpt =
        new SMTPAddressFailedException(KAREN, "RCPT TO", code, code + " karen.holm@example.dk no");
    return new SendFailedException(
        "Invalid Addresses", rcpt, new Address[0], new Address[0], new Address[] {KAREN});
  }

  @Test
  void loginFailure_isPermanent() {
    assertThat(SmtpOutcomes.of(new AuthenticationFailedException("535 bad credentials")))
        .isEqualTo(DeliveryResult.permanent("SMTP login failed"));
  }

  @Test
  void serverUnreachable_isRetryable() {
    MessagingException e =
        new MailConnectException(
            new SocketConnectException("refused", new ConnectException("refused"), "h", 25, 1000));
    assertThat(SmtpOutcomes.of(e))
        .isEqualTo(DeliveryResult.retryable("could not connect to the SMTP server"));
  }

  @Test
  void recipientRefusedForGood_isPermanent_andTheErrorNamesNoAddress() {
    DeliveryResult result = SmtpOutcomes.of(rejectedRecipient(550));

    assertThat(result).isEqualTo(DeliveryResult.permanent("SMTP server refused (550)"));
    assertThat(result.toString()).doesNotContain("karen");
  }

  @Test
  void recipientRefusedForNow_isRetryable() {
    assertThat(SmtpOutcomes.of(rejectedRecipient(451)))
        .isEqualTo(DeliveryResult.retryable("SMTP server refused for now (451)"));
  }

  @Test
  void messageRefusedAfterData_usesItsCode() {
    SMTPSendFailedException e =
        new SMTPSendFailedException("DATA", 554, "554 rejected", null, null, null, null);
    assertThat(SmtpOutcomes.of(e)).isEqualTo(DeliveryResult.permanent("SMTP server refused (554)"));
  }

  @Test
  void malformedAddress_isPermanent() {
    assertThat(SmtpOutcomes.of(new AddressException("bad")))
        .isInstanceOfSatisfying(
            DeliveryResult.Failed.class, f -> assertThat(f.retryable()).isFalse());
  }

  @Test
  void connectionLostMidway_isUnknown() {
    MessagingException e =
        new MessagingException(
            "Exception reading response", new SocketTimeoutException("Read timed out"));
    assertThat(SmtpOutcomes.of(e))
        .isEqualTo(DeliveryResult.unknown("SMTP connection lost: SocketTimeoutException"));
  }

  @Test
  void startTlsHandshakeFailure_isRetryable() {
    MessagingException e =
        new MessagingException("Could not convert socket to TLS", new SSLHandshakeException("no"));
    assertThat(SmtpOutcomes.of(e))
        .isEqualTo(DeliveryResult.retryable("SMTP TLS failed: SSLHandshakeException"));
  }

  @Test
  void anythingElse_isRetryable() {
    assertThat(SmtpOutcomes.of(new MessagingException("STARTTLS is required")))
        .isEqualTo(DeliveryResult.retryable("SMTP error: MessagingException"));
  }
}
