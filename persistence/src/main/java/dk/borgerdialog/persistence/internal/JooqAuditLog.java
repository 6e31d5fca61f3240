package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.AUDIT_RECORD;

import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.access.AuditLog;
import dk.borgerdialog.access.AuditRecord;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.persistence.internal.jooq.tables.records.AuditRecordRecord;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** The append-only audit trail in jOOQ; newest first means latest instant, then latest appended. */
public final class JooqAuditLog implements AuditLog {
  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqAuditLog(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void append(AuditRecord record) {
    CitizenId citizen = record.citizen();
    try {
      dsl.insertInto(AUDIT_RECORD)
          .set(AUDIT_RECORD.ID, record.id())
          .set(AUDIT_RECORD.OCCURRED_AT, record.at())
          .set(AUDIT_RECORD.ACTOR_KIND, record.actorKind().name())
          .set(AUDIT_RECORD.ACTOR_ID, record.actorId())
          .set(AUDIT_RECORD.ASSURANCE_LEVEL, record.level().name())
          .set(AUDIT_RECORD.CITIZEN_ID, citizen == null ? null : citizen.value())
          .set(AUDIT_RECORD.OPERATION, record.operation().name())
          .set(AUDIT_RECORD.ENTITY_ID, record.entityId())
          .set(AUDIT_RECORD.ALLOWED, record.allowed())
          .set(AUDIT_RECORD.REASON, record.reason())
          .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "audit record " + record.id() + " was already appended");
    }
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
  public List<AuditRecord> refusals(int limit) {
    Versions.requireLimit(limit);
    return dsl.selectFrom(AUDIT_RECORD)
        .where(AUDIT_RECORD.ALLOWED.isFalse())
        .orderBy(AUDIT_RECORD.OCCURRED_AT.desc(), AUDIT_RECORD.SEQ.desc())
        .limit(limit)
        .fetch(JooqAuditLog::toRecord);
  }

  private static AuditRecord toRecord(AuditRecordRecord r) {
    UUID citizen = r.getCitizenId();
    return new AuditRecord(
        r.getId(),
        r.getOccurredAt(),
        ActorKind.valueOf(r.getActorKind()),
        r.getActorId(),
        AssuranceLevel.valueOf(r.getAssuranceLevel()),
        citizen == null ? null : new CitizenId(citizen),
        Operation.valueOf(r.getOperation()),
        r.getEntityId(),
        r.getAllowed(),
        r.getReason());
  }
}
