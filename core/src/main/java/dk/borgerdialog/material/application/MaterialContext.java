package dk.borgerdialog.material.application;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.citizen.model.Citizens;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.material.model.MaterialItem;
import dk.borgerdialog.material.model.MaterialItemId;
import dk.borgerdialog.material.model.MaterialItems;
import dk.borgerdialog.material.model.MaterialProgress;
import dk.borgerdialog.material.model.Milestone;
import dk.borgerdialog.material.model.Milestones;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.plan.model.Courses;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Loads a course's material and decides, against a given instant, what is released. */
final class MaterialContext {
  private final Courses courses;
  private final Citizens citizens;
  private final MaterialItems items;
  private final MaterialProgress progress;
  private final Milestones milestones;

  @Inject
  MaterialContext(
      Courses courses,
      Citizens citizens,
      MaterialItems items,
      MaterialProgress progress,
      Milestones milestones) {
    this.courses = courses;
    this.citizens = citizens;
    this.items = items;
    this.progress = progress;
    this.milestones = milestones;
  }

  Course course(CourseId id) {
    return courses.byId(id).orElseThrow(() -> new NoSuchEntityException("course", id));
  }

  List<Course> coursesOf(CitizenId citizen) {
    return courses.of(citizen);
  }

  Citizen citizen(CitizenId id) {
    return citizens.byId(id).orElseThrow(() -> new NoSuchEntityException("citizen", id));
  }

  Citizen citizenOf(Course course) {
    return citizens
        .byId(course.citizen())
        .orElseThrow(() -> new NoSuchEntityException("citizen", course.citizen()));
  }

  /**
   * Every item of the course with the instant it is (or will be) released, if decided yet, in the
   * order they were attached.
   */
  Map<MaterialItem, Optional<Instant>> releases(Course course, Citizen citizen) {
    List<MaterialItem> all = items.ofCourse(course.id(), course.template());
    List<Milestone> timeline = milestones.of(course.id());
    Map<MaterialItemId, Instant> byHand = progress.releasedByHand(course.id());
    Map<MaterialItem, Optional<Instant>> result = new LinkedHashMap<>();
    for (MaterialItem item : all) {
      Optional<Instant> byRule = item.release().releasedAt(course, timeline, citizen.zone());
      Optional<Instant> hand = Optional.ofNullable(byHand.get(item.id()));
      result.put(item, Stream.concat(byRule.stream(), hand.stream()).min(Instant::compareTo));
    }
    return result;
  }

  Map<MaterialItemId, Instant> releasedByHand(CourseId course) {
    return progress.releasedByHand(course);
  }

  static boolean releasedBy(Optional<Instant> releasedAt, Instant now) {
    return releasedAt.isPresent() && !releasedAt.get().isAfter(now);
  }
}
