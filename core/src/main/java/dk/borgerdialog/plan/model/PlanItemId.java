package dk.borgerdialog.plan.model;

import dk.borgerdialog.common.internal.Check;
import java.util.UUID;

/**
 * The id of a plan item.
 *
 * @param value the UUID
 */
public record PlanItemId(UUID value) {
  /** Validates the id. */
  public PlanItemId {
    Check.notNull("planItemId", value);
  }

  /**
   * A new random id.
   *
   * @return the id
   */
  public static PlanItemId random() {
    return new PlanItemId(UUID.randomUUID());
  }

  /**
   * Parses an id.
   *
   * @param text a UUID in its usual text form
   * @return the id
   * @throws dk.borgerdialog.common.InvalidInputException if the text is not a UUID
   */
  public static PlanItemId parse(String text) {
    return new PlanItemId(Check.uuid("planItemId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
