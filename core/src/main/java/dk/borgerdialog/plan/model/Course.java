package dk.borgerdialog.plan.model;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.Decision;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.organisation.model.UnitId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A citizen's course (forløb) in a unit, created from a course template.
 *
 * @param id the id
 * @param citizen the citizen
 * @param unit the unit that runs it
 * @param template the template it was created from
 * @param state the state
 * @param openedAt when it was opened
 * @param closedAt when it was closed, or null
 * @param version the optimistic version
 */
public record Course(
    CourseId id,
    CitizenId citizen,
    UnitId unit,
    CourseTemplateId template,
    CourseState state,
    Instant openedAt,
    @Nullable Instant closedAt,
    long version) {

  /** Validates the course. */
  public Course {
    Check.notNull("id", id);
    Check.notNull("citizen", citizen);
    Check.notNull("unit", unit);
    Check.notNull("template", template);
    Check.notNull("state", state);
    Check.notNull("openedAt", openedAt);
    Check.that(
        (state == CourseState.CLOSED) == (closedAt != null),
        "closedAt",
        "must be set exactly when the course is closed");
  }

  /**
   * Opens a new, active course.
   *
   * @param citizen the citizen
   * @param unit the unit
   * @param template the template
   * @param now the current instant
   * @return the course
   */
  public static Course open(
      CitizenId citizen, UnitId unit, CourseTemplateId template, Instant now) {
    return new Course(CourseId.random(), citizen, unit, template, CourseState.ACTIVE, now, null, 0);
  }

  /**
   * Pauses an active course.
   *
   * @return the paused course, or a refusal if it is not active
   */
  public Decision<Course> pause() {
    if (state != CourseState.ACTIVE) {
      return Decision.refuse("course.not-active", "Only an active course can be paused.");
    }
    return Decision.accept(withState(CourseState.PAUSED, null));
  }

  /**
   * Resumes a paused course.
   *
   * @return the active course, or a refusal if it is not paused
   */
  public Decision<Course> resume() {
    if (state != CourseState.PAUSED) {
      return Decision.refuse("course.not-paused", "Only a paused course can be resumed.");
    }
    return Decision.accept(withState(CourseState.ACTIVE, null));
  }

  /**
   * Closes the course.
   *
   * @param now the current instant
   * @return the closed course, or a refusal if it is already closed
   */
  public Decision<Course> close(Instant now) {
    if (state == CourseState.CLOSED) {
      return Decision.refuse("course.closed", "The course is already closed.");
    }
    return Decision.accept(withState(CourseState.CLOSED, now));
  }

  /**
   * Whether plan items and preferences may be written: in an active or paused course, not in a
   * closed one.
   *
   * @return this course, or a refusal if it is closed
   */
  public Decision<Course> acceptsWriting() {
    return state == CourseState.CLOSED
        ? Decision.refuse("course.closed", "The course is closed.")
        : Decision.accept(this);
  }

  /**
   * Whether appointments may be booked. Plan items and preferences may be added until the course is
   * closed.
   *
   * @return true if the course is active
   */
  public boolean isActive() {
    return state == CourseState.ACTIVE;
  }

  private Course withState(CourseState newState, @Nullable Instant closed) {
    return new Course(id, citizen, unit, template, newState, openedAt, closed, version);
  }
}
