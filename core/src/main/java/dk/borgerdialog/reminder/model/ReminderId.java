package dk.borgerdialog.reminder.model;

import dk.borgerdialog.common.internal.Check;
import java.util.UUID;

/**
 * The id of a reminder.
 *
 * @param value the UUID
 */
public record ReminderId(UUID value) {
  /** Validates the id. */
  public ReminderId {
    Check.notNull("reminderId", value);
  }

  /**
   * A new random id.
   *
   * @return the id
   */
  public static ReminderId random() {
    return new ReminderId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
