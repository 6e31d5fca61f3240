package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.MATERIAL_PROGRESS;
import static dk.borgerdialog.persistence.internal.jooq.Tables.MATERIAL_RELEASE;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.material.model.ItemProgress;
import dk.borgerdialog.material.model.MaterialItemId;
import dk.borgerdialog.material.model.MaterialProgress;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.persistence.internal.jooq.tables.records.MaterialProgressRecord;
import dk.borgerdialog.plan.model.CourseId;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * Views, "understood" marks and releases by hand in jOOQ.
 *
 * <p>A view is counted by {@code UPDATE ... SET views = views + 1}, so concurrent views all count.
 * The first view of an item inserts the row with {@code ON CONFLICT DO NOTHING} (a {@code MERGE} on
 * H2) and updates if another transaction inserted it first: no statement fails, so the surrounding
 * transaction is never aborted on PostgreSQL.
 */
public final class JooqMaterialProgress implements MaterialProgress {
  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqMaterialProgress(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public ItemProgress recordView(CitizenId citizen, MaterialItemId item, Instant at) {
    int updated =
        dsl.update(MATERIAL_PROGRESS)
            .set(MATERIAL_PROGRESS.VIEWS, MATERIAL_PROGRESS.VIEWS.plus(1))
            .set(
                MATERIAL_PROGRESS.LAST_VIEWED_AT,
                DSL.greatest(
                    DSL.coalesce(MATERIAL_PROGRESS.LAST_VIEWED_AT, DSL.val(at)), DSL.val(at)))
            .where(key(citizen, item))
            .execute();
    if (updated == 0 && !insert(citizen, item, 1, at, null)) {
      dsl.update(MATERIAL_PROGRESS)
          .set(MATERIAL_PROGRESS.VIEWS, MATERIAL_PROGRESS.VIEWS.plus(1))
          .set(
              MATERIAL_PROGRESS.LAST_VIEWED_AT,
              DSL.greatest(
                  DSL.coalesce(MATERIAL_PROGRESS.LAST_VIEWED_AT, DSL.val(at)), DSL.val(at)))
          .where(key(citizen, item))
          .execute();
    }
    return read(citizen, item);
  }

  @Override
  public ItemProgress markUnderstood(CitizenId citizen, MaterialItemId item, Instant at) {
    int updated =
        dsl.update(MATERIAL_PROGRESS)
            .set(
                MATERIAL_PROGRESS.UNDERSTOOD_AT,
                DSL.coalesce(MATERIAL_PROGRESS.UNDERSTOOD_AT, DSL.val(at)))
            .where(key(citizen, item))
            .execute();
    if (updated == 0 && !insert(citizen, item, 0, null, at)) {
      dsl.update(MATERIAL_PROGRESS)
          .set(
              MATERIAL_PROGRESS.UNDERSTOOD_AT,
              DSL.coalesce(MATERIAL_PROGRESS.UNDERSTOOD_AT, DSL.val(at)))
          .where(key(citizen, item))
          .execute();
    }
    return read(citizen, item);
  }

  @Override
  public Map<MaterialItemId, ItemProgress> of(CitizenId citizen, Collection<MaterialItemId> items) {
    Map<MaterialItemId, ItemProgress> result = new HashMap<>();
    if (items.isEmpty()) {
      return result;
    }
    for (MaterialProgressRecord r :
        dsl.selectFrom(MATERIAL_PROGRESS)
            .where(MATERIAL_PROGRESS.CITIZEN_ID.eq(citizen.value()))
            .and(MATERIAL_PROGRESS.ITEM_ID.in(items.stream().map(MaterialItemId::value).toList()))
            .fetch()) {
      ItemProgress p = toProgress(r);
      result.put(p.item(), p);
    }
    return result;
  }

  @Override
  public Instant releaseByHand(
      CourseId course, MaterialItemId item, @Nullable StaffMemberId by, Instant at) {
    try {
      dsl.insertInto(MATERIAL_RELEASE)
          .set(MATERIAL_RELEASE.COURSE_ID, course.value())
          .set(MATERIAL_RELEASE.ITEM_ID, item.value())
          .set(MATERIAL_RELEASE.RELEASED_AT, at)
          .set(MATERIAL_RELEASE.RELEASED_BY, by == null ? null : by.value())
          .onConflictDoNothing()
          .execute();
    } catch (DataAccessException e) {
      // H2 only: a concurrent release committed first; the first time is kept
      if (!SqlErrors.UNIQUE_VIOLATION.equals(e.sqlState())) {
        throw e;
      }
    }
    return dsl.select(MATERIAL_RELEASE.RELEASED_AT)
        .from(MATERIAL_RELEASE)
        .where(MATERIAL_RELEASE.COURSE_ID.eq(course.value()))
        .and(MATERIAL_RELEASE.ITEM_ID.eq(item.value()))
        .fetchSingle(MATERIAL_RELEASE.RELEASED_AT);
  }

  @Override
  public Map<MaterialItemId, Instant> releasedByHand(CourseId course) {
    Map<MaterialItemId, Instant> result = new HashMap<>();
    dsl.select(MATERIAL_RELEASE.ITEM_ID, MATERIAL_RELEASE.RELEASED_AT)
        .from(MATERIAL_RELEASE)
        .where(MATERIAL_RELEASE.COURSE_ID.eq(course.value()))
        .fetch()
        .forEach(r -> result.put(new MaterialItemId(r.value1()), r.value2()));
    return result;
  }

  /** Inserts the first row; false if another transaction inserted it first. */
  private boolean insert(
      CitizenId citizen,
      MaterialItemId item,
      int views,
      @Nullable Instant viewedAt,
      @Nullable Instant understoodAt) {
    try {
      return dsl.insertInto(MATERIAL_PROGRESS)
              .set(MATERIAL_PROGRESS.CITIZEN_ID, citizen.value())
              .set(MATERIAL_PROGRESS.ITEM_ID, item.value())
              .set(MATERIAL_PROGRESS.VIEWS, views)
              .set(MATERIAL_PROGRESS.LAST_VIEWED_AT, viewedAt)
              .set(MATERIAL_PROGRESS.UNDERSTOOD_AT, understoodAt)
              .onConflictDoNothing()
              .execute()
          == 1;
    } catch (DataAccessException e) {
      // H2 only: the MERGE did not see a row inserted by a transaction not committed yet
      if (SqlErrors.UNIQUE_VIOLATION.equals(e.sqlState())) {
        return false;
      }
      throw e;
    }
  }

  private ItemProgress read(CitizenId citizen, MaterialItemId item) {
    return toProgress(dsl.selectFrom(MATERIAL_PROGRESS).where(key(citizen, item)).fetchSingle());
  }

  private static org.jooq.Condition key(CitizenId citizen, MaterialItemId item) {
    return MATERIAL_PROGRESS
        .CITIZEN_ID
        .eq(citizen.value())
        .and(MATERIAL_PROGRESS.ITEM_ID.eq(item.value()));
  }

  private static ItemProgress toProgress(MaterialProgressRecord r) {
    return new ItemProgress(
        new CitizenId(r.getCitizenId()),
        new MaterialItemId(r.getItemId()),
        r.getViews(),
        r.getLastViewedAt(),
        r.getUnderstoodAt());
  }
}
