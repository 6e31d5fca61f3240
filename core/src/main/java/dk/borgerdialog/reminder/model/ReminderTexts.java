package dk.borgerdialog.reminder.model;

import dk.borgerdialog.common.Language;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Renders a reminder's neutral text (a secondary port): the time, a neutral place and a pointer to
 * the app, in the citizen's language. Never the service, a CPR number or a health detail.
 */
public interface ReminderTexts {

  /**
   * The subject and body of a reminder.
   *
   * @param start the appointment's start
   * @param zone the citizen's zone, to show the time in ("today" and "tomorrow" are read from the
   *     injected clock in that zone)
   * @param placeName the unit's neutral public name
   * @param language the citizen's language
   * @param forSms whether the text must fit one SMS
   * @return the text
   */
  Text reminder(Instant start, ZoneId zone, String placeName, Language language, boolean forSms);

  /**
   * A rendered text.
   *
   * @param subject the subject, for e-mail and in-app
   * @param body the body
   */
  record Text(String subject, String body) {}
}
