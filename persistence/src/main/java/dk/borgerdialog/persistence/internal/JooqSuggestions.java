package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.SUGGESTION;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.network.model.ActivityId;
import dk.borgerdialog.network.model.Suggestion;
import dk.borgerdialog.network.model.SuggestionId;
import dk.borgerdialog.network.model.Suggestions;
import dk.borgerdialog.organisation.model.StaffMemberId;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** Staff's suggestions in jOOQ; an activity is suggested to a citizen once. */
public final class JooqSuggestions implements Suggestions {
  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqSuggestions(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void add(Suggestion suggestion) {
    try {
      dsl.insertInto(SUGGESTION)
          .set(SUGGESTION.ID, suggestion.id().value())
          .set(SUGGESTION.ACTIVITY_ID, suggestion.activity().value())
          .set(SUGGESTION.CITIZEN_ID, suggestion.citizen().value())
          .set(SUGGESTION.STAFF_MEMBER_ID, suggestion.suggestedBy().value())
          .set(SUGGESTION.SUGGESTED_AT, suggestion.suggestedAt())
          .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(
          e, "activity " + suggestion.activity() + " was suggested to the citizen before");
    }
  }

  @Override
  public List<Suggestion> forCitizen(CitizenId citizen, int limit) {
    Versions.requireLimit(limit);
    return dsl.selectFrom(SUGGESTION)
        .where(SUGGESTION.CITIZEN_ID.eq(citizen.value()))
        .orderBy(SUGGESTION.SUGGESTED_AT.desc(), SUGGESTION.ID)
        .limit(limit)
        .fetch(
            r ->
                new Suggestion(
                    new SuggestionId(r.getId()),
                    new ActivityId(r.getActivityId()),
                    new CitizenId(r.getCitizenId()),
                    new StaffMemberId(r.getStaffMemberId()),
                    r.getSuggestedAt()));
  }
}
