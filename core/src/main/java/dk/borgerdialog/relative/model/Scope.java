package dk.borgerdialog.relative.model;

/** What a grant lets a relative do for the citizen; the scope column of the access policy. */
public enum Scope {
  /** Read the citizen's plan: courses, plan items, appointments. */
  READ_PLAN,
  /** Cancel or move the citizen's appointments, within the unit's rules for citizens. */
  MANAGE_APPOINTMENTS,
  /** Read the citizen's message threads. */
  READ_MESSAGES,
  /** Write messages for the citizen. */
  WRITE_MESSAGES,
  /** Read the information material of the citizen's courses. */
  READ_MATERIAL,
  /** Receive the citizen's reminders on the relative's own channels. */
  RECEIVE_REMINDERS
}
