package dk.borgerdialog.material.model;

import dk.borgerdialog.plan.model.CourseId;
import java.util.List;

/** The appointments of a course as the release rules see them (a secondary port). */
public interface Milestones {

  /**
   * The appointments of a course, in every status, by start.
   *
   * @param course the course
   * @return the milestones
   */
  List<Milestone> of(CourseId course);
}
