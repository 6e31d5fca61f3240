package dk.borgerdialog.network.model;

/** Where a signup stands. */
public enum SignupStatus {
  /** The citizen has a seat. */
  SEATED,
  /** The activity was full: the citizen waits, in order of signup. */
  WAITLISTED,
  /** The citizen left, or was taken off the waiting list. */
  LEFT
}
