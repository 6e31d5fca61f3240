package dk.borgerdialog.messaging.email;

import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.messaging.internal.HtmlBody;
import dk.borgerdialog.messaging.internal.Require;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.DeliveryResult;
import dk.borgerdialog.notification.model.Notification;
import dk.borgerdialog.notification.model.NotificationChannel;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Date;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends e-mail over SMTP with Jakarta Mail (Eclipse Angus).
 *
 * <p>Each message is {@code multipart/alternative}: the notification's body as plain text, and the
 * same text as HTML with every character escaped and https links made clickable. Its {@code
 * Message-ID} is derived from the idempotency key, so a retry of the same notification carries the
 * same id and a receiving system can drop the repeat; it is also the provider id of a delivery.
 *
 * <p>Outcomes: a server that cannot be reached is a retryable failure; a failed login or an address
 * the server refuses for good (5xx) is not retryable; a temporary refusal (4xx) is retryable; a
 * connection lost during the exchange is unknown.
 *
 * <p>Thread-safe: each send opens its own connection. Never logs the address, subject or body.
 */
public final class SmtpNotificationChannel implements NotificationChannel {
  private static final Logger LOG = LoggerFactory.getLogger(SmtpNotificationChannel.class);

  private final SmtpConfig config;
  private final Clock clock;
  private final Session session;
  private final InternetAddress from;
  private final String messageIdDomain;

  private SmtpNotificationChannel(SmtpConfig config, Clock clock) {
    this.config = Require.notNull("config", config);
    this.clock = Require.notNull("clock", clock);
    this.from = config.fromAddress();
    String address = from.getAddress();
    this.messageIdDomain = address.substring(address.lastIndexOf('@') + 1);
    this.session = Session.getInstance(properties(config));
  }

  /**
   * Creates the channel.
   *
   * @param config how to reach the SMTP server
   * @param clock the clock that dates each message
   * @return the channel
   * @throws IllegalArgumentException if an argument is null
   */
  public static SmtpNotificationChannel create(SmtpConfig config, Clock clock) {
    return new SmtpNotificationChannel(config, clock);
  }

  /**
   * {@inheritDoc}
   *
   * @return {@link ChannelKind#EMAIL}
   */
  @Override
  public ChannelKind kind() {
    return ChannelKind.EMAIL;
  }

  /**
   * Sends the e-mail; never throws for a delivery problem.
   *
   * @param notification an e-mail notification
   * @return the outcome; a delivery's provider id is the {@code Message-ID}
   * @throws InvalidInputException if the notification is not for e-mail
   */
  @Override
  public DeliveryResult send(Notification notification) {
    if (notification.channel() != ChannelKind.EMAIL) {
      throw new InvalidInputException("channel", "must be EMAIL for this channel");
    }
    String messageId = messageId(notification.idempotencyKey());
    DeliveryResult result;
    try {
      MimeMessage message = message(notification, messageId);
      if (config.username() != null) {
        Transport.send(message, config.username(), config.password());
      } else {
        Transport.send(message);
      }
      result = DeliveryResult.delivered(messageId);
    } catch (MessagingException e) {
      result = SmtpOutcomes.of(e);
    }
    LOG.info("E-mail {}: {}", notification.idempotencyKey(), result);
    return result;
  }

  /**
   * The {@code Message-ID} for an idempotency key: the same key always gives the same id.
   *
   * @param idempotencyKey the key
   * @return the id, with its angle brackets
   */
  String messageId(String idempotencyKey) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
      return "<" + HexFormat.of().formatHex(hash, 0, 20) + ".borgerdialog@" + messageIdDomain + ">";
    } catch (NoSuchAlgorithmException e) {
      // every Java platform must support SHA-256
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private MimeMessage message(Notification notification, String messageId)
      throws MessagingException {
    MimeMessage message = new KeyedMessage(session, messageId);
    message.setFrom(from);
    message.setRecipient(
        Message.RecipientType.TO, new InternetAddress(notification.address(), true));
    message.setSubject(notification.subject(), StandardCharsets.UTF_8.name());
    message.setSentDate(Date.from(clock.instant()));
    message.setHeader("Auto-Submitted", "auto-generated");
    message.setHeader("Content-Language", notification.language().name().toLowerCase(Locale.ROOT));

    MimeBodyPart text = new MimeBodyPart();
    text.setText(notification.body(), StandardCharsets.UTF_8.name(), "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(
        HtmlBody.render(notification.subject(), notification.body(), notification.language()),
        StandardCharsets.UTF_8.name(),
        "html");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    message.setContent(alternative);
    return message;
  }

  private static Properties properties(SmtpConfig config) {
    Properties p = new Properties();
    p.setProperty("mail.transport.protocol", "smtp");
    p.setProperty("mail.smtp.host", config.host());
    p.setProperty("mail.smtp.port", Integer.toString(config.port()));
    p.setProperty("mail.smtp.from", config.fromAddress().getAddress());
    p.setProperty("mail.smtp.auth", Boolean.toString(config.username() != null));
    p.setProperty("mail.smtp.starttls.enable", Boolean.toString(config.startTls()));
    p.setProperty("mail.smtp.starttls.required", Boolean.toString(config.startTls()));
    p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
    p.setProperty("mail.smtp.connectiontimeout", Long.toString(config.connectTimeout().toMillis()));
    p.setProperty("mail.smtp.timeout", Long.toString(config.readTimeout().toMillis()));
    p.setProperty("mail.smtp.writetimeout", Long.toString(config.readTimeout().toMillis()));
    return p;
  }

  /** A message whose {@code Message-ID} is ours, not the one Jakarta Mail would generate. */
  private static final class KeyedMessage extends MimeMessage {
    private final String messageId;

    KeyedMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
