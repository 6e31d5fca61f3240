package dk.borgerdialog.organisation.model;

import dk.borgerdialog.common.internal.Check;
import java.util.UUID;

/**
 * The id of a staff member.
 *
 * @param value the UUID
 */
public record StaffMemberId(UUID value) {
  /** Validates the id. */
  public StaffMemberId {
    Check.notNull("staffMemberId", value);
  }

  /**
   * A new random id.
   *
   * @return the id
   */
  public static StaffMemberId random() {
    return new StaffMemberId(UUID.randomUUID());
  }

  /**
   * Parses an id.
   *
   * @param text a UUID in its usual text form
   * @return the id
   * @throws dk.borgerdialog.common.InvalidInputException if the text is not a UUID
   */
  public static StaffMemberId parse(String text) {
    return new StaffMemberId(Check.uuid("staffMemberId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
