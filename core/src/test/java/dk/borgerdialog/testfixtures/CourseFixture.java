package dk.borgerdialog.testfixtures;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.organisation.model.MunicipalityId;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.plan.model.CourseState;
import dk.borgerdialog.plan.model.CourseTemplate;
import dk.borgerdialog.plan.model.CourseTemplateId;
import java.time.Instant;

/** Courses and course templates for tests. */
public final class CourseFixture {
  private CourseFixture() {}

  /**
   * A new random id.
   *
   * @return the id
   */
  public static CourseId anyCourseId() {
    return CourseId.random();
  }

  /**
   * A new random id.
   *
   * @return the id
   */
  public static CourseTemplateId anyCourseTemplateId() {
    return CourseTemplateId.random();
  }

  /**
   * A course template.
   *
   * @param municipality the municipality
   * @param name the name
   * @param kind the kind
   * @return the template
   */
  public static CourseTemplate template(MunicipalityId municipality, String name, CourseKind kind) {
    return new CourseTemplate(anyCourseTemplateId(), municipality, name, kind, null);
  }

  /**
   * An active course.
   *
   * @param citizen the citizen
   * @param unit the unit
   * @param template the template
   * @param openedAt when it was opened
   * @return the course, version 0
   */
  public static Course activeCourse(
      CitizenId citizen, UnitId unit, CourseTemplateId template, Instant openedAt) {
    return Course.open(citizen, unit, template, openedAt);
  }

  /**
   * A paused course.
   *
   * @param citizen the citizen
   * @param unit the unit
   * @param template the template
   * @param openedAt when it was opened
   * @return the course, version 0
   */
  public static Course pausedCourse(
      CitizenId citizen, UnitId unit, CourseTemplateId template, Instant openedAt) {
    return new Course(
        anyCourseId(), citizen, unit, template, CourseState.PAUSED, openedAt, null, 0);
  }

  /**
   * A closed course.
   *
   * @param citizen the citizen
   * @param unit the unit
   * @param template the template
   * @param openedAt when it was opened
   * @param closedAt when it was closed
   * @return the course, version 0
   */
  public static Course closedCourse(
      CitizenId citizen,
      UnitId unit,
      CourseTemplateId template,
      Instant openedAt,
      Instant closedAt) {
    return new Course(
        anyCourseId(), citizen, unit, template, CourseState.CLOSED, openedAt, closedAt, 0);
  }
}
