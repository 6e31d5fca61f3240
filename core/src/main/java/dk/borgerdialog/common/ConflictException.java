package dk.borgerdialog.common;

/**
 * A write lost a race: the entity changed since it was read (a stale version), or the free slot was
 * taken by someone else first. Nothing was changed; read again and retry if it still makes sense.
 */
public final class ConflictException extends BorgerdialogException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was contended, without personal data
   */
  public ConflictException(String message) {
    super(message);
  }
}
