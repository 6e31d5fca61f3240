package dk.borgerdialog.network.model;

import dk.borgerdialog.common.internal.Check;
import java.util.UUID;

/**
 * The id of a signup.
 *
 * @param value the UUID
 */
public record SignupId(UUID value) {
  /** Validates the id. */
  public SignupId {
    Check.notNull("signupId", value);
  }

  /**
   * A new random id.
   *
   * @return the id
   */
  public static SignupId random() {
    return new SignupId(UUID.randomUUID());
  }

  /**
   * Parses an id.
   *
   * @param text a UUID in its usual text form
   * @return the id
   * @throws dk.borgerdialog.common.InvalidInputException if the text is not a UUID
   */
  public static SignupId parse(String text) {
    return new SignupId(Check.uuid("signupId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
