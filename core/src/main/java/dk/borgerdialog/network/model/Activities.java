package dk.borgerdialog.network.model;

import dk.borgerdialog.organisation.model.UnitId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Activities (a secondary port). */
public interface Activities {

  /**
   * Adds an activity.
   *
   * @param activity the activity
   */
  void add(Activity activity);

  /**
   * Looks up an activity.
   *
   * @param id the id
   * @return the activity, if any
   */
  Optional<Activity> byId(ActivityId id);

  /**
   * Looks up activities.
   *
   * @param ids the ids
   * @return the activities found, in no particular order
   */
  List<Activity> byIds(Collection<ActivityId> ids);

  /**
   * Looks up an activity and locks it until the transaction ends, so that signups for it are
   * decided one at a time.
   *
   * @param id the id
   * @return the activity, if any
   */
  Optional<Activity> lockById(ActivityId id);

  /**
   * The activities a unit manages, by first start.
   *
   * @param unit the unit
   * @return the activities
   */
  List<Activity> ofUnit(UnitId unit);

  /**
   * The activities that match the criteria, by first start and id.
   *
   * @param criteria the criteria
   * @param limit the most activities to return
   * @return the activities
   */
  List<Activity> search(SearchCriteria criteria, int limit);
}
