package dk.borgerdialog.testfixtures;

import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.reminder.model.Reminder;
import dk.borgerdialog.reminder.model.ReminderId;
import dk.borgerdialog.reminder.model.Reminders;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reminders in a map, with optimistic versions. */
public final class InMemoryReminders implements Reminders {
  private final Map<ReminderId, Reminder> store = new LinkedHashMap<>();

  @Override
  public synchronized void addAll(List<Reminder> reminders) {
    for (Reminder reminder : reminders) {
      Versioned.add(store, reminder.id(), reminder, reminder.version(), "reminder");
    }
  }

  @Override
  public synchronized Reminder update(Reminder reminder) {
    return Versioned.update(
        store,
        reminder.id(),
        reminder,
        Reminder::version,
        r ->
            new Reminder(
                r.id(),
                r.appointment(),
                r.citizen(),
                r.unit(),
                r.offset(),
                r.dueAt(),
                r.appointmentStart(),
                r.status(),
                r.sentVia(),
                r.sentAt(),
                r.version() + 1),
        "reminder");
  }

  @Override
  public synchronized Optional<Reminder> byId(ReminderId id) {
    return Optional.ofNullable(store.get(id));
  }

  @Override
  public synchronized Optional<Reminder> lockById(ReminderId id) {
    return Optional.ofNullable(store.get(id));
  }

  @Override
  public synchronized List<Reminder> undelivered(
      dk.borgerdialog.organisation.model.UnitId unit, java.time.Instant since, int limit) {
    return store.values().stream()
        .filter(r -> r.unit().equals(unit))
        .filter(r -> r.status() == dk.borgerdialog.reminder.model.ReminderStatus.UNDELIVERED)
        .filter(r -> !r.appointmentStart().isBefore(since))
        .sorted(Comparator.comparing(Reminder::dueAt).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized List<Reminder> of(AppointmentId appointment) {
    return store.values().stream()
        .filter(r -> r.appointment().equals(appointment))
        .sorted(Comparator.comparing(Reminder::dueAt))
        .toList();
  }

  /**
   * Every reminder, in the order they were added.
   *
   * @return the reminders
   */
  public synchronized List<Reminder> all() {
    return List.copyOf(store.values());
  }
}
