package dk.borgerdialog.testfixtures;

import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.reminder.model.DeliveryAttempt;
import dk.borgerdialog.reminder.model.RelativeReminder;
import dk.borgerdialog.reminder.model.RelativeReminderLog;
import dk.borgerdialog.reminder.model.RelativeReminderScheduler;
import dk.borgerdialog.reminder.model.RelativeReminders;
import dk.borgerdialog.reminder.model.ReminderId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Relatives' copies of reminders in memory, with a scheduler that records what it was asked. */
public final class InMemoryRelativeReminders
    implements RelativeReminders, RelativeReminderScheduler {
  private final Map<UUID, RelativeReminder> byId = new LinkedHashMap<>();
  private final Map<UUID, List<DeliveryAttempt>> attempts = new LinkedHashMap<>();
  private final Map<UUID, Instant> scheduled = new LinkedHashMap<>();

  @Override
  public synchronized boolean addOnce(RelativeReminder copy) {
    boolean seen =
        byId.values().stream()
            .anyMatch(
                c -> c.reminder().equals(copy.reminder()) && c.relative().equals(copy.relative()));
    if (seen) {
      return false;
    }
    byId.put(copy.id(), copy);
    return true;
  }

  @Override
  public synchronized Optional<RelativeReminder> byId(UUID id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized Optional<RelativeReminder> lockById(UUID id) {
    return byId(id);
  }

  @Override
  public synchronized List<RelativeReminder> ofReminder(ReminderId reminder) {
    return byId.values().stream().filter(c -> c.reminder().equals(reminder)).toList();
  }

  @Override
  public synchronized List<RelativeReminderLog> logOf(ReminderId reminder) {
    return ofReminder(reminder).stream()
        .map(copy -> new RelativeReminderLog(copy, attempts(copy.id())))
        .toList();
  }

  @Override
  public synchronized RelativeReminder update(RelativeReminder copy) {
    RelativeReminder current = byId.get(copy.id());
    if (current == null || current.version() != copy.version()) {
      throw new ConflictException("relative reminder " + copy.id() + " changed");
    }
    RelativeReminder saved =
        new RelativeReminder(
            copy.id(),
            copy.reminder(),
            copy.relative(),
            copy.citizen(),
            copy.createdAt(),
            copy.status(),
            copy.sentVia(),
            copy.finishedAt(),
            copy.version() + 1);
    byId.put(saved.id(), saved);
    return saved;
  }

  @Override
  public synchronized int withdrawPending(List<ReminderId> reminders, Instant at) {
    int withdrawn = 0;
    for (RelativeReminder copy : List.copyOf(byId.values())) {
      if (reminders.contains(copy.reminder()) && copy.status() == RelativeReminder.Status.PENDING) {
        update(copy.finished(RelativeReminder.Status.WITHDRAWN, at));
        withdrawn++;
      }
    }
    return withdrawn;
  }

  @Override
  public synchronized void addAttempt(UUID copy, DeliveryAttempt attempt) {
    attempts.computeIfAbsent(copy, c -> new ArrayList<>()).add(attempt);
  }

  @Override
  public synchronized List<DeliveryAttempt> attempts(UUID copy) {
    return List.copyOf(attempts.getOrDefault(copy, List.of()));
  }

  @Override
  public synchronized void schedule(UUID copy, Instant at) {
    scheduled.putIfAbsent(copy, at);
  }

  /** What was scheduled, by copy. */
  public synchronized Map<UUID, Instant> scheduled() {
    return Map.copyOf(scheduled);
  }

  /** Every copy, oldest first. */
  public synchronized List<RelativeReminder> all() {
    return List.copyOf(byId.values());
  }
}
