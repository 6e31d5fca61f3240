package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.ORGANISER;

import dk.borgerdialog.network.model.Organiser;
import dk.borgerdialog.network.model.OrganiserId;
import dk.borgerdialog.network.model.OrganiserKind;
import dk.borgerdialog.network.model.Organisers;
import dk.borgerdialog.organisation.model.MunicipalityId;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.persistence.internal.jooq.tables.records.OrganiserRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** Organisers of activities in jOOQ. */
public final class JooqOrganisers implements Organisers {
  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqOrganisers(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void add(Organiser organiser) {
    try {
      dsl.insertInto(ORGANISER)
          .set(ORGANISER.ID, organiser.id().value())
          .set(ORGANISER.MUNICIPALITY_ID, organiser.municipality().value())
          .set(ORGANISER.UNIT_ID, organiser.unit().value())
          .set(ORGANISER.KIND, organiser.kind().name())
          .set(ORGANISER.NAME, organiser.name())
          .set(ORGANISER.EMAIL, organiser.email())
          .set(ORGANISER.PHONE, organiser.phone())
          .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "organiser " + organiser.id() + " already exists");
    }
  }

  @Override
  public Optional<Organiser> byId(OrganiserId id) {
    return dsl.selectFrom(ORGANISER)
        .where(ORGANISER.ID.eq(id.value()))
        .fetchOptional(JooqOrganisers::toOrganiser);
  }

  @Override
  public List<Organiser> ofUnit(UnitId unit) {
    return dsl.selectFrom(ORGANISER)
        .where(ORGANISER.UNIT_ID.eq(unit.value()))
        .orderBy(ORGANISER.NAME, ORGANISER.ID)
        .fetch(JooqOrganisers::toOrganiser);
  }

  private static Organiser toOrganiser(OrganiserRecord r) {
    return new Organiser(
        new OrganiserId(r.getId()),
        new MunicipalityId(r.getMunicipalityId()),
        new UnitId(r.getUnitId()),
        OrganiserKind.valueOf(r.getKind()),
        r.getName(),
        r.getEmail(),
        r.getPhone());
  }
}
