package dk.borgerdialog.plan.model;

import dk.borgerdialog.common.internal.Check;
import java.util.UUID;

/**
 * The id of a citizen's preference.
 *
 * @param value the UUID
 */
public record PreferenceId(UUID value) {
  /** Validates the id. */
  public PreferenceId {
    Check.notNull("preferenceId", value);
  }

  /**
   * A new random id.
   *
   * @return the id
   */
  public static PreferenceId random() {
    return new PreferenceId(UUID.randomUUID());
  }

  /**
   * Parses an id.
   *
   * @param text a UUID in its usual text form
   * @return the id
   * @throws dk.borgerdialog.common.InvalidInputException if the text is not a UUID
   */
  public static PreferenceId parse(String text) {
    return new PreferenceId(Check.uuid("preferenceId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
