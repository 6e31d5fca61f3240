package dk.borgerdialog.relative.application;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessTarget;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.citizen.model.Citizens;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.Courses;
import dk.borgerdialog.relative.model.LegalBasisKind;
import dk.borgerdialog.relative.model.Relative;
import dk.borgerdialog.relative.model.RelativeGrant;
import dk.borgerdialog.relative.model.RelativeGrantId;
import dk.borgerdialog.relative.model.RelativeGrants;
import dk.borgerdialog.relative.model.Relatives;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Relatives' access to a citizen: the citizen grants and revokes; staff of the citizen's units
 * register a power of attorney or guardianship and revoke with a reason; citizen and relative see
 * the grants.
 */
public final class ManagingGrants {
  private final Relatives relatives;
  private final RelativeGrants grants;
  private final Citizens citizens;
  private final Courses courses;
  private final AccessControl access;
  private final Transactions transactions;
  private final Clock clock;

  @Inject
  ManagingGrants(
      Relatives relatives,
      RelativeGrants grants,
      Citizens citizens,
      Courses courses,
      AccessControl access,
      Transactions transactions,
      Clock clock) {
    this.relatives = relatives;
    this.grants = grants;
    this.citizens = citizens;
    this.courses = courses;
    this.access = access;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Gives or registers a grant.
   *
   * <p>The citizen grants with their consent ({@link Operation#GRANT_ACCESS}); staff and the system
   * register a power of attorney or guardianship with its reference ({@link
   * Operation#REGISTER_PROXY}).
   *
   * @param actor the citizen, staff of one of the citizen's units, or the system
   * @param command the grant
   * @return the grant
   * @throws InvalidInputException if a field is wrong, the expiry is not in the future, or the
   *     basis does not fit the actor (consent from the citizen only; staff register a document)
   * @throws NoSuchEntityException if the citizen does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException if the actor may not
   */
  public RelativeGrant grant(Actor actor, GrantAccessCommand command) {
    Check.notNull("command", command);
    boolean consent = command.basis().kind() == LegalBasisKind.CONSENT;
    Operation operation = consent ? Operation.GRANT_ACCESS : Operation.REGISTER_PROXY;
    AccessControl.Grant allowed =
        access.authorize(actor, operation, target(command.citizen()), command.citizen().value());
    if (!consent && actor instanceof Actor.Citizen) {
      throw new InvalidInputException("basis.kind", "a citizen grants access by CONSENT");
    }
    requireCitizen(command.citizen());
    Instant now = now();
    Instant expiresAt = command.expiresAt();
    Check.that(expiresAt == null || expiresAt.isAfter(now), "expiresAt", "must be in the future");
    return transactions.inTransaction(
        () -> {
          Relative relative = findOrAdd(command.relativeRef(), command.relativeName());
          RelativeGrant grant =
              new RelativeGrant(
                  RelativeGrantId.random(),
                  command.citizen(),
                  relative.id(),
                  command.relation(),
                  command.scopes(),
                  command.basis(),
                  now,
                  actor.auditId(),
                  expiresAt,
                  null,
                  null,
                  null,
                  0);
          grants.add(grant);
          allowed.record();
          return grant;
        });
  }

  /**
   * Revokes a grant at once.
   *
   * @param actor the citizen, staff of one of the citizen's units, or the system
   * @param command which grant, and why
   * @return the revoked grant
   * @throws InvalidInputException if staff or the system give no reason, or it is already revoked
   * @throws NoSuchEntityException if the grant does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException if the actor may not
   * @throws dk.borgerdialog.common.ConflictException if it changed since it was read
   */
  public RelativeGrant revoke(Actor actor, RevokeGrantCommand command) {
    Check.notNull("command", command);
    RelativeGrant current =
        grants
            .byId(command.grant())
            .orElseThrow(() -> new NoSuchEntityException("grant", command.grant()));
    AccessControl.Grant allowed =
        access.authorize(
            actor, Operation.REVOKE_GRANT, target(current.citizen()), current.id().value());
    Check.sameVersion("grant", current.id(), current.version(), command.expectedVersion());
    String reason = Check.optionalText("reason", command.reason(), RelativeGrant.MAX_REASON_LENGTH);
    Check.that(
        reason != null || actor instanceof Actor.Citizen, "reason", "is required from staff");
    Check.that(current.revokedAt() == null, "grant", "is already revoked");
    return transactions.inTransaction(
        () -> {
          RelativeGrant saved = grants.update(current.revoke(actor.auditId(), reason, now()));
          allowed.record();
          return saved;
        });
  }

  /**
   * A citizen's grants, active or not, newest first.
   *
   * @param actor the citizen, staff of one of the citizen's units, or the system
   * @param citizen the citizen
   * @return the grants
   * @throws dk.borgerdialog.common.AccessDeniedException if the actor may not
   */
  public List<RelativeGrant> ofCitizen(Actor actor, CitizenId citizen) {
    Check.notNull("citizen", citizen);
    AccessControl.Grant allowed =
        access.authorize(actor, Operation.VIEW_GRANTS, target(citizen), citizen.value());
    return transactions.inTransaction(
        () -> {
          allowed.record();
          return grants.ofCitizen(citizen);
        });
  }

  /**
   * The grants the acting relative holds, from every citizen, active or not, newest first.
   *
   * @param actor a relative
   * @return the grants
   * @throws dk.borgerdialog.common.AccessDeniedException unless a relative
   */
  public List<RelativeGrant> mine(Actor actor) {
    AccessControl.Grant allowed =
        access.authorize(actor, Operation.VIEW_MY_GRANTS, AccessTarget.organisation(), null);
    Actor.Relative relative = (Actor.Relative) actor;
    return transactions.inTransaction(
        () -> {
          allowed.record();
          return grants.ofRelative(relative.id());
        });
  }

  /**
   * Sets the acting relative's own contact details, where the reminders they receive go.
   *
   * @param actor a relative
   * @param language the language of texts sent to them
   * @param channels their channels in order: EMAIL and SMS
   * @param email the e-mail address, or null
   * @param phone the phone number in E.164 form, or null
   * @return the relative
   * @throws InvalidInputException if a field is wrong
   * @throws dk.borgerdialog.common.AccessDeniedException unless a relative
   */
  public Relative changeContact(
      Actor actor,
      Language language,
      List<ChannelKind> channels,
      @Nullable String email,
      @Nullable String phone) {
    AccessControl.Grant allowed =
        access.authorize(actor, Operation.MANAGE_OWN_CONTACT, AccessTarget.organisation(), null);
    Actor.Relative acting = (Actor.Relative) actor;
    return transactions.inTransaction(
        () -> {
          Relative current =
              relatives
                  .byId(acting.id())
                  .orElseThrow(() -> new NoSuchEntityException("relative", acting.id()));
          Relative saved = relatives.update(current.withContact(language, channels, email, phone));
          allowed.record();
          return saved;
        });
  }

  /**
   * Looks a relative up by the host's id, so that the host can make {@link Actor#relative} for a
   * person it has signed in.
   *
   * @param actor the system
   * @param ref the host's id of the person
   * @return the relative, if any citizen ever granted them access
   * @throws dk.borgerdialog.common.AccessDeniedException unless the system
   */
  public Optional<Relative> relativeByRef(Actor actor, ExternalRef ref) {
    Check.notNull("ref", ref);
    access.authorize(actor, Operation.ADMINISTER, AccessTarget.organisation(), null).record();
    return relatives.byRef(ref);
  }

  /** The instant to the microsecond, the precision both databases store. */
  private Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  private Relative findOrAdd(ExternalRef ref, String name) {
    Optional<Relative> known = relatives.byRef(ref);
    if (known.isPresent()) {
      return known.get();
    }
    Relative added = Relative.create(ref, name);
    relatives.add(added);
    return added;
  }

  private void requireCitizen(CitizenId citizen) {
    if (citizens.byId(citizen).isEmpty()) {
      throw new NoSuchEntityException("citizen", citizen);
    }
  }

  private AccessTarget target(CitizenId citizen) {
    Set<UnitId> units =
        courses.of(citizen).stream().map(Course::unit).collect(Collectors.toUnmodifiableSet());
    return new AccessTarget(citizen, units);
  }
}
