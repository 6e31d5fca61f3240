package dk.borgerdialog.plan.model;

import java.util.List;

/**
 * A course as the overview shows it: its template and unit by name, its plan and the citizen's
 * preferences.
 *
 * @param course the course
 * @param templateName the template's name
 * @param kind the template's kind
 * @param unitPublicName the unit's neutral public name
 * @param planItems the plan items, goals first, then tasks, then the way forward, oldest first
 * @param preferences the citizen's preferences, oldest first
 */
public record CourseSummary(
    Course course,
    String templateName,
    CourseKind kind,
    String unitPublicName,
    List<PlanItem> planItems,
    List<Preference> preferences) {

  /** Copies the lists. */
  public CourseSummary {
    planItems = List.copyOf(planItems);
    preferences = List.copyOf(preferences);
  }
}
