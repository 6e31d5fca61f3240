package dk.borgerdialog.messaging.email;

import dk.borgerdialog.notification.model.DeliveryResult;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.io.IOException;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.jspecify.annotations.Nullable;

/**
 * Maps what Jakarta Mail threw to a {@link DeliveryResult}. The error texts are ours: a server's
 * reply may repeat the address, so it is never copied.
 */
final class SmtpOutcomes {
  private SmtpOutcomes() {}

  static DeliveryResult of(MessagingException e) {
    if (e instanceof AuthenticationFailedException) {
      return DeliveryResult.permanent("SMTP login failed");
    }
    if (e instanceof MailConnectException) {
      return DeliveryResult.retryable("could not connect to the SMTP server");
    }
    if (e instanceof AddressException) {
      return DeliveryResult.permanent("address not accepted by Jakarta Mail");
    }
    if (e instanceof SendFailedException) {
      int code = replyCode(e);
      if (code >= 400 && code < 500) {
        return DeliveryResult.retryable("SMTP server refused for now (" + code + ")");
      }
      return code >= 500
          ? DeliveryResult.permanent("SMTP server refused (" + code + ")")
          : DeliveryResult.permanent("SMTP server refused the message");
    }
    Throwable io = ioCause(e);
    if (io instanceof SSLException) {
      return DeliveryResult.retryable("SMTP TLS failed: " + io.getClass().getSimpleName());
    }
    if (io != null) {
      // the message may have been sent before the connection broke
      return DeliveryResult.unknown("SMTP connection lost: " + io.getClass().getSimpleName());
    }
    return DeliveryResult.retryable("SMTP error: " + e.getClass().getSimpleName());
  }

  /** The first SMTP reply code in the chain of causes, or 0 if there is none. */
  private static int replyCode(MessagingException e) {
    // MessagingException.getCause() is its next exception, so this walks Jakarta Mail's chain too
    for (Throwable at = e; at != null; at = at.getCause()) {
      if (at instanceof SMTPSendFailedException s) {
        return s.getReturnCode();
      }
      if (at instanceof SMTPAddressFailedException s) {
        return s.getReturnCode();
      }
      if (at instanceof SMTPSenderFailedException s) {
        return s.getReturnCode();
      }
    }
    return 0;
  }

  private static @Nullable Throwable ioCause(Throwable e) {
    for (Throwable at = e; at != null; at = at.getCause()) {
      if (at instanceof IOException) {
        return at;
      }
    }
    return null;
  }
}
