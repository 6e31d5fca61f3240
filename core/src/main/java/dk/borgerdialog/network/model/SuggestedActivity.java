package dk.borgerdialog.network.model;

import dk.borgerdialog.common.internal.Check;

/**
 * An activity suggested to the citizen, as shown apart from search results: "suggested by your
 * contact person".
 *
 * @param suggestion the suggestion
 * @param activity the activity
 * @param suggestedByName the name of the staff member who suggested it
 */
public record SuggestedActivity(Suggestion suggestion, Activity activity, String suggestedByName) {
  /** Validates the record. */
  public SuggestedActivity {
    Check.notNull("suggestion", suggestion);
    Check.notNull("activity", activity);
    Check.notNull("suggestedByName", suggestedByName);
  }
}
