package dk.borgerdialog.plan.model;

/** What a citizen's preference is about (self-determination). */
public enum PreferenceKind {
  /** Preferred times of day for appointments, such as "mornings". */
  PREFERRED_TIME,
  /** What matters to me. */
  WHAT_MATTERS,
  /** Anything else the citizen wants staff to know. */
  OTHER
}
