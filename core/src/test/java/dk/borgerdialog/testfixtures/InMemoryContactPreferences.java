package dk.borgerdialog.testfixtures;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.reminder.model.AllContactPreferences;
import dk.borgerdialog.reminder.model.ContactPreferences;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Contact preferences in a map, with optimistic versions. */
public final class InMemoryContactPreferences implements AllContactPreferences {
  private final Map<CitizenId, ContactPreferences> store = new HashMap<>();

  @Override
  public synchronized Optional<ContactPreferences> of(CitizenId citizen) {
    return Optional.ofNullable(store.get(citizen));
  }

  @Override
  public synchronized ContactPreferences save(ContactPreferences preferences) {
    ContactPreferences stored = store.get(preferences.citizen());
    long expected = stored == null ? 0 : stored.version();
    if (preferences.version() != expected) {
      throw new ConflictException("contact preferences changed since they were read");
    }
    ContactPreferences saved =
        new ContactPreferences(
            preferences.citizen(),
            preferences.channels(),
            preferences.email(),
            preferences.phone(),
            preferences.quietHours(),
            preferences.optedOut(),
            stored == null ? 0 : expected + 1);
    store.put(preferences.citizen(), saved);
    return saved;
  }
}
