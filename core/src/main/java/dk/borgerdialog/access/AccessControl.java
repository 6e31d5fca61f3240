package dk.borgerdialog.access;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.organisation.model.StaffMembers;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.relative.model.RelativeGrants;
import dk.borgerdialog.relative.model.Scope;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Decides every access by the {@link AccessPolicy}, and audits the decision.
 *
 * <p>Use cases call {@link #authorize} before they open their transaction. A refusal is appended to
 * the audit log at once, in its own transaction, and thrown as {@link AccessDeniedException}. A
 * grant is returned and recorded by the use case inside its transaction, so that the audit record
 * of a change commits with the change.
 */
public final class AccessControl {
  private final AccessPolicy policy;
  private final StaffMembers staff;
  private final RelativeGrants grants;
  private final AuditLog audit;
  private final Transactions transactions;
  private final Clock clock;

  /**
   * Creates the access control.
   *
   * @param policy the policy
   * @param staff the staff directory, for staff members' units
   * @param grants the relatives' grants, for relatives' scopes
   * @param audit the audit log
   * @param transactions the transactions, for auditing refusals
   * @param clock the clock
   */
  @Inject
  public AccessControl(
      AccessPolicy policy,
      StaffMembers staff,
      RelativeGrants grants,
      AuditLog audit,
      Transactions transactions,
      Clock clock) {
    this.policy = policy;
    this.staff = staff;
    this.grants = grants;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Decides whether the actor may perform the operation on the target.
   *
   * @param actor the actor
   * @param operation the operation
   * @param target the data it touches
   * @param entityId the id of the entity acted on, for the audit record, or null
   * @return a grant, to be recorded inside the use case's transaction
   * @throws AccessDeniedException if the policy refuses; the refusal has been audited
   */
  public Grant authorize(
      Actor actor, Operation operation, AccessTarget target, @Nullable UUID entityId) {
    return authorizeEach(
            actor,
            operation,
            java.util.List.of(target),
            java.util.Collections.singletonList(entityId))
        .get(0);
  }

  /**
   * Decides one operation on several targets at once, as {@link #authorize} does for each, with the
   * staff member's units read once for all of them.
   *
   * <p>If any target is refused, every refusal is audited, in one transaction of its own, and
   * {@link AccessDeniedException} is thrown for the first: nothing is granted.
   *
   * @param actor the actor
   * @param operation the operation
   * @param targets the data each access touches
   * @param entityIds the id of the entity acted on in each access, for its audit record, in the
   *     order of {@code targets}
   * @return a grant per target, in the order of {@code targets}, to be recorded inside the use
   *     case's transaction
   * @throws AccessDeniedException if the policy refuses any target; the refusals have been audited
   */
  public java.util.List<Grant> authorizeEach(
      Actor actor,
      Operation operation,
      java.util.List<AccessTarget> targets,
      java.util.List<UUID> entityIds) {
    Check.notNull("actor", actor);
    Check.that(targets.size() == entityIds.size(), "entityIds", "must match the targets");
    java.util.function.Supplier<@Nullable Set<UnitId>> units = memoized(() -> visibleUnits(actor));
    java.util.List<Grant> granted = new java.util.ArrayList<>();
    java.util.List<AuditRecord> refused = new java.util.ArrayList<>();
    @Nullable String first = null;
    for (int i = 0; i < targets.size(); i++) {
      String refusal = refusal(actor, operation, targets.get(i), units);
      if (refusal == null) {
        granted.add(
            new Grant(record(actor, operation, targets.get(i), entityIds.get(i), true, null)));
      } else {
        refused.add(record(actor, operation, targets.get(i), entityIds.get(i), false, refusal));
        first = first == null ? refusal : first;
      }
    }
    if (!refused.isEmpty()) {
      transactions.inTransaction(
          () -> {
            refused.forEach(audit::append);
            return null;
          });
      throw new AccessDeniedException(operation + " refused: " + first);
    }
    return granted;
  }

  private static <T> java.util.function.Supplier<@Nullable T> memoized(
      java.util.function.Supplier<@Nullable T> source) {
    return new java.util.function.Supplier<>() {
      private boolean read;
      private @Nullable T value;

      @Override
      public @Nullable T get() {
        if (!read) {
          value = source.get();
          read = true;
        }
        return value;
      }
    };
  }

  /**
   * The units whose data a staff member may see.
   *
   * @param actor the actor
   * @return the staff member's units; null (no restriction) for a citizen or the system
   */
  public @Nullable Set<UnitId> visibleUnits(Actor actor) {
    if (actor instanceof Actor.Staff s) {
      return staff.unitsOf(s.id());
    }
    return null;
  }

  private @Nullable String refusal(
      Actor actor,
      Operation operation,
      AccessTarget target,
      java.util.function.Supplier<@Nullable Set<UnitId>> visibleUnits) {
    Optional<AccessRule> rule = policy.ruleFor(actor.kind(), operation);
    if (rule.isEmpty()) {
      return "not allowed for " + actor.kind().name().toLowerCase(java.util.Locale.ROOT);
    }
    if (!actor.level().meets(rule.get().minimumLevel())) {
      return "requires assurance level " + rule.get().minimumLevel();
    }
    return switch (rule.get().condition()) {
      case NONE -> null;
      case OWN_DATA ->
          actor instanceof Actor.Citizen c && c.id().equals(target.citizen())
              ? null
              : "not the citizen's own data";
      case OWN_UNIT -> {
        Set<UnitId> units = visibleUnits.get();
        yield units != null && target.units().stream().anyMatch(units::contains)
            ? null
            : "not the staff member's unit";
      }
      case OWN_UNIT_OR_ADDRESSED -> {
        Set<UnitId> units = visibleUnits.get();
        boolean addressed =
            actor instanceof Actor.Staff s && target.addressee() != null
                ? s.id().equals(target.addressee())
                : false;
        yield addressed || (units != null && target.units().stream().anyMatch(units::contains))
            ? null
            : "neither the staff member's unit nor addressed to them";
      }
      case ACTIVE_GRANT -> grantRefusal(actor, target, rule.get().scope());
    };
  }

  private @Nullable String grantRefusal(Actor actor, AccessTarget target, @Nullable Scope scope) {
    if (!(actor instanceof Actor.Relative r)
        || scope == null
        || !r.forCitizen().equals(target.citizen())) {
      return "not acting for the citizen whose data it is";
    }
    java.time.Instant now = clock.instant();
    // read on every call, never cached: a revocation or an expiry takes effect at once
    return grants.between(r.id(), r.forCitizen()).stream().anyMatch(g -> g.allows(scope, now))
        ? null
        : "no active grant with scope " + scope;
  }

  private AuditRecord record(
      Actor actor,
      Operation operation,
      AccessTarget target,
      @Nullable UUID entityId,
      boolean allowed,
      @Nullable String reason) {
    return new AuditRecord(
        UUID.randomUUID(),
        // the precision both databases store, so that a record reads back as it was hashed
        clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS),
        actor.kind(),
        actor.auditId(),
        actor.level(),
        target.citizen(),
        operation,
        entityId,
        allowed,
        reason,
        actor.onBehalfOf(),
        Purpose.of(actor.kind(), operation),
        CorrelationIds.current());
  }

  /** An allowed access, to be recorded in the use case's transaction. */
  public final class Grant {
    private final AuditRecord record;

    private Grant(AuditRecord record) {
      this.record = record;
    }

    /** Appends the audit record of the allowed access in the current transaction. */
    public void record() {
      audit.append(record);
    }

    /**
     * Appends the audit records of a list read: one per citizen whose data the list shows, not one
     * per row, so that every citizen's access log shows the read and the volume stays sane. A list
     * that shows no citizen's data leaves the one record of the access.
     *
     * @param citizens the citizens of the rows read, in any order, with repeats
     */
    public void recordReadOf(Collection<CitizenId> citizens) {
      Set<CitizenId> distinct = new LinkedHashSet<>(citizens);
      if (distinct.isEmpty()) {
        audit.append(record);
        return;
      }
      for (CitizenId citizen : distinct) {
        audit.append(
            new AuditRecord(
                UUID.randomUUID(),
                record.at(),
                record.actorKind(),
                record.actorId(),
                record.level(),
                citizen,
                record.operation(),
                record.entityId(),
                true,
                null,
                record.onBehalfOf(),
                record.purpose(),
                record.correlationId()));
      }
    }
  }
}
