package dk.borgerdialog.calendar.model;

import dk.borgerdialog.citizen.model.CitizenId;
import java.time.Instant;
import java.util.Optional;

/**
 * The citizens' calendar feeds, known by the SHA-256 hash of their token only (a secondary port).
 */
public interface CalendarFeeds {

  /**
   * Issues a feed token to a citizen, revoking the citizen's earlier ones.
   *
   * @param citizen the citizen
   * @param tokenHash the hash of the new token
   * @param at when
   */
  void issue(CitizenId citizen, String tokenHash, Instant at);

  /**
   * The citizen whose unrevoked token has the hash.
   *
   * @param tokenHash the hash
   * @return the citizen, or empty for an unknown or revoked token
   */
  Optional<CitizenId> citizenOf(String tokenHash);

  /**
   * Revokes all of a citizen's tokens.
   *
   * @param citizen the citizen
   * @param at when
   * @return how many were revoked
   */
  int revoke(CitizenId citizen, Instant at);
}
