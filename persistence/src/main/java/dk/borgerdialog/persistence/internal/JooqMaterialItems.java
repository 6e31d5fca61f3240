package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.MATERIAL_ITEM;
import static dk.borgerdialog.persistence.internal.jooq.Tables.MATERIAL_VARIANT;

import dk.borgerdialog.common.Language;
import dk.borgerdialog.material.model.MaterialAttachment;
import dk.borgerdialog.material.model.MaterialItem;
import dk.borgerdialog.material.model.MaterialItemId;
import dk.borgerdialog.material.model.MaterialItems;
import dk.borgerdialog.material.model.MaterialKind;
import dk.borgerdialog.material.model.MaterialVariant;
import dk.borgerdialog.material.model.ReleaseRule;
import dk.borgerdialog.persistence.internal.jooq.tables.records.MaterialItemRecord;
import dk.borgerdialog.persistence.internal.jooq.tables.records.MaterialVariantRecord;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.plan.model.CourseTemplateId;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jspecify.annotations.Nullable;

/** Items of information material in jOOQ: one row per item, one per language variant. */
public final class JooqMaterialItems implements MaterialItems {
  private static final String AT_START = "AT_START";
  private static final String DAYS_BEFORE = "DAYS_BEFORE_APPOINTMENT";
  private static final String AFTER_ATTENDED = "AFTER_ATTENDED";
  private static final String BY_HAND = "BY_HAND";

  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqMaterialItems(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void add(MaterialItem item) {
    MaterialItemRecord row = dsl.newRecord(MATERIAL_ITEM);
    row.setId(item.id().value());
    if (item.attachment() instanceof MaterialAttachment.ToCourse c) {
      row.setCourseId(c.course().value());
    } else {
      row.setTemplateId(((MaterialAttachment.ToTemplate) item.attachment()).template().value());
    }
    row.setKind(item.kind().name());
    Duration duration = item.duration();
    row.setDurationSeconds(duration == null ? null : Math.toIntExact(duration.toSeconds()));
    writeRelease(row, item.release());
    row.setCreatedAt(item.createdAt());
    row.setVersion(item.version());
    List<MaterialVariantRecord> variants = new ArrayList<>();
    for (MaterialVariant v : item.variants()) {
      MaterialVariantRecord vr = dsl.newRecord(MATERIAL_VARIANT);
      vr.setItemId(item.id().value());
      vr.setLanguage(v.language().name());
      vr.setTitle(v.title());
      vr.setBody(v.body());
      vr.setUrl(text(v.url()));
      vr.setCaptionsUrl(text(v.captions()));
      vr.setTranscript(v.transcript());
      variants.add(vr);
    }
    try {
      dsl.insertInto(MATERIAL_ITEM).set(row).execute();
      dsl.batchInsert(variants).execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "material item " + item.id() + " already exists");
    }
  }

  @Override
  public Optional<MaterialItem> byId(MaterialItemId id) {
    return read(MATERIAL_ITEM.ID.eq(id.value())).stream().findFirst();
  }

  @Override
  public List<MaterialItem> ofCourse(CourseId course, CourseTemplateId template) {
    return read(
        MATERIAL_ITEM
            .COURSE_ID
            .eq(course.value())
            .or(MATERIAL_ITEM.TEMPLATE_ID.eq(template.value())));
  }

  /** The items matching a condition with their variants, in two queries, in attached order. */
  private List<MaterialItem> read(Condition condition) {
    Map<UUID, MaterialItemRecord> rows = new LinkedHashMap<>();
    for (MaterialItemRecord r :
        dsl.selectFrom(MATERIAL_ITEM)
            .where(condition)
            .orderBy(MATERIAL_ITEM.ATTACHED_SEQ)
            .fetch()) {
      rows.put(r.getId(), r);
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<MaterialVariant>> variants = new LinkedHashMap<>();
    for (MaterialVariantRecord v :
        dsl.selectFrom(MATERIAL_VARIANT)
            .where(MATERIAL_VARIANT.ITEM_ID.in(rows.keySet()))
            .orderBy(MATERIAL_VARIANT.ITEM_ID, MATERIAL_VARIANT.LANGUAGE)
            .fetch()) {
      variants
          .computeIfAbsent(v.getItemId(), k -> new ArrayList<>())
          .add(
              new MaterialVariant(
                  Language.valueOf(v.getLanguage()),
                  v.getTitle(),
                  v.getBody(),
                  uri(v.getUrl()),
                  uri(v.getCaptionsUrl()),
                  v.getTranscript()));
    }
    List<MaterialItem> items = new ArrayList<>();
    for (MaterialItemRecord r : rows.values()) {
      UUID course = r.getCourseId();
      UUID template = r.getTemplateId();
      Integer seconds = r.getDurationSeconds();
      items.add(
          new MaterialItem(
              new MaterialItemId(r.getId()),
              course != null
                  ? MaterialAttachment.course(new CourseId(course))
                  : MaterialAttachment.template(new CourseTemplateId(template)),
              MaterialKind.valueOf(r.getKind()),
              seconds == null ? null : Duration.ofSeconds(seconds),
              variants.getOrDefault(r.getId(), List.of()),
              readRelease(r),
              r.getCreatedAt(),
              r.getVersion()));
    }
    return List.copyOf(items);
  }

  private static void writeRelease(MaterialItemRecord row, ReleaseRule rule) {
    if (rule instanceof ReleaseRule.DaysBeforeAppointment d) {
      row.setReleaseKind(DAYS_BEFORE);
      row.setReleaseDays(d.days());
      row.setReleaseType(d.type().code());
    } else if (rule instanceof ReleaseRule.AfterAttended a) {
      row.setReleaseKind(AFTER_ATTENDED);
      row.setReleaseType(a.type().code());
    } else if (rule instanceof ReleaseRule.AtStart) {
      row.setReleaseKind(AT_START);
    } else {
      row.setReleaseKind(BY_HAND);
    }
  }

  private static ReleaseRule readRelease(MaterialItemRecord r) {
    return switch (r.getReleaseKind()) {
      case DAYS_BEFORE ->
          ReleaseRule.daysBefore(r.getReleaseDays(), AppointmentType.of(r.getReleaseType()));
      case AFTER_ATTENDED -> ReleaseRule.afterAttended(AppointmentType.of(r.getReleaseType()));
      case AT_START -> ReleaseRule.atStart();
      default -> ReleaseRule.byHand();
    };
  }

  private static @Nullable String text(@Nullable URI uri) {
    return uri == null ? null : uri.toString();
  }

  private static @Nullable URI uri(@Nullable String text) {
    return text == null ? null : URI.create(text);
  }
}
