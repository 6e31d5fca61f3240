package dk.borgerdialog.relative.model;

import dk.borgerdialog.common.internal.Check;
import java.util.UUID;

/**
 * The id of a relative.
 *
 * @param value the UUID
 */
public record RelativeId(UUID value) {
  /** Validates the id. */
  public RelativeId {
    Check.notNull("relativeId", value);
  }

  /**
   * A new random id.
   *
   * @return the id
   */
  public static RelativeId random() {
    return new RelativeId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
