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
}
