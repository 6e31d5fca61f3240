package dk.borgerdialog.testfixtures;

import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.reminder.model.ReminderPolicies;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reminder policies in a map. */
public final class InMemoryReminderPolicies implements ReminderPolicies {
  private final Map<UnitId, ReminderPolicy> store = new HashMap<>();

  @Override
  public synchronized Optional<ReminderPolicy> of(UnitId unit) {
    return Optional.ofNullable(store.get(unit));
  }

  @Override
  public synchronized void set(UnitId unit, ReminderPolicy policy) {
    store.put(unit, policy);
  }
}
