package dk.borgerdialog.plan.model;

/** Citizens' preferences (a secondary port). They are read through {@link Overviews}. */
public interface Preferences {

  /**
   * Adds a preference.
   *
   * @param preference the preference
   */
  void add(Preference preference);
}
