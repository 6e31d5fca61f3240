package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.FREE_SLOT;

import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.persistence.internal.jooq.tables.records.FreeSlotRecord;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.FreeSlot;
import dk.borgerdialog.plan.model.FreeSlotId;
import dk.borgerdialog.plan.model.FreeSlots;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Free slots in jOOQ. A claim is one conditional update, so that of concurrent claims of one slot
 * exactly one changes the row: the others find it taken once the winner commits (PostgreSQL
 * re-checks the condition after waiting for the row lock; H2 reports a concurrent update).
 */
public final class JooqFreeSlots implements FreeSlots {
  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqFreeSlots(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void add(FreeSlot slot) {
    UUID staff = slot.staffMember() == null ? null : slot.staffMember().value();
    UUID takenBy = slot.takenBy() == null ? null : slot.takenBy().value();
    try {
      dsl.insertInto(FREE_SLOT)
          .set(FREE_SLOT.ID, slot.id().value())
          .set(FREE_SLOT.UNIT_ID, slot.unit().value())
          .set(FREE_SLOT.APPOINTMENT_TYPE, slot.type().code())
          .set(FREE_SLOT.STAFF_MEMBER_ID, staff)
          .set(FREE_SLOT.STARTS_AT, slot.start())
          .set(FREE_SLOT.ENDS_AT, slot.end())
          .set(FREE_SLOT.MODE_KIND, slot.mode().code())
          .set(FREE_SLOT.MODE_ADDRESS, Modes.address(slot.mode()))
          .set(FREE_SLOT.MODE_LINK, Modes.link(slot.mode()))
          .set(FREE_SLOT.TAKEN_BY, takenBy)
          .set(FREE_SLOT.VERSION, slot.version())
          .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "free slot " + slot.id() + " already exists");
    }
  }

  @Override
  public Optional<FreeSlot> byId(FreeSlotId id) {
    return dsl.selectFrom(FREE_SLOT)
        .where(FREE_SLOT.ID.eq(id.value()))
        .fetchOptional(JooqFreeSlots::toSlot);
  }

  @Override
  public void claim(FreeSlotId slot, AppointmentId appointment) {
    int rows;
    try {
      rows =
          dsl.update(FREE_SLOT)
              .set(FREE_SLOT.TAKEN_BY, appointment.value())
              .set(FREE_SLOT.VERSION, FREE_SLOT.VERSION.plus(1))
              .where(FREE_SLOT.ID.eq(slot.value()))
              .and(FREE_SLOT.TAKEN_BY.isNull())
              .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, taken(slot));
    }
    if (rows != 1) {
      throw new ConflictException(taken(slot));
    }
  }

  /** Opens the slot again; a slot that is open already, or gone, is left as it is. */
  @Override
  public void release(FreeSlotId slot) {
    try {
      dsl.update(FREE_SLOT)
          .setNull(FREE_SLOT.TAKEN_BY)
          .set(FREE_SLOT.VERSION, FREE_SLOT.VERSION.plus(1))
          .where(FREE_SLOT.ID.eq(slot.value()))
          .and(FREE_SLOT.TAKEN_BY.isNotNull())
          .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "free slot " + slot + " was changed concurrently");
    }
  }

  @Override
  public boolean withdraw(FreeSlotId slot) {
    try {
      return dsl.deleteFrom(FREE_SLOT)
              .where(FREE_SLOT.ID.eq(slot.value()))
              .and(FREE_SLOT.TAKEN_BY.isNull())
              .execute()
          == 1;
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "free slot " + slot + " was changed concurrently");
    }
  }

  @Override
  public List<FreeSlot> open(UnitId unit, AppointmentType type, Instant from, int limit) {
    Versions.requireLimit(limit);
    return dsl.selectFrom(FREE_SLOT)
        .where(FREE_SLOT.UNIT_ID.eq(unit.value()))
        .and(FREE_SLOT.APPOINTMENT_TYPE.eq(type.code()))
        .and(FREE_SLOT.STARTS_AT.gt(from))
        .and(FREE_SLOT.TAKEN_BY.isNull())
        .orderBy(FREE_SLOT.STARTS_AT, FREE_SLOT.ID)
        .limit(limit)
        .fetch(JooqFreeSlots::toSlot);
  }

  private static String taken(FreeSlotId slot) {
    return "free slot " + slot + " is taken or gone";
  }

  static FreeSlot toSlot(FreeSlotRecord r) {
    UUID staff = r.getStaffMemberId();
    UUID takenBy = r.getTakenBy();
    return new FreeSlot(
        new FreeSlotId(r.getId()),
        new UnitId(r.getUnitId()),
        new AppointmentType(r.getAppointmentType()),
        staff == null ? null : new StaffMemberId(staff),
        r.getStartsAt(),
        r.getEndsAt(),
        Modes.mode(r.getModeKind(), r.getModeAddress(), r.getModeLink()),
        takenBy == null ? null : new AppointmentId(takenBy),
        r.getVersion());
  }
}
