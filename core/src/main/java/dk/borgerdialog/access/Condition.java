package dk.borgerdialog.access;

/** The condition a rule of the access policy adds to the assurance level. */
public enum Condition {
  /** The data is the citizen's own. */
  OWN_DATA,
  /** The data belongs to a unit the staff member holds a role in. */
  OWN_UNIT,
  /** No further condition. */
  NONE,
  /**
   * The data belongs to a unit the staff member holds a role in, or is addressed to the staff
   * member ({@link AccessTarget#addressee()}).
   */
  OWN_UNIT_OR_ADDRESSED,
  /**
   * The actor is a relative acting for the citizen whose data it is, under a grant that is active
   * now and holds the rule's scope.
   */
  ACTIVE_GRANT
}
