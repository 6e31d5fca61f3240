package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.AUDIT_CHAIN_HEAD;
import static dk.borgerdialog.persistence.internal.jooq.Tables.AUDIT_RECORD;

import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.access.AuditChain;
import dk.borgerdialog.access.AuditLog;
import dk.borgerdialog.access.AuditRecord;
import dk.borgerdialog.access.AuditVerification;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.access.Purpose;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.persistence.internal.jooq.tables.records.AuditChainHeadRecord;
import dk.borgerdialog.persistence.internal.jooq.tables.records.AuditRecordRecord;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.jooq.exception.DataAccessException;

/**
 * The append-only audit trail in jOOQ, as a hash chain; newest first means latest instant, then
 * latest appended.
 *
 * <p>An append is deferred to the end of the caller's transaction (or its own). There, the records
 * of the transaction lock the one row of {@code audit_chain_head} with {@code SELECT ... FOR
 * UPDATE}, are linked to the head's hash and to each other, inserted in one batch, and the head is
 * moved once. Concurrent transactions therefore wait for each other's commit only for that last
 * step, and the records form one chain in {@code seq} order, on PostgreSQL across nodes too. A
 * record of work that fails, or of a savepoint that rolls back, is never written.
 */
public final class JooqAuditLog implements AuditLog {
  /** How many records verify reads per query, so that a long trail never fills the heap. */
  static final int VERIFY_PAGE = 1_000;

  private final DSLContext dsl;
  private final Transactions transactions;
  private final TransactionScope scope;
  private final TransactionScope.DeferredWrite<AuditRecord> chainWriter = this::appendAll;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   * @param transactions the transactions, so that lock, insert and head move are one write
   * @param scope the scope of the transactions, to defer appends to the end of the transaction
   */
  public JooqAuditLog(DSLContext dsl, Transactions transactions, TransactionScope scope) {
    this.dsl = dsl;
    this.transactions = transactions;
    this.scope = scope;
  }

  @Override
  public void append(AuditRecord record) {
    transactions.inTransaction(
        () -> {
          scope.defer(chainWriter, record);
          return null;
        });
  }

