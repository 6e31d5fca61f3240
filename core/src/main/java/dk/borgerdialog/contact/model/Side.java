package dk.borgerdialog.contact.model;

/** The two parties of a thread. */
public enum Side {
  /** The citizen (or, later, a relative acting for the citizen). */
  CITIZEN,
  /** The staff member or unit inbox the thread is addressed to. */
  STAFF
}
