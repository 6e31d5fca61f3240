package dk.borgerdialog.network.model;

import dk.borgerdialog.common.internal.Check;
import java.util.UUID;

/**
 * The id of an activity.
 *
 * @param value the UUID
 */
public record ActivityId(UUID value) {
  /** Validates the id. */
  public ActivityId {
    Check.notNull("activityId", value);
  }

  /**
   * A new random id.
   *
   * @return the id
   */
  public static ActivityId random() {
    return new ActivityId(UUID.randomUUID());
  }

  /**
   * Parses an id.
   *
   * @param text a UUID in its usual text form
   * @return the id
   * @throws dk.borgerdialog.common.InvalidInputException if the text is not a UUID
   */
  public static ActivityId parse(String text) {
    return new ActivityId(Check.uuid("activityId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
