package dk.borgerdialog.plan.model;

/** The status of an appointment. */
public enum AppointmentStatus {
  /** Booked and still to come. */
  BOOKED,
  /** Cancelled, with a reason. */
  CANCELLED,
  /** Moved: replaced by another appointment, see {@link Appointment#replacedBy()}. */
  MOVED,
  /** The citizen came. */
  ATTENDED,
  /** The citizen did not come (udeblivelse). */
  NO_SHOW
}
