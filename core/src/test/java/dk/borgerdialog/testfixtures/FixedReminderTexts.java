package dk.borgerdialog.testfixtures;

import dk.borgerdialog.common.Language;
import dk.borgerdialog.reminder.model.ReminderTexts;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Neutral texts in a fixed form, and a record of what was asked for. */
public final class FixedReminderTexts implements ReminderTexts {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final List<Request> requests = new ArrayList<>();
  private @org.jspecify.annotations.Nullable RuntimeException failNext;

  /**
   * Makes the next call throw, as a broken template would.
   *
   * @param failure what to throw
   */
  public synchronized void failNext(RuntimeException failure) {
    this.failNext = failure;
  }

  /**
   * One call to {@link #reminder}.
   *
   * @param start the appointment's start
   * @param zone the zone
   * @param placeName the place
   * @param language the language
   * @param forSms whether for SMS
   */
  public record Request(
      Instant start, ZoneId zone, String placeName, Language language, boolean forSms) {}

  @Override
  public synchronized Text reminder(
      Instant start, ZoneId zone, String placeName, Language language, boolean forSms) {
    requests.add(new Request(start, zone, placeName, language, forSms));
    RuntimeException failure = failNext;
    if (failure != null) {
      failNext = null;
      throw failure;
    }
    String time = TIME.format(start.atZone(zone));
    return language == Language.EN
        ? new Text("Reminder", "Reminder: appointment " + time + " at " + placeName)
        : new Text("Påmindelse", "Påmindelse: aftale " + time + " hos " + placeName);
  }

  /**
   * Every text asked for, oldest first.
   *
   * @return a copy of the list
   */
  public synchronized List<Request> requests() {
    return List.copyOf(requests);
  }
}
