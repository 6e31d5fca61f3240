package dk.borgerdialog.plan.model;

import dk.borgerdialog.citizen.model.CitizenId;
import java.util.List;
import java.util.Optional;

/** Courses (a secondary port). */
public interface Courses {

  /**
   * Adds a course.
   *
   * @param course the course, with version 0
   */
  void add(Course course);

  /**
   * Updates a course if the stored version is {@code course.version()}.
   *
   * @param course the changed course
   * @return the course with its new version
   * @throws dk.borgerdialog.common.ConflictException if the stored version differs
   */
  Course update(Course course);

  /**
   * Looks up a course.
   *
   * @param id the id
   * @return the course, if any
   */
  Optional<Course> byId(CourseId id);

  /**
   * Reads a course and locks it until the current transaction ends, so that its state cannot change
   * under a booking or a plan item being written (call inside a transaction).
   *
   * @param id the id
   * @return the course, if any
   */
  Optional<Course> lockById(CourseId id);

  /**
   * A citizen's courses, oldest first.
   *
   * @param citizen the citizen
   * @return the courses
   */
  List<Course> of(CitizenId citizen);

  /**
   * Looks up courses, in one read where the store allows.
   *
   * @param ids the ids
   * @return the courses found, by id; ids that name no course are missing
   */
  default java.util.Map<CourseId, Course> byIds(java.util.Collection<CourseId> ids) {
    java.util.Map<CourseId, Course> found = new java.util.LinkedHashMap<>();
    for (CourseId id : ids) {
      byId(id).ifPresent(c -> found.put(id, c));
    }
    return found;
  }

  /**
   * Reads courses and locks them until the current transaction ends (call inside a transaction),
   * each once and in the order of their ids, so that two transactions locking overlapping sets
   * cannot deadlock on them.
   *
   * @param ids the ids
   * @return the courses found, by id; ids that name no course are missing
   */
  default java.util.Map<CourseId, Course> lockAllById(java.util.Collection<CourseId> ids) {
    java.util.Map<CourseId, Course> found = new java.util.LinkedHashMap<>();
    for (CourseId id :
        ids.stream().distinct().sorted(java.util.Comparator.comparing(CourseId::value)).toList()) {
      lockById(id).ifPresent(c -> found.put(id, c));
    }
    return found;
  }
}
