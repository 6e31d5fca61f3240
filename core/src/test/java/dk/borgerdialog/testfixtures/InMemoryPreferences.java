package dk.borgerdialog.testfixtures;

import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.plan.model.Preference;
import dk.borgerdialog.plan.model.PreferenceId;
import dk.borgerdialog.plan.model.Preferences;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Citizens' preferences in a map, in the order they were stated. */
public final class InMemoryPreferences implements Preferences {
  private final Map<PreferenceId, Preference> store = new LinkedHashMap<>();

  @Override
  public synchronized void add(Preference preference) {
    Versioned.add(store, preference.id(), preference, 0, "preference");
  }

  /**
   * A course's preferences, oldest first.
   *
   * @param course the course
   * @return the preferences
   */
  public synchronized List<Preference> of(CourseId course) {
    return store.values().stream().filter(p -> p.course().equals(course)).toList();
  }

  /**
   * Every preference, oldest first.
   *
   * @return the preferences
   */
  public synchronized List<Preference> all() {
    return List.copyOf(store.values());
  }
}
