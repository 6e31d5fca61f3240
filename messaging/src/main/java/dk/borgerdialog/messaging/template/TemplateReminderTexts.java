package dk.borgerdialog.messaging.template;

import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.reminder.model.ReminderTexts;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The reminder texts of {@link MessageTemplates}: one GSM-7 SMS, or an e-mail subject and plain
 * text (the SMTP channel renders the HTML part from it), with a link to the host's app.
 */
public final class TemplateReminderTexts implements ReminderTexts {
  private final MessageTemplates templates;
  private final URI appLink;

  private TemplateReminderTexts(MessageTemplates templates, URI appLink) {
    this.templates = templates;
    this.appLink = appLink;
  }

  /**
   * The texts, pointing to the host's app.
   *
   * @param clock the clock that tells today from tomorrow
   * @param appLink the https link citizens open to see the details, such as {@code
   *     https://minside.kk.dk/aftaler}; at most 80 ASCII characters
   * @return the texts
   * @throws dk.borgerdialog.common.InvalidInputException if the link is not a short https URL
   */
  public static TemplateReminderTexts create(Clock clock, URI appLink) {
    Check.notNull("appLink", appLink);
    // validated once here rather than on every reminder
    new ReminderDetails(Instant.EPOCH, ZoneId.of("UTC"), "check", appLink);
    return new TemplateReminderTexts(MessageTemplates.create(clock), appLink);
  }

  @Override
  public Text reminder(
      Instant start, ZoneId zone, String placeName, Language language, boolean forSms) {
    ReminderDetails details = new ReminderDetails(start, zone, placeName, appLink);
    if (forSms) {
      return new Text("", templates.reminderSms(details, language));
    }
    EmailContent email = templates.reminderEmail(details, language);
    return new Text(email.subject(), email.text());
  }
}
