package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.CITIZEN;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.citizen.model.Citizens;
import dk.borgerdialog.citizen.model.CprNumber;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.organisation.model.MunicipalityId;
import dk.borgerdialog.persistence.internal.jooq.tables.records.CitizenRecord;
import java.time.ZoneId;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** Citizens in jOOQ. Not cached: they are personal data and change with the host's registers. */
public final class JooqCitizens implements Citizens {
  private static final String TAKEN =
      " conflicts with a citizen of the municipality with the same reference or CPR number";

  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqCitizens(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void add(Citizen citizen) {
    CitizenRecord row = dsl.newRecord(CITIZEN);
    row.setId(citizen.id().value());
    row.setVersion(citizen.version());
    write(row, citizen);
    try {
      dsl.insertInto(CITIZEN).set(row).execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "citizen " + citizen.id() + TAKEN + ", or the id is taken");
    }
  }

  @Override
  public Citizen update(Citizen citizen) {
    CitizenRecord row = dsl.newRecord(CITIZEN);
    write(row, citizen);
    row.setVersion(citizen.version() + 1);
    int rows;
    try {
      rows =
          dsl.update(CITIZEN)
              .set(row)
              .where(CITIZEN.ID.eq(citizen.id().value()))
              .and(CITIZEN.VERSION.eq(citizen.version()))
              .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "citizen " + citizen.id() + TAKEN);
    }
    Versions.requireUpdated(dsl, rows, CITIZEN, CITIZEN.ID, citizen.id().value(), "citizen");
    return new Citizen(
        citizen.id(),
        citizen.municipality(),
        citizen.ref(),
        citizen.cpr(),
        citizen.name(),
        citizen.language(),
        citizen.zone(),
        citizen.version() + 1);
  }

  @Override
  public Optional<Citizen> byId(CitizenId id) {
    return dsl.selectFrom(CITIZEN)
        .where(CITIZEN.ID.eq(id.value()))
        .fetchOptional(JooqCitizens::toCitizen);
  }

  @Override
  public java.util.Map<CitizenId, Citizen> byIds(java.util.Collection<CitizenId> ids) {
    if (ids.isEmpty()) {
      return java.util.Map.of();
    }
    return dsl
        .selectFrom(CITIZEN)
        .where(CITIZEN.ID.in(ids.stream().map(CitizenId::value).toList()))
        .fetch(JooqCitizens::toCitizen)
        .stream()
        .collect(java.util.stream.Collectors.toMap(Citizen::id, c -> c));
  }

  @Override
  public Optional<Citizen> byRef(MunicipalityId municipality, ExternalRef ref) {
    return dsl.selectFrom(CITIZEN)
        .where(CITIZEN.MUNICIPALITY_ID.eq(municipality.value()))
        .and(CITIZEN.REF_SYSTEM.eq(ref.system()))
        .and(CITIZEN.REF_VALUE.eq(ref.value()))
        .fetchOptional(JooqCitizens::toCitizen);
  }

  private static void write(CitizenRecord row, Citizen citizen) {
    CprNumber cpr = citizen.cpr();
    row.setMunicipalityId(citizen.municipality().value());
    row.setRefSystem(citizen.ref().system());
    row.setRefValue(citizen.ref().value());
    row.setCpr(cpr == null ? null : cpr.value());
    row.setName(citizen.name());
    row.setLanguageCode(citizen.language().name());
    row.setZoneId(citizen.zone().getId());
  }

  static Citizen toCitizen(CitizenRecord r) {
    String cpr = r.getCpr();
    return new Citizen(
        new CitizenId(r.getId()),
        new MunicipalityId(r.getMunicipalityId()),
        new ExternalRef(r.getRefSystem(), r.getRefValue()),
        cpr == null ? null : new CprNumber(cpr),
        r.getName(),
        Language.valueOf(r.getLanguageCode()),
        ZoneId.of(r.getZoneId()),
        r.getVersion());
  }
}
