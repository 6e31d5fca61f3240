package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.PLAN_ITEM;

import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.persistence.internal.jooq.tables.records.PlanItemRecord;
import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.plan.model.PlanItem;
import dk.borgerdialog.plan.model.PlanItemId;
import dk.borgerdialog.plan.model.PlanItemKind;
import dk.borgerdialog.plan.model.PlanItems;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** Plan items in jOOQ. */
public final class JooqPlanItems implements PlanItems {
  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqPlanItems(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void add(PlanItem item) {
    PlanItemRecord row = dsl.newRecord(PLAN_ITEM);
    row.setId(item.id().value());
    row.setVersion(item.version());
    write(row, item);
    try {
      dsl.insertInto(PLAN_ITEM).set(row).execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "plan item " + item.id() + " already exists");
    }
  }

  @Override
  public PlanItem update(PlanItem item) {
    PlanItemRecord row = dsl.newRecord(PLAN_ITEM);
    write(row, item);
    row.setVersion(item.version() + 1);
    int rows;
    try {
      rows =
          dsl.update(PLAN_ITEM)
              .set(row)
              .where(PLAN_ITEM.ID.eq(item.id().value()))
              .and(PLAN_ITEM.VERSION.eq(item.version()))
              .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "plan item " + item.id() + " was changed concurrently");
    }
    Versions.requireUpdated(dsl, rows, PLAN_ITEM, PLAN_ITEM.ID, item.id().value(), "plan item");
    return new PlanItem(
        item.id(),
        item.course(),
        item.kind(),
        item.text(),
        item.author(),
        item.writtenAt(),
        item.version() + 1);
  }

  @Override
  public Optional<PlanItem> byId(PlanItemId id) {
    return dsl.selectFrom(PLAN_ITEM)
        .where(PLAN_ITEM.ID.eq(id.value()))
        .fetchOptional(JooqPlanItems::toPlanItem);
  }

  private static void write(PlanItemRecord row, PlanItem item) {
    row.setCourseId(item.course().value());
    row.setKind(item.kind().name());
    row.setContent(item.text());
    row.setAuthorId(item.author().value());
    row.setWrittenAt(item.writtenAt());
  }

  static PlanItem toPlanItem(PlanItemRecord r) {
    return new PlanItem(
        new PlanItemId(r.getId()),
        new CourseId(r.getCourseId()),
        PlanItemKind.valueOf(r.getKind()),
        r.getContent(),
        new StaffMemberId(r.getAuthorId()),
        r.getWrittenAt(),
        r.getVersion());
  }
}
