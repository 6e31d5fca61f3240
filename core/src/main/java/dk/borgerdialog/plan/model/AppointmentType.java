package dk.borgerdialog.plan.model;

import dk.borgerdialog.common.internal.Check;
import java.util.regex.Pattern;

/**
 * The type of an appointment, as a code the unit chooses, such as {@code "conversation"} or {@code
 * "home_visit"}. Free slots are offered per type: an appointment moves only into a slot of its own
 * type.
 *
 * @param code lower-case letters, digits and underscores
 */
public record AppointmentType(String code) {
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");

  /** Validates the code. */
  public AppointmentType {
    Check.notNull("type", code);
    Check.that(CODE.matcher(code).matches(), "type", "must match [a-z][a-z0-9_]{0,39}");
  }

  /**
   * A type.
   *
   * @param code the code
   * @return the type
   */
  public static AppointmentType of(String code) {
    return new AppointmentType(code);
  }
}
