package dk.borgerdialog.plan.model;

/** The state of a course. */
public enum CourseState {
  /** Running: appointments may be booked. */
  ACTIVE,
  /** Paused: nothing new is booked until it is resumed. */
  PAUSED,
  /** Closed for good. */
  CLOSED
}
