package dk.borgerdialog.relative.application;

import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.relative.model.RelativeGrantId;
import org.jspecify.annotations.Nullable;

/**
 * Revoke a grant.
 *
 * @param grant the grant
 * @param expectedVersion the version that was read
 * @param reason why; required from staff and the system, optional for the citizen
 */
public record RevokeGrantCommand(
    RelativeGrantId grant, long expectedVersion, @Nullable String reason) {
  /** Validates presence. */
  public RevokeGrantCommand {
    Check.notNull("grant", grant);
  }
}
