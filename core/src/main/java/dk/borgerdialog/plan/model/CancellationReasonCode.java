package dk.borgerdialog.plan.model;

/** The coded reasons for a cancellation, for insights across units. */
public enum CancellationReasonCode {
  /** Ill. */
  ILLNESS,
  /** In hospital. */
  HOSPITALISED,
  /** Cannot get there. */
  TRANSPORT,
  /** Work or education. */
  WORK_OR_EDUCATION,
  /** Family matters. */
  FAMILY,
  /** No longer needed. */
  NO_LONGER_NEEDED,
  /** The unit cancelled (staff only). */
  UNIT_CANCELLED,
  /** Something else; a text is required. */
  OTHER
}
