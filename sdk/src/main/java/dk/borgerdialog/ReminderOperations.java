package dk.borgerdialog;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.notification.model.InAppNotification;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.DeliveryAttempt;
import dk.borgerdialog.reminder.model.Reminder;
import dk.borgerdialog.reminder.model.ReminderId;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import java.util.List;
import java.util.UUID;

/**
 * Reminders and notifications, as one actor: the citizen's contact preferences and in-app
 * notifications, the unit's reminder policy, and the reminders staff must follow up.
 *
 * <p>Reminders themselves need no call: they are planned when an appointment is booked or moved,
 * withdrawn when it is cancelled or moved, and delivered when due.
 */
public interface ReminderOperations {

  /**
   * A citizen's contact preferences, or the defaults (in-app only, quiet 21:00–08:00).
   *
   * @param citizen the citizen
   * @return the preferences
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  ContactPreferences contactPreferences(CitizenId citizen);

  /**
   * Saves a citizen's contact preferences: channels in order, e-mail, mobile number, quiet hours,
   * opt-outs.
   *
   * @param preferences the preferences, with the version that was read
   * @return the saved preferences
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   * @throws dk.borgerdialog.common.ConflictException if they changed since they were read
   */
  ContactPreferences saveContactPreferences(ContactPreferences preferences);

  /**
   * A unit's reminder policy.
   *
   * @param unit the unit
   * @return the policy, or the default (24 h and 2 h before)
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit
   */
  ReminderPolicy reminderPolicy(UnitId unit);

  /**
   * Sets a unit's reminder policy for appointments booked or moved from now on.
   *
   * @param unit the unit
   * @param policy the policy
   * @throws dk.borgerdialog.common.NoSuchEntityException if there is no such unit
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit
   */
  void setReminderPolicy(UnitId unit, ReminderPolicy policy);

  /**
   * The citizen's in-app notifications, newest first, at most 50.
   *
   * @param citizen the citizen
   * @return the notifications
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  List<InAppNotification> notifications(CitizenId citizen);

  /**
   * How many in-app notifications the citizen has not read.
   *
   * @param citizen the citizen
   * @return the count
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  int unreadNotifications(CitizenId citizen);

  /**
   * Marks an in-app notification read.
   *
   * @param citizen the citizen
   * @param notification the notification
   * @return true if it was unread
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  boolean markNotificationRead(CitizenId citizen, UUID notification);

  /**
   * The unit's reminders that no channel could deliver, newest first, at most 100.
   *
   * @param unit the unit
   * @return the reminders
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit
   */
  List<Reminder> undelivered(UnitId unit);

  /**
   * The reminders of an appointment in every status, earliest first, with their ids for {@link
   * #deliveryLog}.
   *
   * @param appointment the appointment
   * @return the reminders; empty if none was planned
   * @throws dk.borgerdialog.common.NoSuchEntityException if there is no such appointment
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit
   */
  List<Reminder> remindersOf(AppointmentId appointment);

  /**
   * Every attempt to deliver a reminder, oldest first.
   *
   * @param reminder the reminder
   * @return the attempts
   * @throws dk.borgerdialog.common.NoSuchEntityException if there is no such reminder
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit
   */
  List<DeliveryAttempt> deliveryLog(ReminderId reminder);

  /**
   * The copies of a reminder sent to the citizen's relatives who receive their reminders, each with
   * every attempt to deliver it (channel, time, outcome, provider id, error and idempotency key).
   *
   * @param reminder the reminder
   * @return the copies, oldest first; empty if no relative was to receive it
   * @throws dk.borgerdialog.common.NoSuchEntityException if there is no such reminder
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit
   */
  List<dk.borgerdialog.reminder.model.RelativeReminderLog> relativeDeliveryLog(ReminderId reminder);
}
