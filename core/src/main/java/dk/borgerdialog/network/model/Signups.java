package dk.borgerdialog.network.model;

import dk.borgerdialog.citizen.model.CitizenId;
import java.util.List;
import java.util.Optional;

/** Signups for activities (a secondary port). */
public interface Signups {

  /**
   * Adds a signup.
   *
   * @param signup the signup
   */
  void add(Signup signup);

  /**
   * Stores a signup's new status; its version must be one more than the stored one.
   *
   * @param signup the changed signup
   * @throws dk.borgerdialog.common.ConflictException if the stored version is not the one before
   */
  void update(Signup signup);

  /**
   * Looks up a signup.
   *
   * @param id the id
   * @return the signup, if any
   */
  Optional<Signup> byId(SignupId id);

  /**
   * The seated and waitlisted signups of an activity, in order of position.
   *
   * @param activity the activity
   * @return the signups
   */
  List<Signup> active(ActivityId activity);

  /**
   * The next position in the activity's order of signup: one more than any so far.
   *
   * @param activity the activity
   * @return the position
   */
  long nextPosition(ActivityId activity);

  /**
   * All of a citizen's signups, left ones too, newest first.
   *
   * @param citizen the citizen
   * @param limit the most signups to return
   * @return the signups
   */
  List<Signup> ofCitizen(CitizenId citizen, int limit);
}
