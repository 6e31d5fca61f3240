package dk.borgerdialog.plan.model;

import dk.borgerdialog.common.internal.Check;
import java.util.UUID;

/**
 * The id of a course (forløb).
 *
 * @param value the UUID
 */
public record CourseId(UUID value) {
  /** Validates the id. */
  public CourseId {
    Check.notNull("courseId", value);
  }

  /**
   * A new random id.
   *
   * @return the id
   */
  public static CourseId random() {
    return new CourseId(UUID.randomUUID());
  }

  /**
   * Parses an id.
   *
   * @param text a UUID in its usual text form
   * @return the id
   * @throws dk.borgerdialog.common.InvalidInputException if the text is not a UUID
   */
  public static CourseId parse(String text) {
    return new CourseId(Check.uuid("courseId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
