package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.SIGNUP;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.network.model.ActivityId;
import dk.borgerdialog.network.model.Signup;
import dk.borgerdialog.network.model.SignupId;
import dk.borgerdialog.network.model.SignupStatus;
import dk.borgerdialog.network.model.Signups;
import dk.borgerdialog.persistence.internal.jooq.tables.records.SignupRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Signups in jOOQ. Positions are unique per activity, so two signups that were not serialised by
 * the activity's lock cannot both take the same place in the order.
 */
public final class JooqSignups implements Signups {
  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqSignups(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void add(Signup signup) {
    try {
      dsl.insertInto(SIGNUP)
          .set(SIGNUP.ID, signup.id().value())
          .set(SIGNUP.ACTIVITY_ID, signup.activity().value())
          .set(SIGNUP.CITIZEN_ID, signup.citizen().value())
          .set(SIGNUP.OCCURRENCE_AT, signup.occurrence())
          .set(SIGNUP.STATUS, signup.status().name())
          .set(SIGNUP.POSITION_NO, signup.position())
          .set(SIGNUP.SIGNED_UP_AT, signup.signedUpAt())
          .set(SIGNUP.VERSION, signup.version())
          .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "signup for activity " + signup.activity() + " lost a race");
    }
  }

  @Override
  public void update(Signup signup) {
    int rows;
    try {
      rows =
          dsl.update(SIGNUP)
              .set(SIGNUP.STATUS, signup.status().name())
              .set(SIGNUP.VERSION, signup.version())
              .where(SIGNUP.ID.eq(signup.id().value()))
              .and(SIGNUP.VERSION.eq(signup.version() - 1))
              .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "signup " + signup.id() + " was changed concurrently");
    }
    if (rows != 1) {
      throw Versions.stale("signup", signup.id().value());
    }
  }

  @Override
  public Optional<Signup> byId(SignupId id) {
    return dsl.selectFrom(SIGNUP)
        .where(SIGNUP.ID.eq(id.value()))
        .fetchOptional(JooqSignups::toSignup);
  }

  @Override
  public List<Signup> active(ActivityId activity) {
    return dsl.selectFrom(SIGNUP)
        .where(SIGNUP.ACTIVITY_ID.eq(activity.value()))
        .and(SIGNUP.STATUS.in(SignupStatus.SEATED.name(), SignupStatus.WAITLISTED.name()))
        .orderBy(SIGNUP.POSITION_NO)
        .fetch(JooqSignups::toSignup);
  }

  @Override
  public long nextPosition(ActivityId activity) {
    Long max =
        dsl.select(DSL.max(SIGNUP.POSITION_NO))
            .from(SIGNUP)
            .where(SIGNUP.ACTIVITY_ID.eq(activity.value()))
            .fetchOne(0, Long.class);
    return max == null ? 1 : max + 1;
  }

  @Override
  public List<Signup> ofCitizen(CitizenId citizen, int limit) {
    Versions.requireLimit(limit);
    return dsl.selectFrom(SIGNUP)
        .where(SIGNUP.CITIZEN_ID.eq(citizen.value()))
        .orderBy(SIGNUP.SIGNED_UP_AT.desc(), SIGNUP.ID)
        .limit(limit)
        .fetch(JooqSignups::toSignup);
  }

  private static Signup toSignup(SignupRecord r) {
    return new Signup(
        new SignupId(r.getId()),
        new ActivityId(r.getActivityId()),
        new CitizenId(r.getCitizenId()),
        r.getOccurrenceAt(),
        SignupStatus.valueOf(r.getStatus()),
        r.getPositionNo(),
        r.getSignedUpAt(),
        r.getVersion());
  }
}
