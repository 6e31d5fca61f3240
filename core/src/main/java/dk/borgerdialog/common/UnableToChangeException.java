package dk.borgerdialog.common;

/**
 * A well-formed request that a domain rule refuses: the cancellation deadline has passed, the unit
 * does not let citizens move appointments, the appointment is already cancelled. Nothing was
 * changed.
 *
 * <p>{@link #rule()} is a stable code for the host to branch on; the message is a sentence for a
 * person.
 */
public final class UnableToChangeException extends BorgerdialogException {
  private static final long serialVersionUID = 1L;

  private final String rule;

  /**
   * Creates the exception.
   *
   * @param rule a stable code such as {@code "appointment.deadline-passed"}
   * @param message a sentence for a person
   */
  public UnableToChangeException(String rule, String message) {
    super(message);
    this.rule = rule;
  }

  /**
   * The stable code of the refusing rule.
   *
   * @return for example {@code "appointment.deadline-passed"}
   */
  public String rule() {
    return rule;
  }
}
