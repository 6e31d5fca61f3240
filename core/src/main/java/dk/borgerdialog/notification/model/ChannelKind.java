package dk.borgerdialog.notification.model;

/** The kinds of channel a notification can go out on. */
public enum ChannelKind {
  /** Shown in the citizen's overview in the app; the address is the citizen's id. */
  IN_APP,
  /** E-mail; the address is an e-mail address. */
  EMAIL,
  /** SMS; the address is a phone number in E.164 form, such as {@code +4512345678}. */
  SMS,
  /** An HTTP call to the host; the address is an https URL. */
  WEBHOOK
}
