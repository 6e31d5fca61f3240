package dk.borgerdialog;

import dk.borgerdialog.material.application.AttachMaterialCommand;
import dk.borgerdialog.material.model.ItemStatus;
import dk.borgerdialog.material.model.MaterialItem;
import dk.borgerdialog.material.model.MaterialItemId;
import dk.borgerdialog.material.model.ReleasedItem;
import dk.borgerdialog.plan.model.CourseId;
import java.time.Instant;
import java.util.List;

/**
 * Information material as one actor: texts, links and videos ("Vis Vej") attached to course
 * templates or courses and released along the course.
 *
 * <p>Release is evaluated whenever material is read, against the clock Borgerdialog was built with:
 * an item appears once its rule's moment has passed (course start, a number of calendar days before
 * an appointment of a type in the citizen's zone, an attended appointment of a type) or once staff
 * released it by hand. The citizen sees only what was released to them, in their language (Danish
 * where an item has no variant in it).
 */
public interface MaterialOperations {

  /**
   * Attaches an item to a course template (the system actor, by the standard policy) or to one
   * course (staff of the course's unit).
   *
   * @param command what to attach
   * @return the item
   * @throws dk.borgerdialog.common.InvalidInputException if a field is wrong, such as a video
   *     without captions or a transcript, or an address that is not http or https
   * @throws dk.borgerdialog.common.NoSuchEntityException if the template or course does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the policy allows it
   */
  MaterialItem attach(AttachMaterialCommand command);

  /**
   * Releases an item of a course now, whatever its rule says.
   *
   * @param course the course
   * @param item an item of the course
   * @return when it was released by hand (the first time, if released by hand before)
   * @throws dk.borgerdialog.common.InvalidInputException naming {@code item} if it is not material
   *     of the course
   * @throws dk.borgerdialog.common.NoSuchEntityException if the course does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the course's unit or the
   *     system
   */
  Instant release(CourseId course, MaterialItemId item);

  /**
   * The material released in a course, in the order it was attached. Counts no view.
   *
   * @param course the course
   * @return the released items with the citizen's progress
   * @throws dk.borgerdialog.common.NoSuchEntityException if the course does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException if the course is another citizen's; the
   *     refusal is audited
   */
  List<ReleasedItem> released(CourseId course);

  /**
   * The material released to a citizen in all their courses, course by course, each in the order it
   * was attached; every item names its course. For a reader who may see the citizen's material but
   * not their plan, such as a relative with the scope {@code READ_MATERIAL}. Counts no view.
   *
   * @param citizen the citizen
   * @return the released items with the citizen's progress
   * @throws dk.borgerdialog.common.NoSuchEntityException if the citizen does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen, their relative with
   *     {@code READ_MATERIAL}, staff of one of their units (who see the courses of their own units
   *     only) or the system; the refusal is audited
   */
  List<ReleasedItem> releasedTo(dk.borgerdialog.citizen.model.CitizenId citizen);

  /**
   * Opens a released item; when the citizen opens it, the view is counted (re-watching counts).
   *
   * @param course the course
   * @param item the item
   * @return the item with the progress after this view
   * @throws dk.borgerdialog.common.NoSuchEntityException if the course does not exist or the item
   *     is not released in it
   * @throws dk.borgerdialog.common.AccessDeniedException if the course is another citizen's; the
   *     refusal is audited
   */
  ReleasedItem open(CourseId course, MaterialItemId item);

  /**
   * Marks a released item understood (the citizen only).
   *
   * @param course the course
   * @param item the item
   * @return the item with the progress after the mark
   * @throws dk.borgerdialog.common.NoSuchEntityException if the course does not exist or the item
   *     is not released in it
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen of the course; the
   *     refusal is audited
   */
  ReleasedItem markUnderstood(CourseId course, MaterialItemId item);

  /**
   * For staff: every item of a course, whether it was released, seen and understood.
   *
   * @param course the course
   * @return one status per item
   * @throws dk.borgerdialog.common.NoSuchEntityException if the course does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the course's unit or the
   *     system
   */
  List<ItemStatus> progress(CourseId course);

  /**
   * Asks a question about a released item: opens a message thread with the inbox of the unit that
   * runs the course, tied to the course, with the item's title as its subject (Mine kontakter).
   *
   * @param course the course the item was released in
   * @param item the item
   * @param question the question
   * @return the question, the first message of the new thread
   * @throws dk.borgerdialog.common.InvalidInputException if the question breaks a message rule
   * @throws dk.borgerdialog.common.NoSuchEntityException if the item is not released in the course
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen of the course; audited
   */
  dk.borgerdialog.contact.model.Message ask(CourseId course, MaterialItemId item, String question);
}
