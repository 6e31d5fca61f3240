package dk.borgerdialog.testfixtures;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.plan.model.Courses;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Courses in a map, with optimistic versions. */
public final class InMemoryCourses implements Courses {
  private final Map<CourseId, Course> store = new LinkedHashMap<>();

  @Override
  public synchronized void add(Course course) {
    Versioned.add(store, course.id(), course, course.version(), "course");
  }

  @Override
  public synchronized Course update(Course course) {
    return Versioned.update(
        store,
        course.id(),
        course,
        Course::version,
        c ->
            new Course(
                c.id(),
                c.citizen(),
                c.unit(),
                c.template(),
                c.state(),
                c.openedAt(),
                c.closedAt(),
                c.version() + 1),
        "course");
  }

  @Override
  public synchronized Optional<Course> lockById(CourseId id) {
    return byId(id);
  }

  @Override
  public synchronized Optional<Course> byId(CourseId id) {
    return Optional.ofNullable(store.get(id));
  }

  @Override
  public synchronized List<Course> of(CitizenId citizen) {
    // stable sort: courses opened at the same instant keep the order they were added in
    List<Course> result = new ArrayList<>();
    for (Course course : store.values()) {
      if (course.citizen().equals(citizen)) {
        result.add(course);
      }
    }
    result.sort(Comparator.comparing(Course::openedAt));
    return List.copyOf(result);
  }

  /**
   * Every course, in the order they were added.
   *
   * @return the courses
   */
  public synchronized List<Course> all() {
    return List.copyOf(store.values());
  }
}
