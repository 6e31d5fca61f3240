package dk.borgerdialog;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.relative.application.GrantAccessCommand;
import dk.borgerdialog.relative.application.RevokeGrantCommand;
import dk.borgerdialog.relative.model.Relative;
import dk.borgerdialog.relative.model.RelativeGrant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Relatives and proxies, as one actor: the citizen grants and revokes access, staff of the
 * citizen's units register a power of attorney or guardianship and revoke it with a reason, and the
 * relative sees their grants and sets where their reminders go.
 *
 * <p>A relative then signs in at the host and acts as {@link
 * dk.borgerdialog.access.Actor#relative}: every façade decides what they may do by their active
 * grants, at once on revocation or expiry.
 */
public interface RelativeOperations {

  /**
   * Gives access (the citizen, with {@link dk.borgerdialog.relative.model.LegalBasis#consent()}),
   * or registers a power of attorney or guardianship (staff or the system, with its reference). A
   * relative not yet known is added by the host's id.
   *
   * @param command the grant
   * @return the grant
   * @throws dk.borgerdialog.common.InvalidInputException if a field is wrong
   * @throws dk.borgerdialog.common.NoSuchEntityException if the citizen does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException if the actor may not
   */
  RelativeGrant grant(GrantAccessCommand command);

  /**
   * Revokes a grant at once.
   *
   * @param command which, and why (required from staff)
   * @return the revoked grant
   * @throws dk.borgerdialog.common.InvalidInputException if the reason is missing from staff
   * @throws dk.borgerdialog.common.NoSuchEntityException if the grant does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException if the actor may not
   * @throws dk.borgerdialog.common.ConflictException if it changed since it was read
   */
  RelativeGrant revoke(RevokeGrantCommand command);

  /**
   * A citizen's grants, active or not, newest first.
   *
   * @param citizen the citizen
   * @return the grants
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen, staff of one of the
   *     citizen's units, or the system
   */
  List<RelativeGrant> grantsOf(CitizenId citizen);

  /**
   * The acting relative's grants from every citizen, active or not, newest first.
   *
   * @return the grants
   * @throws dk.borgerdialog.common.AccessDeniedException unless a relative
   */
  List<RelativeGrant> myGrants();

  /**
   * Sets the acting relative's contact details.
   *
   * @param language the language of texts sent to them
   * @param channels EMAIL and SMS in order of preference
   * @param email the e-mail address or null
   * @param phone the phone number in E.164 form or null
   * @return the relative
   * @throws dk.borgerdialog.common.InvalidInputException if a field is wrong
   * @throws dk.borgerdialog.common.AccessDeniedException unless a relative
   */
  Relative changeMyContact(
      Language language,
      List<ChannelKind> channels,
      @Nullable String email,
      @Nullable String phone);

  /**
   * Finds a relative by the host's id, to make {@link dk.borgerdialog.access.Actor#relative} for a
   * person the host signed in.
   *
   * @param ref the host's id
   * @return the relative, if any citizen ever granted them access
   * @throws dk.borgerdialog.common.AccessDeniedException unless the system
   */
  Optional<Relative> findRelative(ExternalRef ref);
}
