package dk.borgerdialog.common;

/**
 * An id that names nothing: no such citizen, appointment, unit or slot. Nothing was changed.
 *
 * <p>For data the actor may not see, Borgerdialog throws {@link AccessDeniedException} instead,
 * checked before the lookup, so that this exception never confirms that someone else's data exists.
 */
public final class NoSuchEntityException extends BorgerdialogException {
  private static final long serialVersionUID = 1L;

  private final String entity;
  private final String id;

  /**
   * Creates the exception.
   *
   * @param entity the kind of entity, such as {@code "appointment"}
   * @param id the id that was not found
   */
  public NoSuchEntityException(String entity, Object id) {
    super("no such " + entity + ": " + id);
    this.entity = entity;
    this.id = String.valueOf(id);
  }

  /**
   * The kind of entity that was looked up.
   *
   * @return for example {@code "appointment"}
   */
  public String entity() {
    return entity;
  }

  /**
   * The id that was not found.
   *
   * @return the id as text
   */
  public String id() {
    return id;
  }
}
