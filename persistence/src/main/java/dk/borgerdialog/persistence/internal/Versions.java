package dk.borgerdialog.persistence.internal;

import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.NoSuchEntityException;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/** The outcome of an optimistic {@code UPDATE ... WHERE id = ? AND version = ?}. */
final class Versions {
  private Versions() {}

  /**
   * Requires the update to have changed its row.
   *
   * @throws NoSuchEntityException if there is no row with the id
   * @throws ConflictException if the row has another version
   */
  static void requireUpdated(
      DSLContext dsl, int rows, Table<?> table, Field<UUID> id, UUID value, String entity) {
    if (rows == 1) {
      return;
    }
    if (!dsl.fetchExists(table, id.eq(value))) {
      throw new NoSuchEntityException(entity, value);
    }
    throw stale(entity, value);
  }

  static ConflictException stale(String entity, UUID id) {
    return new ConflictException(
        entity + " " + id + " has changed since it was read; read it again");
  }

  static void requireLimit(int limit) {
    if (limit < 0) {
      throw new dk.borgerdialog.common.InvalidInputException("limit", "must not be negative");
    }
  }
}
