package dk.borgerdialog.common;

/**
 * The actor may not perform the operation on this data. The refusal has been audited.
 *
 * <p>The message says which operation was refused and why (too low an assurance level, not the
 * actor's own data, not the actor's unit), but never what the data is.
 */
public final class AccessDeniedException extends BorgerdialogException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the operation and the reason for the refusal
   */
  public AccessDeniedException(String message) {
    super(message);
  }
}
