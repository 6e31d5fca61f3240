package dk.borgerdialog.material.model;

import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.plan.model.CourseTemplateId;
import java.util.List;
import java.util.Optional;

/** Items of information material (a secondary port). */
public interface MaterialItems {

  /**
   * Adds an item with its variants.
   *
   * @param item the item, with version 0
   * @throws dk.borgerdialog.common.ConflictException if the id is taken
   */
  void add(MaterialItem item);

  /**
   * Looks up an item.
   *
   * @param id the id
   * @return the item, if any
   */
  Optional<MaterialItem> byId(MaterialItemId id);

  /**
   * The items of a course: those attached to its template and those attached to the course itself,
   * in the order they were attached.
   *
   * @param course the course
   * @param template the course's template
   * @return the items
   */
  List<MaterialItem> ofCourse(CourseId course, CourseTemplateId template);
}
