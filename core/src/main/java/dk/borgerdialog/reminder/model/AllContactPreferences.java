package dk.borgerdialog.reminder.model;

import dk.borgerdialog.citizen.model.CitizenId;
import java.util.Optional;

/** The citizens' contact preferences (a secondary port). */
public interface AllContactPreferences {

  /**
   * A citizen's preferences.
   *
   * @param citizen the citizen
   * @return the preferences, or empty if the citizen has stated none
   */
  Optional<ContactPreferences> of(CitizenId citizen);

  /**
   * Stores a citizen's preferences: adds them at version 0, or updates them if the stored version
   * is {@code preferences.version()}.
   *
   * @param preferences the preferences
   * @return the preferences with their new version
   * @throws dk.borgerdialog.common.ConflictException if the stored version differs
   */
  ContactPreferences save(ContactPreferences preferences);

  /**
   * Several citizens' preferences, in one read where the store allows.
   *
   * @param citizens the citizens
   * @return the preferences of those who have stated any, by citizen
   */
  default java.util.Map<CitizenId, ContactPreferences> ofAll(
      java.util.Collection<CitizenId> citizens) {
    java.util.Map<CitizenId, ContactPreferences> found = new java.util.LinkedHashMap<>();
    for (CitizenId citizen : citizens) {
      of(citizen).ifPresent(p -> found.put(citizen, p));
    }
    return found;
  }
}
