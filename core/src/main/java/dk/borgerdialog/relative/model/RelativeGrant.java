package dk.borgerdialog.relative.model;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.internal.Check;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A grant: a relative may act for a citizen within scopes, on a legal basis, until it expires or is
 * revoked.
 *
 * <p>A grant is active from {@code grantedAt} until {@code expiresAt} (exclusive) or its
 * revocation, whichever comes first; both take effect at the instant itself, by the injected clock.
 *
 * @param id the id
 * @param citizen the citizen
 * @param relative the relative
 * @param relation how the relative is related, as the citizen or staff wrote it (such as "datter")
 * @param scopes what the relative may do; not empty
 * @param basis the legal basis
 * @param grantedAt when the grant was given or registered
 * @param grantedBy the audit id of who gave or registered it
 * @param expiresAt when it stops, or null for no expiry
 * @param revokedAt when it was revoked, or null
 * @param revokedBy the audit id of who revoked it, or null
 * @param revokeReason staff's reason for revoking, or null
 * @param version the optimistic version
 */
public record RelativeGrant(
    RelativeGrantId id,
    CitizenId citizen,
    RelativeId relative,
    String relation,
    Set<Scope> scopes,
    LegalBasis basis,
    Instant grantedAt,
    String grantedBy,
    @Nullable Instant expiresAt,
    @Nullable Instant revokedAt,
    @Nullable String revokedBy,
    @Nullable String revokeReason,
    long version) {
  /** The longest relation accepted. */
  public static final int MAX_RELATION_LENGTH = 60;

  /** The longest reason for a revocation accepted. */
  public static final int MAX_REASON_LENGTH = 500;

  /**
   * Validates the grant.
   *
   * @throws dk.borgerdialog.common.InvalidInputException naming the field that is wrong
   */
  public RelativeGrant {
    Check.notNull("id", id);
    Check.notNull("citizen", citizen);
    Check.notNull("relative", relative);
    relation = Check.text("relation", relation, MAX_RELATION_LENGTH);
    Check.notNull("scopes", scopes);
    Check.that(!scopes.isEmpty(), "scopes", "must name at least one scope");
    scopes = Set.copyOf(EnumSet.copyOf(scopes));
    Check.notNull("basis", basis);
    Check.notNull("grantedAt", grantedAt);
    grantedBy = Check.text("grantedBy", grantedBy, 128);
    Check.that(expiresAt == null || expiresAt.isAfter(grantedAt), "expiresAt", "must be later");
    Check.that((revokedAt == null) == (revokedBy == null), "revokedBy", "goes with revokedAt");
    revokeReason = Check.optionalText("reason", revokeReason, MAX_REASON_LENGTH);
  }

  /**
   * Whether the grant is in force at an instant: given, not expired, not revoked.
   *
   * @param now the instant
   * @return true if active
   */
  public boolean isActiveAt(Instant now) {
    return !now.isBefore(grantedAt)
        && (expiresAt == null || now.isBefore(expiresAt))
        && (revokedAt == null || now.isBefore(revokedAt));
  }

  /**
   * Whether the grant lets the relative act within a scope at an instant.
   *
   * @param scope the scope
   * @param now the instant
   * @return true if active and the scope is granted
   */
  public boolean allows(Scope scope, Instant now) {
    return isActiveAt(now) && scopes.contains(scope);
  }

  /**
   * This grant, revoked.
   *
   * @param by the audit id of who revokes
   * @param reason the reason, required from staff, or null
   * @param now the instant of revocation
   * @return the revoked grant
   */
  public RelativeGrant revoke(String by, @Nullable String reason, Instant now) {
    return new RelativeGrant(
        id, citizen, relative, relation, scopes, basis, grantedAt, grantedBy, expiresAt, now, by,
        reason, version);
  }
}
