package dk.borgerdialog.network.model;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.internal.Check;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A citizen's signup for one occurrence of an activity, or for the whole series.
 *
 * @param id the id
 * @param activity the activity
 * @param citizen the citizen
 * @param occurrence the start of the occurrence, or null for every occurrence of the series
 * @param status seated, waitlisted or left
 * @param position the order of signup within the activity: the waiting list is served by it
 * @param signedUpAt when the citizen signed up
 * @param version the optimistic version
 */
public record Signup(
    SignupId id,
    ActivityId activity,
    CitizenId citizen,
    @Nullable Instant occurrence,
    SignupStatus status,
    long position,
    Instant signedUpAt,
    long version) {
  /** Validates the signup. */
  public Signup {
    Check.notNull("id", id);
    Check.notNull("activity", activity);
    Check.notNull("citizen", citizen);
    Check.notNull("status", status);
    Check.notNull("signedUpAt", signedUpAt);
  }

  /**
   * Whether it is for the whole series.
   *
   * @return true for a series signup
   */
  public boolean isSeries() {
    return occurrence == null;
  }

  /**
   * Whether it holds a seat at an occurrence: a seated signup for it or for the series.
   *
   * @param start the occurrence's start
   * @return true if seated there
   */
  public boolean seatedAt(Instant start) {
    return status == SignupStatus.SEATED && (occurrence == null || occurrence.equals(start));
  }

  /**
   * This signup in another status, with its version increased.
   *
   * @param next the status
   * @return the changed signup
   */
  public Signup withStatus(SignupStatus next) {
    return new Signup(id, activity, citizen, occurrence, next, position, signedUpAt, version + 1);
  }
}
