package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.COURSE_TEMPLATE;

import dk.borgerdialog.organisation.model.MunicipalityId;
import dk.borgerdialog.persistence.internal.jooq.tables.records.CourseTemplateRecord;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.plan.model.CourseTemplate;
import dk.borgerdialog.plan.model.CourseTemplateId;
import dk.borgerdialog.plan.model.CourseTemplates;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jspecify.annotations.Nullable;

/** Course templates in jOOQ, read by id through a reference cache. */
public final class JooqCourseTemplates implements CourseTemplates {
  private final DSLContext dsl;
  private final ReferenceCache<CourseTemplateId, CourseTemplate> byId;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   * @param scope the transaction scope the cache consults
   */
  public JooqCourseTemplates(DSLContext dsl, TransactionScope scope) {
    this.dsl = dsl;
    this.byId = new ReferenceCache<>(scope, this::load);
  }

  @Override
  public void add(CourseTemplate template) {
    try {
      dsl.insertInto(COURSE_TEMPLATE)
          .set(COURSE_TEMPLATE.ID, template.id().value())
          .set(COURSE_TEMPLATE.MUNICIPALITY_ID, template.municipality().value())
          .set(COURSE_TEMPLATE.NAME, template.name())
          .set(COURSE_TEMPLATE.KIND, template.kind().name())
          .set(COURSE_TEMPLATE.DESCRIPTION, template.description())
          .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "course template " + template.id() + " already exists");
    }
    byId.written(template.id());
  }

  @Override
  public Optional<CourseTemplate> byId(CourseTemplateId id) {
    return byId.get(id);
  }

  @Override
  public List<CourseTemplate> of(MunicipalityId municipality) {
    return dsl.selectFrom(COURSE_TEMPLATE)
        .where(COURSE_TEMPLATE.MUNICIPALITY_ID.eq(municipality.value()))
        .orderBy(COURSE_TEMPLATE.NAME, COURSE_TEMPLATE.ID)
        .fetch(JooqCourseTemplates::toTemplate);
  }

  private @Nullable CourseTemplate load(CourseTemplateId id) {
    return dsl.selectFrom(COURSE_TEMPLATE)
        .where(COURSE_TEMPLATE.ID.eq(id.value()))
        .fetchOne(JooqCourseTemplates::toTemplate);
  }

  static CourseTemplate toTemplate(CourseTemplateRecord r) {
    return new CourseTemplate(
        new CourseTemplateId(r.getId()),
        new MunicipalityId(r.getMunicipalityId()),
        r.getName(),
        CourseKind.valueOf(r.getKind()),
        r.getDescription());
  }
}
