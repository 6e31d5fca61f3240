package dk.borgerdialog.common;

import dk.borgerdialog.common.internal.Check;

/**
 * A reference to a person or thing in the host's own system, such as a case system's citizen id.
 *
 * @param system the host system's name, such as {@code "nexus"} or {@code "sensum"}
 * @param value the id in that system
 */
public record ExternalRef(String system, String value) {
  /** The longest system name accepted. */
  public static final int MAX_SYSTEM_LENGTH = 64;

  /** The longest value accepted. */
  public static final int MAX_VALUE_LENGTH = 200;

  /**
   * Validates the reference.
   *
   * @throws InvalidInputException if either part is blank, too long or holds control characters
   */
  public ExternalRef {
    system = Check.text("ref.system", system, MAX_SYSTEM_LENGTH);
    value = Check.text("ref.value", value, MAX_VALUE_LENGTH);
  }

  /**
   * Creates a reference.
   *
   * @param system the host system's name
   * @param value the id in that system
   * @return the reference
   * @throws InvalidInputException if either part is invalid
   */
  public static ExternalRef of(String system, String value) {
    return new ExternalRef(system, value);
  }
}
