package dk.borgerdialog.access;

/**
 * Every operation the SDK offers on personal or organisational data, the columns of the access
 * policy. A new operation without a rule in {@link AccessPolicy#standard()} fails the build's
 * tests.
 */
public enum Operation {
  /** Read a citizen's overview: courses, plan items, preferences, upcoming appointments. */
  VIEW_OVERVIEW,
  /** Read the free slots a citizen may move an appointment into. */
  VIEW_FREE_SLOTS,
  /** Book an appointment in a course. */
  BOOK_APPOINTMENT,
  /** Move an appointment to another time. */
  MOVE_APPOINTMENT,
  /** Cancel an appointment. */
  CANCEL_APPOINTMENT,
  /** Mark an appointment attended or no-show. */
  RECORD_ATTENDANCE,
  /** Write or revise a goal, task or the way forward. */
  WRITE_PLAN_ITEM,
  /** State a preference (self-determination). */
  STATE_PREFERENCE,
  /** Publish or withdraw free slots of a unit. */
  MANAGE_FREE_SLOTS,
  /** Open, pause, resume or close a course. */
  MANAGE_COURSE,
  /** Read or change a citizen's contact preferences: channels, addresses, quiet hours. */
  MANAGE_CONTACT_PREFERENCES,
  /** Set a unit's reminder policy. */
  MANAGE_REMINDER_POLICY,
  /** Read the citizen's in-app notifications and mark them read. */
  READ_NOTIFICATIONS,
  /** Read which reminders of a unit could not be delivered, and their delivery log. */
  VIEW_DELIVERY_LOG,
  /**
   * Read a unit's attendance figures and the appointments still to be marked attended or no-show.
   */
  VIEW_INSIGHTS,
  /** Set up the organisation, staff, citizens and course templates. */
  ADMINISTER,
  /** Read a citizen's care team ("my contacts"). */
  VIEW_CONTACTS,
  /** Add a member to a course's care team, end a membership, or replace a contact person. */
  MANAGE_CARE_TEAM,
  /** Read a message thread, its messages and attachments, or a list of threads. */
  READ_MESSAGES,
  /** Start a thread, write a message in it, or withdraw one's own message. */
  WRITE_MESSAGE,
  /** Assign a unit inbox thread to a staff member, or close a thread. */
  MANAGE_THREAD,
  /** Set or clear one's own auto-reply. */
  MANAGE_AUTO_REPLY
}
