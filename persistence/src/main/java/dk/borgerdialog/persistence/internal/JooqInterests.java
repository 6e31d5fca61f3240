package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.CITIZEN_INTEREST;
import static dk.borgerdialog.persistence.internal.jooq.Tables.INTEREST;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.network.model.Interest;
import dk.borgerdialog.network.model.Interests;
import dk.borgerdialog.organisation.model.MunicipalityId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** The managed list of interests and citizens' stated interests in jOOQ. */
public final class JooqInterests implements Interests {
  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqInterests(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void define(MunicipalityId municipality, Interest interest) {
    try {
      int renamed =
          dsl.update(INTEREST)
              .set(INTEREST.NAME_DA, interest.nameDa())
              .set(INTEREST.NAME_EN, interest.nameEn())
              .where(INTEREST.MUNICIPALITY_ID.eq(municipality.value()))
              .and(INTEREST.CODE.eq(interest.code()))
              .execute();
      if (renamed == 0) {
        dsl.insertInto(INTEREST)
            .set(INTEREST.MUNICIPALITY_ID, municipality.value())
            .set(INTEREST.CODE, interest.code())
            .set(INTEREST.NAME_DA, interest.nameDa())
            .set(INTEREST.NAME_EN, interest.nameEn())
            .execute();
      }
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "interest " + interest.code() + " was defined concurrently");
    }
  }

  @Override
  public List<Interest> of(MunicipalityId municipality) {
    return dsl.selectFrom(INTEREST)
        .where(INTEREST.MUNICIPALITY_ID.eq(municipality.value()))
        .orderBy(INTEREST.CODE)
        .fetch(r -> new Interest(r.getCode(), r.getNameDa(), r.getNameEn()));
  }

  @Override
  public void state(CitizenId citizen, Set<String> codes) {
    try {
      dsl.deleteFrom(CITIZEN_INTEREST)
          .where(CITIZEN_INTEREST.CITIZEN_ID.eq(citizen.value()))
          .execute();
      for (String code : new TreeSet<>(codes)) {
        dsl.insertInto(CITIZEN_INTEREST)
            .set(CITIZEN_INTEREST.CITIZEN_ID, citizen.value())
            .set(CITIZEN_INTEREST.CODE, code)
            .execute();
      }
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "the citizen's interests were changed concurrently");
    }
  }

  @Override
  public List<String> statedBy(CitizenId citizen) {
    return dsl.select(CITIZEN_INTEREST.CODE)
        .from(CITIZEN_INTEREST)
        .where(CITIZEN_INTEREST.CITIZEN_ID.eq(citizen.value()))
        .orderBy(CITIZEN_INTEREST.CODE)
        .fetch(CITIZEN_INTEREST.CODE);
  }
}
