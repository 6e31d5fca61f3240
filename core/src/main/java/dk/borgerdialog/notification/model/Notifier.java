package dk.borgerdialog.notification.model;

/**
 * Tells citizens that something happened, through the channels they chose.
 *
 * <p>Use cases call {@link #notify} inside their own transaction, so that a notice exists exactly
 * when the change that caused it commits. The in-app notice is written at once; delivery on the
 * citizen's other channels (e-mail, SMS) follows their contact preferences and happens after
 * commit, at least once, with {@link Notice#idempotencyKey} as the key.
 */
public interface Notifier {

  /**
   * Notifies a citizen. A notice whose key was seen before for the citizen is dropped.
   *
   * @param notice the notice
   */
  void notify(Notice notice);
}
