package dk.borgerdialog.internal;

import dk.borgerdialog.RelativeOperations;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.relative.application.GrantAccessCommand;
import dk.borgerdialog.relative.application.ManagingGrants;
import dk.borgerdialog.relative.application.RevokeGrantCommand;
import dk.borgerdialog.relative.model.Relative;
import dk.borgerdialog.relative.model.RelativeGrant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@link RelativeOperations} bound to one actor. */
final class ActorRelativeOperations implements RelativeOperations {
  private final Actor actor;
  private final ManagingGrants grants;

  ActorRelativeOperations(Actor actor, ManagingGrants grants) {
    this.actor = actor;
    this.grants = grants;
  }

  @Override
  public RelativeGrant grant(GrantAccessCommand command) {
    return grants.grant(actor, command);
  }

  @Override
  public RelativeGrant revoke(RevokeGrantCommand command) {
    return grants.revoke(actor, command);
  }

  @Override
  public List<RelativeGrant> grantsOf(CitizenId citizen) {
    return grants.ofCitizen(actor, citizen);
  }

  @Override
  public List<RelativeGrant> myGrants() {
    return grants.mine(actor);
  }

  @Override
  public Relative changeMyContact(
      Language language,
      List<ChannelKind> channels,
      @Nullable String email,
      @Nullable String phone) {
    return grants.changeContact(actor, language, channels, email, phone);
  }

  @Override
  public Optional<Relative> findRelative(ExternalRef ref) {
    return grants.relativeByRef(actor, ref);
  }
}
