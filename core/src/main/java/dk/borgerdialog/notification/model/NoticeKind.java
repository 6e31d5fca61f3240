package dk.borgerdialog.notification.model;

/**
 * What a {@link Notice} is about. The kind chooses the notice's neutral text; it never carries the
 * content itself (a message body, an activity's title), which stays behind the citizen's sign-in.
 */
public enum NoticeKind {
  /** A new message in one of the citizen's threads. */
  NEW_MESSAGE,
  /** A member of the citizen's care team changed, such as a new contact person. */
  CONTACT_CHANGED,
  /** The citizen moved from a waiting list to a seat. */
  WAITING_LIST_PROMOTED,
  /** Staff suggested an activity to the citizen. */
  ACTIVITY_SUGGESTED,
  /** Information material was released to the citizen. */
  MATERIAL_RELEASED
}
