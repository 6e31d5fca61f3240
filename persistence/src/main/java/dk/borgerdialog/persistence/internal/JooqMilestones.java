package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.APPOINTMENT;

import dk.borgerdialog.material.model.Milestone;
import dk.borgerdialog.material.model.Milestones;
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.CourseId;
import java.util.List;
import org.jooq.DSLContext;

/** A course's appointments as the release rules of information material see them, in jOOQ. */
public final class JooqMilestones implements Milestones {
  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqMilestones(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public List<Milestone> of(CourseId course) {
    return dsl.select(
            APPOINTMENT.APPOINTMENT_TYPE,
            APPOINTMENT.STARTS_AT,
            APPOINTMENT.STATUS,
            APPOINTMENT.CHANGED_AT)
        .from(APPOINTMENT)
        .where(APPOINTMENT.COURSE_ID.eq(course.value()))
        .orderBy(APPOINTMENT.STARTS_AT, APPOINTMENT.ID)
        .fetch(
            r ->
                new Milestone(
                    AppointmentType.of(r.value1()),
                    r.value2(),
                    AppointmentStatus.valueOf(r.value3()),
                    r.value4()));
  }
}
