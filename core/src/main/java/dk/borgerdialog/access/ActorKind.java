package dk.borgerdialog.access;

/** The kinds of actor, the rows of the access policy. */
public enum ActorKind {
  /** The citizen the data is about. */
  CITIZEN,
  /** A staff member of the municipality. */
  STAFF,
  /** The host system itself, for set-up and background work. */
  SYSTEM,
  /** A relative or proxy acting for a citizen under a grant. */
  RELATIVE;

  /**
   * Whether the unit's rules for citizens bind this kind (deadlines, changes offered online): the
   * citizen, and a relative acting for the citizen.
   *
   * @return true for citizens and relatives
   */
  public boolean boundByCitizenRules() {
    return this == CITIZEN || this == RELATIVE;
  }
}
