package dk.borgerdialog.network.model;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.organisation.model.StaffMemberId;
import java.time.Instant;

/**
 * An activity a staff member suggested to a citizen: shown to the citizen apart from search
 * results, as "suggested by your contact person".
 *
 * @param id the id
 * @param activity the activity
 * @param citizen the citizen
 * @param suggestedBy the staff member
 * @param suggestedAt when
 */
public record Suggestion(
    SuggestionId id,
    ActivityId activity,
    CitizenId citizen,
    StaffMemberId suggestedBy,
    Instant suggestedAt) {
  /** Validates the suggestion. */
  public Suggestion {
    Check.notNull("id", id);
    Check.notNull("activity", activity);
    Check.notNull("citizen", citizen);
    Check.notNull("suggestedBy", suggestedBy);
    Check.notNull("suggestedAt", suggestedAt);
  }
}
