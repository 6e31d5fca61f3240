package dk.borgerdialog.access;

/** The kinds of actor, the rows of the access policy. */
public enum ActorKind {
  /** The citizen the data is about. */
  CITIZEN,
  /** A staff member of the municipality. */
  STAFF,
  /** The host system itself, for set-up and background work. */
  SYSTEM
}
