package dk.borgerdialog.retention.application;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessTarget;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AuditLog;
import dk.borgerdialog.access.AuditRecord;
import dk.borgerdialog.access.CorrelationIds;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.access.Purpose;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.retention.model.ExpiredData;
import dk.borgerdialog.retention.model.RetentionKind;
import dk.borgerdialog.retention.model.RetentionPolicy;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Purges what is past its retention ({@link RetentionPolicy}), kind by kind, in batches.
 *
 * <p>Each batch is one transaction that removes at most {@link RetentionPolicy#batchSize()} items
 * of one kind and appends one audit record of the purge (operation {@code PURGE_EXPIRED_DATA}, no
 * citizen, and in its reason only the kind, the count and the cutoff), so that no purge holds its
 * locks for long and none goes unrecorded. A purge is idempotent: what it removed is gone, so a
 * second run with the same clock finds nothing and records nothing. A purge that stops half-way (a
 * crash, a restart) leaves whole batches behind and the next run goes on from there.
 *
 * <p>The cutoffs are computed once per run, from the clock's instant at its start, in the zone of
 * the municipality. A kind kept for ever is left alone.
 */
public final class PurgingExpiredData {
  private final List<ExpiredData> kinds;
  private final RetentionPolicy policy;
  private final AccessControl access;
  private final AuditLog audit;
  private final Transactions transactions;
  private final Clock clock;
  private final ZoneId zone;

  @Inject
  PurgingExpiredData(
      Collection<ExpiredData> kinds,
      RetentionPolicy policy,
      AccessControl access,
      AuditLog audit,
      Transactions transactions,
      Clock clock,
      ZoneId zone) {
    this.kinds =
        kinds.stream()
            .sorted(java.util.Comparator.comparing(ExpiredData::kind))
            .collect(java.util.stream.Collectors.toUnmodifiableList());
    this.policy = policy;
    this.access = access;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
    this.zone = zone;
  }

  /**
   * Creates the use case outside a DI container.
   *
   * @param kinds where each kind is purged; run in the order of {@link RetentionKind}
   * @param policy the retention periods and batch size
   * @param access the access control
   * @param audit the audit trail
   * @param transactions the transactions
   * @param clock the clock
   * @param zone the zone years and months are counted in
   * @return the use case
   */
  public static PurgingExpiredData of(
      Collection<ExpiredData> kinds,
      RetentionPolicy policy,
      AccessControl access,
      AuditLog audit,
      Transactions transactions,
      Clock clock,
      ZoneId zone) {
    return new PurgingExpiredData(kinds, policy, access, audit, transactions, clock, zone);
  }

  /**
   * Purges every kind's due data.
   *
   * @param actor the system
   * @return what was purged
   * @throws dk.borgerdialog.common.AccessDeniedException unless the system
   */
  public PurgeReport purgeDue(Actor actor) {
    Check.notNull("actor", actor);
    access.authorize(actor, Operation.PURGE_EXPIRED_DATA, AccessTarget.organisation(), null);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    Map<RetentionKind, Integer> purged = new EnumMap<>(RetentionKind.class);
    int batches = 0;
    int size = policy.batchSize();
    for (ExpiredData kind : kinds) {
      Optional<Instant> cutoff = policy.cutoff(kind.kind(), now, zone);
      if (cutoff.isEmpty()) {
        continue;
      }
      int total = 0;
      while (true) {
        int n =
            transactions.inTransaction(
                () -> {
                  int removed = kind.purge(cutoff.get(), size);
                  if (removed > 0) {
                    audit.append(record(actor, kind.kind(), removed, cutoff.get()));
                  }
                  return removed;
                });
        if (n > 0) {
          batches++;
        }
        total += n;
        if (n < size) {
          break;
        }
      }
      purged.put(kind.kind(), total);
    }
    return new PurgeReport(now, purged, batches);
  }

  private AuditRecord record(Actor actor, RetentionKind kind, int removed, Instant cutoff) {
    return new AuditRecord(
        UUID.randomUUID(),
        clock.instant().truncatedTo(ChronoUnit.MICROS),
        actor.kind(),
        actor.auditId(),
        actor.level(),
        null,
        Operation.PURGE_EXPIRED_DATA,
        null,
        true,
        "retention " + kind + ": " + removed + " purged, due at or before " + cutoff,
        null,
        Purpose.of(actor.kind(), Operation.PURGE_EXPIRED_DATA),
        CorrelationIds.current());
  }
}
