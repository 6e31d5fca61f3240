package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.CENTRE;
import static dk.borgerdialog.persistence.internal.jooq.Tables.MUNICIPALITY;
import static dk.borgerdialog.persistence.internal.jooq.Tables.UNIT;

import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.Centre;
import dk.borgerdialog.organisation.model.CentreId;
import dk.borgerdialog.organisation.model.ChangeDeadline;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.MunicipalityId;
import dk.borgerdialog.organisation.model.Organisations;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.persistence.internal.jooq.tables.records.UnitRecord;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jspecify.annotations.Nullable;

/** Municipalities, centres and units in jOOQ, read through reference caches. */
public final class JooqOrganisations implements Organisations {
  private final DSLContext dsl;
  private final ReferenceCache<MunicipalityId, Municipality> municipalities;
  private final ReferenceCache<CentreId, Centre> centres;
  private final ReferenceCache<UnitId, Unit> units;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   * @param scope the transaction scope the caches consult
   */
  public JooqOrganisations(DSLContext dsl, TransactionScope scope) {
    this.dsl = dsl;
    this.municipalities = new ReferenceCache<>(scope, this::loadMunicipality);
    this.centres = new ReferenceCache<>(scope, this::loadCentre);
    this.units = new ReferenceCache<>(scope, this::loadUnit);
  }

  @Override
  public void add(Municipality municipality) {
    try {
      dsl.insertInto(MUNICIPALITY)
          .set(MUNICIPALITY.ID, municipality.id().value())
          .set(MUNICIPALITY.NAME, municipality.name())
          .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "municipality " + municipality.id() + " already exists");
    }
    municipalities.written(municipality.id());
  }

  @Override
  public void add(Centre centre) {
    try {
      dsl.insertInto(CENTRE)
          .set(CENTRE.ID, centre.id().value())
          .set(CENTRE.MUNICIPALITY_ID, centre.municipality().value())
          .set(CENTRE.NAME, centre.name())
          .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "centre " + centre.id() + " already exists");
    }
    centres.written(centre.id());
  }

  @Override
  public void add(Unit unit) {
    UnitRecord row = dsl.newRecord(UNIT);
    row.setId(unit.id().value());
    row.setVersion(unit.version());
    write(row, unit);
    try {
      dsl.insertInto(UNIT).set(row).execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "unit " + unit.id() + " already exists");
    }
    units.written(unit.id());
  }

  @Override
  public Unit update(Unit unit) {
    int rows;
    try {
      rows =
          dsl.update(UNIT)
              .set(UNIT.CENTRE_ID, unit.centre().value())
              .set(UNIT.MUNICIPALITY_ID, unit.municipality().value())
              .set(UNIT.NAME, unit.name())
              .set(UNIT.PUBLIC_NAME, unit.publicName())
              .set(UNIT.DEADLINE_SECONDS, deadlineSeconds(unit.rules()))
              .set(UNIT.CITIZENS_MAY_CANCEL, unit.rules().citizensMayCancel())
              .set(UNIT.CITIZENS_MAY_MOVE, unit.rules().citizensMayMove())
              .set(UNIT.VERSION, UNIT.VERSION.plus(1))
              .where(UNIT.ID.eq(unit.id().value()))
              .and(UNIT.VERSION.eq(unit.version()))
              .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "unit " + unit.id() + " was changed concurrently");
    } finally {
      units.written(unit.id());
    }
    Versions.requireUpdated(dsl, rows, UNIT, UNIT.ID, unit.id().value(), "unit");
    return new Unit(
        unit.id(),
        unit.centre(),
        unit.municipality(),
        unit.name(),
        unit.publicName(),
        unit.rules(),
        unit.version() + 1);
  }

  @Override
  public Optional<Municipality> municipality(MunicipalityId id) {
    return municipalities.get(id);
  }

  @Override
  public Optional<Centre> centre(CentreId id) {
    return centres.get(id);
  }

  @Override
  public Optional<Unit> unit(UnitId id) {
    return units.get(id);
  }

  @Override
  public List<Unit> units(MunicipalityId municipality) {
    return dsl.selectFrom(UNIT)
        .where(UNIT.MUNICIPALITY_ID.eq(municipality.value()))
        .orderBy(UNIT.NAME, UNIT.ID)
        .fetch(JooqOrganisations::toUnit);
  }

  private @Nullable Municipality loadMunicipality(MunicipalityId id) {
    return dsl.selectFrom(MUNICIPALITY)
        .where(MUNICIPALITY.ID.eq(id.value()))
        .fetchOne(r -> new Municipality(new MunicipalityId(r.getId()), r.getName()));
  }

  private @Nullable Centre loadCentre(CentreId id) {
    return dsl.selectFrom(CENTRE)
        .where(CENTRE.ID.eq(id.value()))
        .fetchOne(
            r ->
                new Centre(
                    new CentreId(r.getId()),
                    new MunicipalityId(r.getMunicipalityId()),
                    r.getName()));
  }

  private @Nullable Unit loadUnit(UnitId id) {
    return dsl.selectFrom(UNIT).where(UNIT.ID.eq(id.value())).fetchOne(JooqOrganisations::toUnit);
  }

  private static void write(UnitRecord row, Unit unit) {
    row.setCentreId(unit.centre().value());
    row.setMunicipalityId(unit.municipality().value());
    row.setName(unit.name());
    row.setPublicName(unit.publicName());
    row.setDeadlineSeconds(deadlineSeconds(unit.rules()));
    row.setCitizensMayCancel(unit.rules().citizensMayCancel());
    row.setCitizensMayMove(unit.rules().citizensMayMove());
  }

  private static long deadlineSeconds(BookingRules rules) {
    Duration before = rules.deadline().before();
    if (before.getNano() != 0) {
      throw new InvalidInputException("deadline", "must be whole seconds");
    }
    return before.getSeconds();
  }

  static BookingRules toRules(UnitRecord r) {
    return new BookingRules(
        new ChangeDeadline(Duration.ofSeconds(r.getDeadlineSeconds())),
        r.getCitizensMayCancel(),
        r.getCitizensMayMove());
  }

  static Unit toUnit(UnitRecord r) {
    return new Unit(
        new UnitId(r.getId()),
        new CentreId(r.getCentreId()),
        new MunicipalityId(r.getMunicipalityId()),
        r.getName(),
        r.getPublicName(),
        toRules(r),
        r.getVersion());
  }
}
