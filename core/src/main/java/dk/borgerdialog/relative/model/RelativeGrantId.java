package dk.borgerdialog.relative.model;

import dk.borgerdialog.common.internal.Check;
import java.util.UUID;

/**
 * The id of a grant of access to a relative.
 *
 * @param value the UUID
 */
public record RelativeGrantId(UUID value) {
  /** Validates the id. */
  public RelativeGrantId {
    Check.notNull("grantId", value);
  }

  /**
   * A new random id.
   *
   * @return the id
   */
  public static RelativeGrantId random() {
    return new RelativeGrantId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
