package dk.borgerdialog.reminder.model;

/** The status of a reminder. */
public enum ReminderStatus {
  /** Planned, waiting for its due time. */
  PENDING,
  /** Delivered on one of the citizen's channels. */
  SENT,
  /** Withdrawn because its appointment was cancelled or moved. */
  WITHDRAWN,
  /** Every channel failed, or time ran out before the appointment: staff can see it. */
  UNDELIVERED
}
