package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.RELATIVE;

import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.persistence.internal.jooq.tables.records.RelativeRecord;
import dk.borgerdialog.relative.model.Relative;
import dk.borgerdialog.relative.model.RelativeId;
import dk.borgerdialog.relative.model.Relatives;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** Relatives in jOOQ, with optimistic versions; the host's reference is unique. */
public final class JooqRelatives implements Relatives {
  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqRelatives(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void add(Relative relative) {
    RelativeRecord row = dsl.newRecord(RELATIVE);
    row.setId(relative.id().value());
    row.setVersion(relative.version());
    write(row, relative);
    try {
      dsl.insertInto(RELATIVE).set(row).execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(
          e, "relative " + relative.id() + " or their reference is already known");
    }
  }

  @Override
  public Relative update(Relative relative) {
    RelativeRecord row = dsl.newRecord(RELATIVE);
    write(row, relative);
    row.setVersion(relative.version() + 1);
    int rows;
    try {
      rows =
          dsl.update(RELATIVE)
              .set(row)
              .where(RELATIVE.ID.eq(relative.id().value()))
              .and(RELATIVE.VERSION.eq(relative.version()))
              .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "relative " + relative.id() + " conflicts with another");
    }
    Versions.requireUpdated(dsl, rows, RELATIVE, RELATIVE.ID, relative.id().value(), "relative");
    return new Relative(
        relative.id(),
        relative.ref(),
        relative.name(),
        relative.language(),
        relative.channels(),
        relative.email(),
        relative.phone(),
        relative.version() + 1);
  }

  @Override
  public Optional<Relative> byId(RelativeId id) {
    return dsl.selectFrom(RELATIVE)
        .where(RELATIVE.ID.eq(id.value()))
        .fetchOptional(JooqRelatives::toRelative);
  }

  @Override
  public Optional<Relative> byRef(ExternalRef ref) {
    return dsl.selectFrom(RELATIVE)
        .where(RELATIVE.REF_SYSTEM.eq(ref.system()))
        .and(RELATIVE.REF_VALUE.eq(ref.value()))
        .fetchOptional(JooqRelatives::toRelative);
  }

  private static void write(RelativeRecord row, Relative relative) {
    row.setRefSystem(relative.ref().system());
    row.setRefValue(relative.ref().value());
    row.setName(relative.name());
    row.setLanguageCode(relative.language().name());
    row.setChannels(Channels.join(relative.channels()));
    row.setEmail(relative.email());
    row.setPhone(relative.phone());
  }

  static Relative toRelative(RelativeRecord r) {
    return new Relative(
        new RelativeId(r.getId()),
        new ExternalRef(r.getRefSystem(), r.getRefValue()),
        r.getName(),
        Language.valueOf(r.getLanguageCode()),
        Channels.split(r.getChannels()),
        r.getEmail(),
        r.getPhone(),
        r.getVersion());
  }
}
