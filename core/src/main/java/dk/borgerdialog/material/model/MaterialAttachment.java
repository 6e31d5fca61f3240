package dk.borgerdialog.material.model;

import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.plan.model.CourseTemplateId;

/**
 * Where an item of information material belongs: to a course template (every course created from it
 * gets the item) or to one course.
 */
public sealed interface MaterialAttachment {

  /**
   * Attached to a course template.
   *
   * @param template the template
   * @return the attachment
   */
  static MaterialAttachment template(CourseTemplateId template) {
    return new ToTemplate(template);
  }

  /**
   * Attached to one course.
   *
   * @param course the course
   * @return the attachment
   */
  static MaterialAttachment course(CourseId course) {
    return new ToCourse(course);
  }

  /**
   * Attached to every course created from a template.
   *
   * @param template the template
   */
  record ToTemplate(CourseTemplateId template) implements MaterialAttachment {
    /** Validates the attachment. */
    public ToTemplate {
      Check.notNull("template", template);
    }
  }

  /**
   * Attached to one course.
   *
   * @param course the course
   */
  record ToCourse(CourseId course) implements MaterialAttachment {
    /** Validates the attachment. */
    public ToCourse {
      Check.notNull("course", course);
    }
  }
}
