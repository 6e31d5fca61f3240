package dk.borgerdialog.material.model;

import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.plan.model.AppointmentType;
import java.time.Instant;

/**
 * An appointment of a course as the release rules see it: its type, start and status, without
 * anything personal.
 *
 * @param type the appointment's type
 * @param start its start
 * @param status its status
 * @param changedAt when its status last changed, such as when it was marked attended
 */
public record Milestone(
    AppointmentType type, Instant start, AppointmentStatus status, Instant changedAt) {
  /** Validates the milestone. */
  public Milestone {
    Check.notNull("type", type);
    Check.notNull("start", start);
    Check.notNull("status", status);
    Check.notNull("changedAt", changedAt);
  }

  /** Whether the appointment still takes place or took place: not cancelled and not moved. */
  boolean stands() {
    return status == AppointmentStatus.BOOKED
        || status == AppointmentStatus.ATTENDED
        || status == AppointmentStatus.NO_SHOW;
  }
}
