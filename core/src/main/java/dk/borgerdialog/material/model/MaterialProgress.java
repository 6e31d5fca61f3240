package dk.borgerdialog.material.model;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.plan.model.CourseId;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Views, "understood" marks and releases by hand (a secondary port).
 *
 * <p>Counting is atomic in the database: concurrent views of the same item all count.
 */
public interface MaterialProgress {

  /**
   * Counts one view of an item by a citizen.
   *
   * @param citizen the citizen
   * @param item the item
   * @param at when it was opened
   * @return the progress after the view
   */
  ItemProgress recordView(CitizenId citizen, MaterialItemId item, Instant at);

  /**
   * Marks an item understood by a citizen; a second mark keeps the first time.
   *
   * @param citizen the citizen
   * @param item the item
   * @param at when it was marked
   * @return the progress after the mark
   */
  ItemProgress markUnderstood(CitizenId citizen, MaterialItemId item, Instant at);

  /**
   * A citizen's progress on some items; items the citizen has not touched are left out.
   *
   * @param citizen the citizen
   * @param items the items
   * @return the progress by item
   */
  Map<MaterialItemId, ItemProgress> of(CitizenId citizen, Collection<MaterialItemId> items);

  /**
   * Releases an item in a course by hand; releasing it again keeps the first time.
   *
   * @param course the course
   * @param item the item
   * @param by the staff member releasing it, or null for the system
   * @param at when
   * @return the instant it was released by hand
   */
  Instant releaseByHand(
      CourseId course, MaterialItemId item, @Nullable StaffMemberId by, Instant at);

  /**
   * The items released by hand in a course.
   *
   * @param course the course
   * @return when each was released by hand
   */
  Map<MaterialItemId, Instant> releasedByHand(CourseId course);
}
