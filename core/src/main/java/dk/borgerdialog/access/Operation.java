package dk.borgerdialog.access;

/**
 * Every operation the SDK offers on personal or organisational data, the columns of the access
 * policy. A new operation without a rule in {@link AccessPolicy#standard()} fails the build's
 * tests.
 */
public enum Operation {
  /** Read a citizen's overview: courses, plan items, preferences, upcoming appointments. */
  VIEW_OVERVIEW,
  /** Read the free slots a citizen may move an appointment into. */
  VIEW_FREE_SLOTS,
  /** Book an appointment in a course. */
  BOOK_APPOINTMENT,
  /** Move an appointment to another time. */
  MOVE_APPOINTMENT,
  /** Cancel an appointment. */
  CANCEL_APPOINTMENT,
  /** Mark an appointment attended or no-show. */
  RECORD_ATTENDANCE,
  /** Write or revise a goal, task or the way forward. */
  WRITE_PLAN_ITEM,
  /** State a preference (self-determination). */
  STATE_PREFERENCE,
  /** Publish or withdraw free slots of a unit. */
  MANAGE_FREE_SLOTS,
  /** Open, pause, resume or close a course. */
  MANAGE_COURSE,
  /** Set up the organisation, staff, citizens and course templates. */
  ADMINISTER
}
