package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.COURSE;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.persistence.internal.jooq.tables.records.CourseRecord;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.plan.model.CourseState;
import dk.borgerdialog.plan.model.CourseTemplateId;
import dk.borgerdialog.plan.model.Courses;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** Courses in jOOQ. */
public final class JooqCourses implements Courses {
  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqCourses(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void add(Course course) {
    CourseRecord row = dsl.newRecord(COURSE);
    row.setId(course.id().value());
    row.setVersion(course.version());
    write(row, course);
    try {
      dsl.insertInto(COURSE).set(row).execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "course " + course.id() + " already exists");
    }
  }

  @Override
  public Course update(Course course) {
    CourseRecord row = dsl.newRecord(COURSE);
    write(row, course);
    row.setVersion(course.version() + 1);
    int rows;
    try {
      rows =
          dsl.update(COURSE)
              .set(row)
              .where(COURSE.ID.eq(course.id().value()))
              .and(COURSE.VERSION.eq(course.version()))
              .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "course " + course.id() + " was changed concurrently");
    }
    Versions.requireUpdated(dsl, rows, COURSE, COURSE.ID, course.id().value(), "course");
    return new Course(
        course.id(),
        course.citizen(),
        course.unit(),
        course.template(),
        course.state(),
        course.openedAt(),
        course.closedAt(),
        course.version() + 1);
  }

  @Override
  public Optional<Course> byId(CourseId id) {
    return dsl.selectFrom(COURSE)
        .where(COURSE.ID.eq(id.value()))
        .fetchOptional(JooqCourses::toCourse);
  }

  @Override
  public Optional<Course> lockById(CourseId id) {
    try {
      return dsl.selectFrom(COURSE)
          .where(COURSE.ID.eq(id.value()))
          .forUpdate()
          .fetchOptional(JooqCourses::toCourse);
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "course " + id + " is being changed; try again");
    }
  }

  @Override
  public java.util.Map<CourseId, Course> byIds(java.util.Collection<CourseId> ids) {
    if (ids.isEmpty()) {
      return java.util.Map.of();
    }
    return dsl
        .selectFrom(COURSE)
        .where(COURSE.ID.in(ids.stream().map(CourseId::value).toList()))
        .fetch(JooqCourses::toCourse)
        .stream()
        .collect(java.util.stream.Collectors.toMap(Course::id, c -> c));
  }

  /**
   * {@inheritDoc}
   *
   * <p>One statement that locks the rows ordered by id, so that they are locked in that order.
   */
  @Override
  public java.util.Map<CourseId, Course> lockAllById(java.util.Collection<CourseId> ids) {
    if (ids.isEmpty()) {
      return java.util.Map.of();
    }
    try {
      java.util.Map<CourseId, Course> locked = new java.util.LinkedHashMap<>();
      dsl.selectFrom(COURSE)
          .where(COURSE.ID.in(ids.stream().map(CourseId::value).distinct().toList()))
          .orderBy(COURSE.ID)
          .forUpdate()
          .fetch(JooqCourses::toCourse)
          .forEach(c -> locked.put(c.id(), c));
      return locked;
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "a course is being changed; try again");
    }
  }

  @Override
  public List<Course> of(CitizenId citizen) {
    return dsl.selectFrom(COURSE)
        .where(COURSE.CITIZEN_ID.eq(citizen.value()))
        .orderBy(COURSE.OPENED_AT, COURSE.ID)
        .fetch(JooqCourses::toCourse);
  }

  private static void write(CourseRecord row, Course course) {
    row.setCitizenId(course.citizen().value());
    row.setUnitId(course.unit().value());
    row.setTemplateId(course.template().value());
    row.setState(course.state().name());
    row.setOpenedAt(course.openedAt());
    row.setClosedAt(course.closedAt());
  }

  static Course toCourse(CourseRecord r) {
    return new Course(
        new CourseId(r.getId()),
        new CitizenId(r.getCitizenId()),
        new UnitId(r.getUnitId()),
        new CourseTemplateId(r.getTemplateId()),
        CourseState.valueOf(r.getState()),
        r.getOpenedAt(),
        r.getClosedAt(),
        r.getVersion());
  }
}
