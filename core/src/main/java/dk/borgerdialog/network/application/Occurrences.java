package dk.borgerdialog.network.application;

import dk.borgerdialog.network.model.Activity;
import dk.borgerdialog.network.model.Recurrences;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The occurrences of an activity that matter to signups. */
final class Occurrences {
  /** How far ahead a series signup looks for occurrences it must fit in. */
  static final Duration SERIES_HORIZON = Duration.ofDays(366);

  /** The most occurrences a series signup must fit in. */
  static final int SERIES_LIMIT = 60;

  private Occurrences() {}

  /** The starts still open for signup, within the series horizon. */
  static List<Instant> openForSignup(Recurrences recurrences, Activity activity, Instant now) {
    return recurrences
        .starts(activity.schedule(), now, now.plus(SERIES_HORIZON), SERIES_LIMIT)
        .stream()
        .filter(start -> activity.signupOpen(start, now))
        .toList();
  }

  /** Whether an instant is the start of one of the activity's occurrences. */
  static boolean isOccurrence(Recurrences recurrences, Activity activity, Instant start) {
    return recurrences.starts(activity.schedule(), start, start.plusSeconds(1), 1).contains(start);
  }
}
