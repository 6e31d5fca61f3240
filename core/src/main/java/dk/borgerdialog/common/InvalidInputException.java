package dk.borgerdialog.common;

/**
 * Input that breaks a rule of its field: a missing value, a text that is too long, an end before
 * its start. Nothing was changed.
 *
 * <p>The message names the field and the rule, and is safe to log: it never repeats the rejected
 * value, which may be personal data.
 */
public final class InvalidInputException extends BorgerdialogException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param field the name of the offending field, such as {@code "start"} or {@code "reason.text"}
   * @param rule what the field must be, such as {@code "must be before end"}
   */
  public InvalidInputException(String field, String rule) {
    super(field + ": " + rule);
    this.field = field;
    this.rule = rule;
  }

  /**
   * The offending field.
   *
   * @return the field's name, as in the command or value record
   */
  public String field() {
    return field;
  }

  /**
   * The rule the field broke.
   *
   * @return a short sentence such as {@code "must not be blank"}
   */
  public String rule() {
    return rule;
  }
}
