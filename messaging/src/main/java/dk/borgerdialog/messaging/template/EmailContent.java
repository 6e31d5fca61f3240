package dk.borgerdialog.messaging.template;

/**
 * The parts of a rendered e-mail.
 *
 * @param subject the subject, one line
 * @param text the plain-text body; this is what a {@link
 *     dk.borgerdialog.notification.model.Notification} carries
 * @param html the HTML body: the plain text with every character escaped and https links made
 *     clickable, exactly as the SMTP channel builds it from the text
 */
public record EmailContent(String subject, String text, String html) {}
