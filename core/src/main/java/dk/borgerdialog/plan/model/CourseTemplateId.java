package dk.borgerdialog.plan.model;

import dk.borgerdialog.common.internal.Check;
import java.util.UUID;

/**
 * The id of a course template (forløbstype).
 *
 * @param value the UUID
 */
public record CourseTemplateId(UUID value) {
  /** Validates the id. */
  public CourseTemplateId {
    Check.notNull("courseTemplateId", value);
  }

  /**
   * A new random id.
   *
   * @return the id
   */
  public static CourseTemplateId random() {
    return new CourseTemplateId(UUID.randomUUID());
  }

  /**
   * Parses an id.
   *
   * @param text a UUID in its usual text form
   * @return the id
   * @throws dk.borgerdialog.common.InvalidInputException if the text is not a UUID
   */
  public static CourseTemplateId parse(String text) {
    return new CourseTemplateId(Check.uuid("courseTemplateId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
