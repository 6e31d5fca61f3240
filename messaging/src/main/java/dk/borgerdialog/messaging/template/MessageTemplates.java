package dk.borgerdialog.messaging.template;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.messaging.internal.HtmlBody;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the texts of reminders in Danish and English from logic-less Mustache templates.
 *
 * <p>A reminder says when ("i morgen kl. 10:00", "tomorrow 10:00", or a weekday and date), where
 * (the unit's neutral public name) and where to read more (a link to the app), for example {@code
 * "Reminder: appointment tomorrow 10:00 at Borgercenter Nord. See details in the app:
 * https://bd.example.dk/a/7Qx"}. It never names the service and carries no CPR number and no health
 * or social detail: the {@link ReminderDetails} it is rendered from hold nothing of the kind.
 *
 * <p>SMS texts are in the GSM-7 alphabet and at most {@value #SMS_MAX_SEPTETS} septets, one SMS: if
 * the full text is too long a shorter form without the call to read more is used, and if that is
 * too long the place name is shortened with {@code "..."}. E-mails have a subject, a plain-text
 * body, and an HTML body in which every inserted value is escaped.
 *
 * <p>"Today" and "tomorrow" are judged in the citizen's zone at the time of rendering, by the
 * injected clock, so render just before sending. Immutable and thread-safe.
 */
public final class MessageTemplates {
  /** The most septets an SMS text takes: one SMS. */
  public static final int SMS_MAX_SEPTETS = 160;

  private static final String ELLIPSIS = "...";
  private static final long DAYS_WITHOUT_YEAR = 180;

  private final Clock clock;
  private final Map<Language, Texts> texts = new EnumMap<>(Language.class);

  private MessageTemplates(Clock clock) {
    this.clock = Check.notNull("clock", clock);
    Mustache.Compiler compiler = Mustache.compiler().escapeHTML(false).strictSections(true);
    for (Language language : Language.values()) {
      String suffix = "." + language.name().toLowerCase(Locale.ROOT) + ".mustache";
      texts.put(
          language,
          new Texts(
              compiler.compile(HtmlBody.load("reminder-sms" + suffix)),
              compiler.compile(HtmlBody.load("reminder-sms-short" + suffix)),
              compiler.compile(HtmlBody.load("reminder-email-subject" + suffix)),
              compiler.compile(HtmlBody.load("reminder-email" + suffix))));
    }
  }

  /**
   * Creates the templates.
   *
   * @param clock the clock that tells today from tomorrow
   * @return the templates
   * @throws InvalidInputException if the clock is null
   */
  public static MessageTemplates create(Clock clock) {
    return new MessageTemplates(clock);
  }

  /**
   * Renders a reminder as one SMS.
   *
   * @param details when, where and the link
   * @param language the citizen's language
   * @return the text, in GSM-7 and at most {@value #SMS_MAX_SEPTETS} septets
   * @throws InvalidInputException if an argument is null
   */
  public String reminderSms(ReminderDetails details, Language language) {
    Check.notNull("details", details);
    Texts t = texts.get(Check.notNull("language", language));
    String when = when(details, language);
    String place = Gsm7.transliterate(details.placeName());
    String link = details.appLink().toASCIIString();
    for (Template template : new Template[] {t.sms(), t.smsShort()}) {
      String text = sms(template, when, place, link);
      if (Gsm7.septets(text) <= SMS_MAX_SEPTETS) {
        return text;
      }
    }
    int room = SMS_MAX_SEPTETS - Gsm7.septets(sms(t.smsShort(), when, "", link));
    return sms(t.smsShort(), when, shortened(place, room), link);
  }

  /**
   * Renders a reminder as an e-mail.
   *
   * @param details when, where and the link
   * @param language the citizen's language
   * @return the subject, the plain text and the HTML
   * @throws InvalidInputException if an argument is null
   */
  public EmailContent reminderEmail(ReminderDetails details, Language language) {
    Check.notNull("details", details);
    Texts t = texts.get(Check.notNull("language", language));
    Map<String, String> values =
        Map.of(
            "when", when(details, language),
            "place", details.placeName(),
            "link", details.appLink().toASCIIString());
    String subject = t.emailSubject().execute(values).strip();
    String text = t.email().execute(values).strip();
    return new EmailContent(subject, text, HtmlBody.render(subject, text, language));
  }

  /**
   * When the appointment is, as a reminder says it: today, tomorrow, or a weekday and date (with
   * the year when it is more than half a year away), and the local time.
   */
  String when(ReminderDetails details, Language language) {
    ZonedDateTime start = details.start().atZone(details.zone());
    LocalDate today = clock.instant().atZone(details.zone()).toLocalDate();
    long days = ChronoUnit.DAYS.between(today, start.toLocalDate());
    boolean danish = language == Language.DA;
    String pattern;
    if (days == 0) {
      pattern = danish ? "'i dag kl.' HH:mm" : "'today' HH:mm";
    } else if (days == 1) {
      pattern = danish ? "'i morgen kl.' HH:mm" : "'tomorrow' HH:mm";
    } else if (Math.abs(days) <= DAYS_WITHOUT_YEAR) {
      pattern = danish ? "EEEE 'd.' d. MMMM 'kl.' HH:mm" : "EEEE d MMMM HH:mm";
    } else {
      pattern = danish ? "EEEE 'd.' d. MMMM yyyy 'kl.' HH:mm" : "EEEE d MMMM yyyy HH:mm";
    }
    return Gsm7.transliterate(
        DateTimeFormatter.ofPattern(pattern, language.locale()).format(start));
  }

  private static String sms(Template template, String when, String place, String link) {
    String text = template.execute(Map.of("when", when, "place", place, "link", link)).strip();
    return Gsm7.transliterate(text);
  }

  /** The place name cut to fit {@code room} septets, ending in "..." when it was cut. */
  private static String shortened(String place, int room) {
    if (Gsm7.septets(place) <= room) {
      return place;
    }
    int budget = room - ELLIPSIS.length();
    StringBuilder cut = new StringBuilder();
    for (int i = 0; i < place.length(); i++) {
      String c = String.valueOf(place.charAt(i));
      if (Gsm7.septets(cut + c) > budget) {
        break;
      }
      cut.append(c);
    }
    return budget <= 0 ? "" : cut.toString().strip() + ELLIPSIS;
  }

  private record Texts(Template sms, Template smsShort, Template emailSubject, Template email) {}
}
