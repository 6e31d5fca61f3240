package dk.borgerdialog.common;

/**
 * An id that names nothing: no such citizen, appointment, unit or slot. Nothing was changed.
 *
 * <p>An entity is looked up by its id before access is checked, because the entity says whose data
 * it is; ids are random UUIDs, so this reveals nothing a caller could guess. Where the id is the
 * citizen's own (the overview), access is checked first and a stranger gets {@link
 * AccessDeniedException} whether the citizen exists or not.
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
