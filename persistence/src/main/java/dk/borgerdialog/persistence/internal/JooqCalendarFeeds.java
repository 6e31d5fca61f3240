package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.CALENDAR_FEED;

import dk.borgerdialog.calendar.model.CalendarFeeds;
import dk.borgerdialog.citizen.model.CitizenId;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** Calendar feed tokens in jOOQ, by the hash of the token only. */
public final class JooqCalendarFeeds implements CalendarFeeds {
  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqCalendarFeeds(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void issue(CitizenId citizen, String tokenHash, Instant at) {
    try {
      revoke(citizen, at);
      dsl.insertInto(CALENDAR_FEED)
          .set(CALENDAR_FEED.TOKEN_HASH, tokenHash)
          .set(CALENDAR_FEED.CITIZEN_ID, citizen.value())
          .set(CALENDAR_FEED.ISSUED_AT, at)
          .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "a calendar feed token was issued twice");
    }
  }

  @Override
  public Optional<CitizenId> citizenOf(String tokenHash) {
    return dsl.select(CALENDAR_FEED.CITIZEN_ID)
        .from(CALENDAR_FEED)
        .where(CALENDAR_FEED.TOKEN_HASH.eq(tokenHash))
        .and(CALENDAR_FEED.REVOKED_AT.isNull())
        .fetchOptional(r -> new CitizenId(r.value1()));
  }

  @Override
  public int revoke(CitizenId citizen, Instant at) {
    try {
      return dsl.update(CALENDAR_FEED)
          .set(CALENDAR_FEED.REVOKED_AT, at)
          .where(CALENDAR_FEED.CITIZEN_ID.eq(citizen.value()))
          .and(CALENDAR_FEED.REVOKED_AT.isNull())
          .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "the citizen's calendar feeds were changed concurrently");
    }
  }
}
