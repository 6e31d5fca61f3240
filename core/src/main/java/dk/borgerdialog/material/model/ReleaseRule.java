package dk.borgerdialog.material.model;

import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.Course;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When an item of information material is released to the citizen along their course.
 *
 * <p>A rule gives the instant from which the item is released, if the course has reached a point
 * that decides it. The caller compares that instant with its clock: release is evaluated whenever
 * the material is read, so no job has to run for an item to appear. Staff may in addition release
 * any item by hand, earlier than its rule would.
 */
public sealed interface ReleaseRule {

  /** The most days before an appointment a rule may release an item. */
  int MAX_DAYS_BEFORE = 365;

  /**
   * Released when the course is opened.
   *
   * @return the rule
   */
  static ReleaseRule atStart() {
    return new AtStart();
  }

  /**
   * Released a number of calendar days, counted in the citizen's zone, before the first appointment
   * of a type that stands (booked, attended or no-show): from midnight of that day.
   *
   * @param days 0 (the day of the appointment) to {@value #MAX_DAYS_BEFORE}
   * @param type the appointment type
   * @return the rule
   */
  static ReleaseRule daysBefore(int days, AppointmentType type) {
    return new DaysBeforeAppointment(days, type);
  }

  /**
   * Released when the first appointment of a type is marked attended.
   *
   * @param type the appointment type
   * @return the rule
   */
  static ReleaseRule afterAttended(AppointmentType type) {
    return new AfterAttended(type);
  }

  /**
   * Released only when staff release it by hand.
   *
   * @return the rule
   */
  static ReleaseRule byHand() {
    return new ByHand();
  }

  /**
   * The instant from which this rule releases the item in a course, if the course decides one yet.
   *
   * @param course the course
   * @param milestones the course's appointments
   * @param zone the citizen's zone, in which calendar days are counted
   * @return the instant, possibly in the future; empty if nothing in the course decides it yet
   */
  Optional<Instant> releasedAt(Course course, List<Milestone> milestones, ZoneId zone);

  /** Released when the course is opened. */
  record AtStart() implements ReleaseRule {
    @Override
    public Optional<Instant> releasedAt(Course course, List<Milestone> milestones, ZoneId zone) {
      return Optional.of(course.openedAt());
    }
  }

  /**
   * Released from midnight, in the citizen's zone, a number of calendar days before the first
   * standing appointment of a type.
   *
   * @param days 0 to {@value #MAX_DAYS_BEFORE}
   * @param type the appointment type
   */
  record DaysBeforeAppointment(int days, AppointmentType type) implements ReleaseRule {
    /** Validates the rule. */
    public DaysBeforeAppointment {
      Check.that(
          days >= 0 && days <= MAX_DAYS_BEFORE,
          "release.days",
          "must be between 0 and " + MAX_DAYS_BEFORE);
      Check.notNull("release.type", type);
    }

    @Override
    public Optional<Instant> releasedAt(Course course, List<Milestone> milestones, ZoneId zone) {
      return milestones.stream()
          .filter(m -> m.type().equals(type) && m.stands())
          .map(Milestone::start)
          .min(Comparator.naturalOrder())
          .map(
              start ->
                  start.atZone(zone).toLocalDate().minusDays(days).atStartOfDay(zone).toInstant());
    }
  }

  /**
   * Released when the first appointment of a type is marked attended.
   *
   * @param type the appointment type
   */
  record AfterAttended(AppointmentType type) implements ReleaseRule {
    /** Validates the rule. */
    public AfterAttended {
      Check.notNull("release.type", type);
    }

    @Override
    public Optional<Instant> releasedAt(Course course, List<Milestone> milestones, ZoneId zone) {
      return milestones.stream()
          .filter(m -> m.type().equals(type) && m.status() == AppointmentStatus.ATTENDED)
          .map(Milestone::changedAt)
          .min(Comparator.naturalOrder());
    }
  }

  /** Released only by hand. */
  record ByHand() implements ReleaseRule {
    @Override
    public Optional<Instant> releasedAt(Course course, List<Milestone> milestones, ZoneId zone) {
      return Optional.empty();
    }
  }
}
