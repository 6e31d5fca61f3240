package dk.borgerdialog.plan.model;

import dk.borgerdialog.common.internal.Check;
import java.util.UUID;

/**
 * The id of a free slot.
 *
 * @param value the UUID
 */
public record FreeSlotId(UUID value) {
  /** Validates the id. */
  public FreeSlotId {
    Check.notNull("freeSlotId", value);
  }

  /**
   * A new random id.
   *
   * @return the id
   */
  public static FreeSlotId random() {
    return new FreeSlotId(UUID.randomUUID());
  }

  /**
   * Parses an id.
   *
   * @param text a UUID in its usual text form
   * @return the id
   * @throws dk.borgerdialog.common.InvalidInputException if the text is not a UUID
   */
  public static FreeSlotId parse(String text) {
    return new FreeSlotId(Check.uuid("freeSlotId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
