package dk.borgerdialog.scheduling;

import dk.borgerdialog.reminder.model.ReminderDispatcher;
import dk.borgerdialog.reminder.model.ReminderId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A dispatcher that records every call, with the clock's time, and answers as a test tells it:
 * {@link Outcome.Finished} unless a reaction was given for the reminder.
 */
final class RecordingDispatcher implements ReminderDispatcher {
  /** One call: which reminder, and the injected clock's time then. */
  record Call(ReminderId reminder, Instant at) {}

  private final Clock clock;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Map<ReminderId, Function<Integer, Outcome>> reactions = new ConcurrentHashMap<>();

  RecordingDispatcher(Clock clock) {
    this.clock = clock;
  }

  /**
   * Answers calls for a reminder with a reaction to the call's number (1 for the first); the
   * reaction may throw.
   */
  RecordingDispatcher on(ReminderId reminder, Function<Integer, Outcome> reaction) {
    reactions.put(reminder, reaction);
    return this;
  }

  @Override
  public Outcome dispatch(ReminderId reminder) {
    calls.add(new Call(reminder, clock.instant()));
    int number = callsFor(reminder);
    return reactions.getOrDefault(reminder, n -> new Outcome.Finished()).apply(number);
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  int callsFor(ReminderId reminder) {
    return (int) calls.stream().filter(c -> c.reminder().equals(reminder)).count();
  }
}
