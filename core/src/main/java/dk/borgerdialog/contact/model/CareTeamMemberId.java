package dk.borgerdialog.contact.model;

import dk.borgerdialog.common.internal.Check;
import java.util.UUID;

/**
 * The id of a member of a care team.
 *
 * @param value the UUID
 */
public record CareTeamMemberId(UUID value) {
  /** Validates the id. */
  public CareTeamMemberId {
    Check.notNull("careTeamMemberId", value);
  }

  /**
   * A new random id.
   *
   * @return the id
   */
  public static CareTeamMemberId random() {
    return new CareTeamMemberId(UUID.randomUUID());
  }

  /**
   * Parses an id.
   *
   * @param text the UUID as text
   * @return the id
   * @throws dk.borgerdialog.common.InvalidInputException naming the field if it is no UUID
   */
  public static CareTeamMemberId parse(String text) {
    return new CareTeamMemberId(Check.uuid("careTeamMemberId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
