package dk.borgerdialog.common;

/**
 * The base of every exception that Borgerdialog throws on purpose.
 *
 * <p>All are unchecked. A host catches this type to handle every expected failure in one place, or
 * one of its subclasses to handle a specific case: {@link InvalidInputException}, {@link
 * NoSuchEntityException}, {@link ConflictException}, {@link AccessDeniedException} and {@link
 * UnableToChangeException}.
 */
public abstract class BorgerdialogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected BorgerdialogException(String message) {
    super(message);
  }

  protected BorgerdialogException(String message, Throwable cause) {
    super(message, cause);
  }
}