  /**
   * Appends records to the chain: locks the head, links and inserts the records in one batch, and
   * moves the head once. Runs last in the caller's transaction, so the lock is held only until the
   * commit that follows.
   */
  private void appendAll(List<AuditRecord> records) {
    AuditChainHeadRecord head =
        dsl.selectFrom(AUDIT_CHAIN_HEAD).where(AUDIT_CHAIN_HEAD.ID.eq(1)).forUpdate().fetchSingle();
    String previous = head.getLastHash();
    List<AuditRecordRecord> rows = new ArrayList<>(records.size());
    for (AuditRecord record : records) {
      String contentHash = AuditChain.contentHash(record);
      String chainHash = AuditChain.link(previous, contentHash);
      rows.add(row(record, previous, contentHash, chainHash));
      previous = chainHash;
    }
    try {
      if (rows.size() == 1) {
        dsl.executeInsert(rows.get(0));
      } else {
        dsl.batchInsert(rows).execute();
      }
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "an audit record was already appended");
    }
    dsl.update(AUDIT_CHAIN_HEAD)
        .set(AUDIT_CHAIN_HEAD.LAST_HASH, previous)
        .set(AUDIT_CHAIN_HEAD.RECORD_COUNT, AUDIT_CHAIN_HEAD.RECORD_COUNT.plus((long) rows.size()))
        .where(AUDIT_CHAIN_HEAD.ID.eq(1))
        .execute();
  }

  private AuditRecordRecord row(
      AuditRecord record, String previous, String contentHash, String chainHash) {
    CitizenId citizen = record.citizen();
    CitizenId onBehalfOf = record.onBehalfOf();
    AuditRecordRecord row = dsl.newRecord(AUDIT_RECORD);
    row.setId(record.id());
    row.setOccurredAt(record.at().truncatedTo(ChronoUnit.MICROS));
    row.setActorKind(record.actorKind().name());
    row.setActorId(record.actorId());
    row.setAssuranceLevel(record.level().name());
    row.setCitizenId(citizen == null ? null : citizen.value());
    row.setOperation(record.operation().name());
    row.setEntityId(record.entityId());
    row.setAllowed(record.allowed());
    row.setReason(record.reason());
    row.setOnBehalfOf(onBehalfOf == null ? null : onBehalfOf.value());
    row.setPurpose(record.purpose().name());
    row.setCorrelationId(record.correlationId());
    row.setPrevHash(previous);
    row.setContentHash(contentHash);
    row.setChainHash(chainHash);
    return row;
  }

  @Override
  public List<AuditRecord> about(CitizenId citizen, int limit) {
    Versions.requireLimit(limit);
    return dsl.selectFrom(AUDIT_RECORD)
        .where(AUDIT_RECORD.CITIZEN_ID.eq(citizen.value()))
        .orderBy(AUDIT_RECORD.OCCURRED_AT.desc(), AUDIT_RECORD.SEQ.desc())
        .limit(limit)
        .fetch(JooqAuditLog::toRecord);
  }

  @Override
  public List<AuditRecord> accessesTo(CitizenId citizen, int offset, int limit) {
    Versions.requireLimit(limit);
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative");
    }
    return dsl.selectFrom(AUDIT_RECORD)
        .where(AUDIT_RECORD.CITIZEN_ID.eq(citizen.value()))
        .and(AUDIT_RECORD.ALLOWED.isTrue())
        .orderBy(AUDIT_RECORD.OCCURRED_AT.desc(), AUDIT_RECORD.SEQ.desc())
        .limit(limit)
        .offset(offset)
        .fetch(JooqAuditLog::toRecord);
  }

  @Override
  public List<AuditRecord> refusals(int limit) {
    Versions.requireLimit(limit);
    return dsl.selectFrom(AUDIT_RECORD)
        .where(AUDIT_RECORD.ALLOWED.isFalse())
        .orderBy(AUDIT_RECORD.OCCURRED_AT.desc(), AUDIT_RECORD.SEQ.desc())
        .limit(limit)
        .fetch(JooqAuditLog::toRecord);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Walks the records in {@code seq} order, a page at a time, from the chain's anchor: the chain
   * hash of the last record a retention purge deleted, or the genesis while none was. Records from
   * before the chain (schema versions before 30, without hashes) are skipped while they come first;
   * one after the first chained record is a break. The content of an erased record cannot be
   * checked, but its kept content hash still links it. A purge that moves the anchor while the walk
   * runs makes the walk start again once.
   */
  @Override
  public AuditVerification verify() {
    AuditChainHeadRecord start = head();
    AuditVerification result = verifyFrom(start);
    for (int retry = 0; retry < 2 && !result.intact(); retry++) {
      AuditChainHeadRecord now = head();
      if (now.getAnchorSeq().equals(start.getAnchorSeq())) {
        break;
      }
      start = now;
      result = verifyFrom(start);
    }
    return result;
  }

  private AuditChainHeadRecord head() {
    return dsl.selectFrom(AUDIT_CHAIN_HEAD).where(AUDIT_CHAIN_HEAD.ID.eq(1)).fetchSingle();
  }

  private AuditVerification verifyFrom(AuditChainHeadRecord start) {
    String previous = start.getAnchorHash();
    long checked = 0;
    long afterSeq = start.getAnchorSeq();
    boolean chainStarted = !AuditChain.GENESIS.equals(previous);
    while (true) {
      Result<AuditRecordRecord> page =
          dsl.selectFrom(AUDIT_RECORD)
              .where(AUDIT_RECORD.SEQ.gt(afterSeq))
              .orderBy(AUDIT_RECORD.SEQ)
              .limit(VERIFY_PAGE)
              .fetch();
      for (AuditRecordRecord r : page) {
        afterSeq = r.getSeq();
        if (r.getChainHash() == null) {
          if (chainStarted) {
            return AuditVerification.broken(checked, r.getId(), "a record without hashes");
          }
          continue;
        }
        chainStarted = true;
        if (!previous.equals(r.getPrevHash())) {
          return AuditVerification.broken(
              checked, r.getId(), "does not link to the record before it (one was deleted?)");
        }
        if (r.getErasedAt() == null
            && !AuditChain.contentHash(toRecord(r)).equals(r.getContentHash())) {
          return AuditVerification.broken(checked, r.getId(), "its content was changed");
        }
        String expected = AuditChain.link(previous, r.getContentHash());
        if (!expected.equals(r.getChainHash())) {
          return AuditVerification.broken(checked, r.getId(), "its chain hash was changed");
        }
        previous = expected;
        checked++;
      }
      if (page.size() < VERIFY_PAGE) {
        break;
      }
    }
    AuditChainHeadRecord head = head();
    if (!head.getLastHash().equals(previous)
        || head.getRecordCount() != head.getPurgedCount() + checked) {
      return AuditVerification.broken(
          checked, null, "the chain ends before its head: the last records were deleted");
    }
    return AuditVerification.intact(checked);
  }

  /**
   * Purges the oldest records, at most {@code limit}, that were written at or before the cutoff, in
   * the caller's transaction (or its own), and moves the chain's anchor to the last one.
   *
   * <p>Only a prefix of the chain is ever deleted: the walk stops at the first record, in {@code
   * seq} order, written after the cutoff, so that what remains is one unbroken chain from the
   * anchor. The head is locked as by an append, so a purge and appends wait for each other.
   *
   * @param cutoff records written at or before this instant are due
   * @param limit the most records to purge
   * @return how many records were purged
   */
  public int purgeUpTo(java.time.Instant cutoff, int limit) {
    return transactions.inTransaction(
        () -> {
          AuditChainHeadRecord head =
              dsl.selectFrom(AUDIT_CHAIN_HEAD)
                  .where(AUDIT_CHAIN_HEAD.ID.eq(1))
                  .forUpdate()
                  .fetchSingle();
          var oldest =
              dsl.select(AUDIT_RECORD.SEQ, AUDIT_RECORD.OCCURRED_AT, AUDIT_RECORD.CHAIN_HASH)
                  .from(AUDIT_RECORD)
                  .where(AUDIT_RECORD.SEQ.gt(head.getAnchorSeq()))
                  .orderBy(AUDIT_RECORD.SEQ)
                  .limit(limit)
                  .fetch();
          long lastSeq = head.getAnchorSeq();
          String anchor = head.getAnchorHash();
          int purged = 0;
          long chained = 0;
          for (var r : oldest) {
            if (r.value2().isAfter(cutoff)) {
              break;
            }
            lastSeq = r.value1();
            purged++;
            if (r.value3() != null) {
              anchor = r.value3();
              chained++;
            }
          }
          if (purged == 0) {
            return 0;
          }
          dsl.deleteFrom(AUDIT_RECORD).where(AUDIT_RECORD.SEQ.le(lastSeq)).execute();
          dsl.update(AUDIT_CHAIN_HEAD)
              .set(AUDIT_CHAIN_HEAD.ANCHOR_HASH, anchor)
              .set(AUDIT_CHAIN_HEAD.ANCHOR_SEQ, lastSeq)
              .set(AUDIT_CHAIN_HEAD.PURGED_COUNT, AUDIT_CHAIN_HEAD.PURGED_COUNT.plus(chained))
              .where(AUDIT_CHAIN_HEAD.ID.eq(1))
              .execute();
          return purged;
        });
  }

  private static AuditRecord toRecord(AuditRecordRecord r) {
    UUID citizen = r.getCitizenId();
    UUID onBehalfOf = r.getOnBehalfOf();
    ActorKind kind = ActorKind.valueOf(r.getActorKind());
    Operation operation = Operation.valueOf(r.getOperation());
    String purpose = r.getPurpose();
    return new AuditRecord(
        r.getId(),
        r.getOccurredAt(),
        kind,
        r.getActorId(),
        AssuranceLevel.valueOf(r.getAssuranceLevel()),
        citizen == null ? null : new CitizenId(citizen),
        operation,
        r.getEntityId(),
        r.getAllowed(),
        r.getReason(),
        onBehalfOf == null ? null : new CitizenId(onBehalfOf),
        purpose == null ? Purpose.of(kind, operation) : Purpose.valueOf(purpose),
        r.getCorrelationId());
  }
}
