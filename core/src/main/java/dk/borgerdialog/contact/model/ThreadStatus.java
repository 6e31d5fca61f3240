package dk.borgerdialog.contact.model;

/** Where a thread stands, from the staff side's point of view. */
public enum ThreadStatus {
  /** The citizen wrote last: staff should answer. */
  OPEN,
  /** Staff wrote last: the citizen may answer. */
  WAITING_FOR_CITIZEN,
  /** Closed by staff; a new message from the citizen opens it again. */
  CLOSED
}
