package dk.borgerdialog.audit.application;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessTarget;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AuditLog;
import dk.borgerdialog.access.AuditRecord;
import dk.borgerdialog.access.AuditVerification;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.citizen.model.Citizens;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.StaffMembers;
import dk.borgerdialog.organisation.model.UnitRole;
import dk.borgerdialog.relative.model.Relative;
import dk.borgerdialog.relative.model.RelativeGrant;
import dk.borgerdialog.relative.model.RelativeGrants;
import dk.borgerdialog.relative.model.RelativeId;
import dk.borgerdialog.relative.model.Relatives;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The citizen's access log ("Min log"): every allowed read or change of their data, newest first,
 * with staff by name and role, relatives by name and relation, and the system by name; and the
 * verification of the audit trail.
 *
 * <p>Refused attempts are not accesses and are not shown to the citizen; staff and the system read
 * them from the audit trail.
 */
public final class ViewingAccessLog {
  /** How many entries one page holds. */
  public static final int PAGE_SIZE = 20;

  /** The highest page number accepted. */
  public static final int MAX_PAGE = 10_000;

  private static final String UNKNOWN = "ukendt";

  private final AuditLog audit;
  private final Citizens citizens;
  private final StaffMembers staff;
  private final Relatives relatives;
  private final RelativeGrants grants;
  private final AccessControl access;
  private final Transactions transactions;

  @Inject
  ViewingAccessLog(
      AuditLog audit,
      Citizens citizens,
      StaffMembers staff,
      Relatives relatives,
      RelativeGrants grants,
      AccessControl access,
      Transactions transactions) {
    this.audit = audit;
    this.citizens = citizens;
    this.staff = staff;
    this.relatives = relatives;
    this.grants = grants;
    this.access = access;
    this.transactions = transactions;
  }

  /**
   * One page of a citizen's access log, in the citizen's language.
   *
   * @param actor the citizen, or the system
   * @param citizen the citizen
   * @param page the page, from 0 (the newest)
   * @return the page
   * @throws dk.borgerdialog.common.InvalidInputException if the page is out of range
   * @throws NoSuchEntityException if the citizen does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen or the system
   */
  public AccessLogPage page(Actor actor, CitizenId citizen, int page) {
    Check.notNull("citizen", citizen);
    Check.that(page >= 0 && page <= MAX_PAGE, "page", "must be 0 to " + MAX_PAGE);
    AccessControl.Grant grant =
        access.authorize(
            actor,
            Operation.VIEW_ACCESS_LOG,
            new AccessTarget(citizen, java.util.Set.of()),
            citizen.value());
    Citizen subject =
        citizens.byId(citizen).orElseThrow(() -> new NoSuchEntityException("citizen", citizen));
    return transactions.inTransaction(
        () -> {
          List<AuditRecord> records = audit.accessesTo(citizen, page * PAGE_SIZE, PAGE_SIZE + 1);
          boolean hasMore = records.size() > PAGE_SIZE;
          Names names = new Names(subject);
          List<AccessLogEntry> entries = new ArrayList<>();
          for (AuditRecord r : records.subList(0, Math.min(PAGE_SIZE, records.size()))) {
            entries.add(names.entry(r));
          }
          // recorded after the read, so that the citizen's own look is not the first line
          grant.record();
          return new AccessLogPage(entries, page, hasMore);
        });
  }

  /**
   * Verifies the audit trail's hash chain.
   *
   * @param actor the system
   * @return the result
   * @throws dk.borgerdialog.common.AccessDeniedException unless the system
   */
  public AuditVerification verify(Actor actor) {
    AccessControl.Grant grant =
        access.authorize(actor, Operation.VERIFY_AUDIT_TRAIL, AccessTarget.organisation(), null);
    AuditVerification result = audit.verify();
    grant.record();
    return result;
  }

  /** Looks each person up once per page. */
  private final class Names {
    private final Citizen subject;
    private final Map<String, Who> cache = new HashMap<>();

    Names(Citizen subject) {
      this.subject = subject;
    }

    AccessLogEntry entry(AuditRecord r) {
      Who who = cache.computeIfAbsent(r.actorKind() + ":" + r.actorId(), k -> who(r));
      return new AccessLogEntry(
          r.at(),
          r.actorKind(),
          who.name(),
          who.role(),
          r.onBehalfOf() != null,
          r.operation(),
          r.purpose(),
          r.purpose().text(subject.language()));
    }

    private Who who(AuditRecord r) {
      return switch (r.actorKind()) {
        case CITIZEN ->
            r.actorId().equals(subject.id().toString())
                ? new Who(subject.name(), null)
                : new Who(UNKNOWN, null);
        case SYSTEM -> new Who(r.actorId(), null);
        case STAFF -> staffMember(r.actorId());
        case RELATIVE -> relative(r.actorId());
      };
    }

    private Who staffMember(String auditId) {
      Optional<StaffMember> member = parse(auditId).map(StaffMemberId::new).flatMap(staff::byId);
      if (member.isEmpty()) {
        return new Who(UNKNOWN, null);
      }
      String title = member.get().title();
      String role =
          title != null
              ? title
              : member.get().roles().stream()
                  .map(UnitRole::role)
                  .map(rr -> rr.code())
                  .distinct()
                  .collect(Collectors.joining(", "));
      return new Who(member.get().name(), role.isEmpty() ? null : role);
    }

    private Who relative(String auditId) {
      Optional<RelativeId> id = parse(auditId).map(RelativeId::new);
      Optional<Relative> relative = id.flatMap(relatives::byId);
      if (relative.isEmpty()) {
        return new Who(UNKNOWN, null);
      }
      String relation =
          grants.between(relative.get().id(), subject.id()).stream()
              .findFirst()
              .map(RelativeGrant::relation)
              .orElse(null);
      return new Who(relative.get().name(), relation);
    }
  }

  private static Optional<UUID> parse(String auditId) {
    try {
      return Optional.of(UUID.fromString(auditId));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private record Who(String name, @Nullable String role) {}
}
