package dk.borgerdialog.relative.application;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.relative.model.LegalBasis;
import dk.borgerdialog.relative.model.Scope;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Give a relative access to a citizen: by the citizen (consent), or registered by staff as a power
 * of attorney or guardianship.
 *
 * @param citizen the citizen
 * @param relativeRef the host's id of the relative; a relative not yet known is added
 * @param relativeName the relative's name, used when the relative is added
 * @param relation how the relative is related, such as "datter"
 * @param scopes what the relative may do
 * @param basis the legal basis: consent when the citizen grants, otherwise a power of attorney or
 *     guardianship with its reference
 * @param expiresAt when the grant stops, or null for no expiry
 */
public record GrantAccessCommand(
    CitizenId citizen,
    ExternalRef relativeRef,
    String relativeName,
    String relation,
    Set<Scope> scopes,
    LegalBasis basis,
    @Nullable Instant expiresAt) {
  /** Validates presence; the grant validates the rest. */
  public GrantAccessCommand {
    Check.notNull("citizen", citizen);
    Check.notNull("relativeRef", relativeRef);
    Check.notNull("scopes", scopes);
    Check.notNull("basis", basis);
    scopes = Set.copyOf(scopes);
  }

  /**
   * The citizen's own consent.
   *
   * @param citizen the citizen
   * @param relativeRef the relative's id in the host's system
   * @param relativeName the relative's name
   * @param relation the relation
   * @param scopes the scopes
   * @param expiresAt the expiry, or null
   * @return the command
   */
  public static GrantAccessCommand consent(
      CitizenId citizen,
      ExternalRef relativeRef,
      String relativeName,
      String relation,
      Set<Scope> scopes,
      @Nullable Instant expiresAt) {
    return new GrantAccessCommand(
        citizen, relativeRef, relativeName, relation, scopes, LegalBasis.consent(), expiresAt);
  }
}
