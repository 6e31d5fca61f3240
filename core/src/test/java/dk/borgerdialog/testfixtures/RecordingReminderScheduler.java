package dk.borgerdialog.testfixtures;

import dk.borgerdialog.reminder.model.ReminderId;
import dk.borgerdialog.reminder.model.ReminderScheduler;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A scheduler that only remembers what is scheduled, for tests to fire by hand. */
public final class RecordingReminderScheduler implements ReminderScheduler {
  private final Map<ReminderId, Instant> scheduled = new LinkedHashMap<>();

  @Override
  public synchronized void schedule(ReminderId reminder, Instant at) {
    scheduled.put(reminder, at);
  }

  @Override
  public synchronized void unschedule(ReminderId reminder) {
    scheduled.remove(reminder);
  }

  /**
   * What is scheduled, and when.
   *
   * @return a copy of the schedule
   */
  public synchronized Map<ReminderId, Instant> scheduled() {
    return Map.copyOf(scheduled);
  }
}
