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
  /** Read the information material released in a course, and open an item (counted as a view). */
  VIEW_MATERIAL,
  /** Mark an item of information material "understood". */
  MARK_MATERIAL_UNDERSTOOD,
  /** Attach information material to a course or a course template, and release it by hand. */
  MANAGE_MATERIAL,
  /** Read for a course which items were released, seen and understood. */
  VIEW_MATERIAL_PROGRESS,
  /** Register organisers of a unit, and create, change or cancel their activities. */
  MANAGE_ACTIVITIES,
  /** Search activities, and read one's suggestions and the activities matching one's interests. */
  SEARCH_ACTIVITIES,
  /** Sign up for an activity, or leave it. */
  SIGN_UP_FOR_ACTIVITY,
  /** Suggest an activity to a citizen ("suggested by your contact person"). */
  SUGGEST_ACTIVITY,
  /** State the interests a citizen wants activities for. */
  STATE_INTERESTS,
  /** Export an appointment or an activity as .ics, and issue or revoke a calendar feed. */
  EXPORT_CALENDAR,
  /** Read a citizen's calendar feed by its token (the host's feed endpoint). */
  READ_CALENDAR_FEED,
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
  MANAGE_AUTO_REPLY,
  /** Give a relative access with scopes (the citizen's own consent). */
  GRANT_ACCESS,
  /** Register a power of attorney (fuldmagt) or guardianship (værgemål) for a citizen. */
  REGISTER_PROXY,
  /** Revoke a grant: the citizen, or staff with a reason. */
  REVOKE_GRANT,
  /** Read the grants a citizen has given or that were registered for them. */
  VIEW_GRANTS,
  /** Read the grants a relative holds: the relative's own list. */
  VIEW_MY_GRANTS,
  /** Read or change a relative's own contact details, where their reminders go. */
  MANAGE_OWN_CONTACT,
  /** Read the citizen's access log: who has looked at or changed their data. */
  VIEW_ACCESS_LOG,
  /** Verify that the audit trail's hash chain is unbroken. */
  VERIFY_AUDIT_TRAIL,
  /** Export everything held about a citizen (GDPR Art. 15 and 20). */
  EXPORT_PERSONAL_DATA,
  /** Erase or anonymise a citizen's personal data (GDPR Art. 17). */
  ERASE_PERSONAL_DATA,
  /** Purge the data that is past its retention period (the system's scheduled purge). */
  PURGE_EXPIRED_DATA
}
