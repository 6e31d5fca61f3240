package dk.borgerdialog.access;

/** The NSIS assurance level with which the host authenticated the actor (for example via MitID). */
public enum AssuranceLevel {
  /** NSIS low. */
  LOW,
  /** NSIS substantial: the usual level for personal data. */
  SUBSTANTIAL,
  /** NSIS high. */
  HIGH;

  /**
   * Whether this level meets a required minimum.
   *
   * @param minimum the required level
   * @return true if this level is the minimum or higher
   */
  public boolean meets(AssuranceLevel minimum) {
    return compareTo(minimum) >= 0;
  }
}
