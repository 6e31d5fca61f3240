package dk.borgerdialog.network.model;

import dk.borgerdialog.citizen.model.CitizenId;
import java.util.List;

/** Staff's suggestions of activities to citizens (a secondary port). */
public interface Suggestions {

  /**
   * Adds a suggestion.
   *
   * @param suggestion the suggestion
   * @throws dk.borgerdialog.common.ConflictException if the activity was suggested to the citizen
   *     before
   */
  void add(Suggestion suggestion);

  /**
   * The suggestions to a citizen, newest first.
   *
   * @param citizen the citizen
   * @param limit the most suggestions to return
   * @return the suggestions
   */
  List<Suggestion> forCitizen(CitizenId citizen, int limit);
}
