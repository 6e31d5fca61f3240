package dk.borgerdialog.internal;

import dk.borgerdialog.ReminderOperations;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.notification.model.InAppNotification;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.reminder.application.ManagingReminders;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.DeliveryAttempt;
import dk.borgerdialog.reminder.model.Reminder;
import dk.borgerdialog.reminder.model.ReminderId;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import java.util.List;
import java.util.UUID;

/** {@link ReminderOperations} bound to one actor. */
final class ActorReminderOperations implements ReminderOperations {
  private static final int NOTIFICATIONS = 50;
  private static final int UNDELIVERED = 100;

  private final Actor actor;
  private final ManagingReminders reminders;

  ActorReminderOperations(Actor actor, ManagingReminders reminders) {
    this.actor = actor;
    this.reminders = reminders;
  }

  @Override
  public ContactPreferences contactPreferences(CitizenId citizen) {
    return reminders.contactPreferences(actor, citizen);
  }

  @Override
  public ContactPreferences saveContactPreferences(ContactPreferences preferences) {
    return reminders.saveContactPreferences(actor, preferences);
  }

  @Override
  public ReminderPolicy reminderPolicy(UnitId unit) {
    return reminders.reminderPolicy(actor, unit);
  }

  @Override
  public void setReminderPolicy(UnitId unit, ReminderPolicy policy) {
    reminders.setReminderPolicy(actor, unit, policy);
  }

  @Override
  public List<InAppNotification> notifications(CitizenId citizen) {
    return reminders.notifications(actor, citizen, NOTIFICATIONS);
  }

  @Override
  public int unreadNotifications(CitizenId citizen) {
    return reminders.unreadNotifications(actor, citizen);
  }

  @Override
  public boolean markNotificationRead(CitizenId citizen, UUID notification) {
    return reminders.markNotificationRead(actor, citizen, notification);
  }

  @Override
  public List<Reminder> undelivered(UnitId unit) {
    return reminders.undelivered(actor, unit, UNDELIVERED);
  }

  @Override
  public List<Reminder> remindersOf(AppointmentId appointment) {
    return reminders.remindersOf(actor, appointment);
  }

  @Override
  public List<DeliveryAttempt> deliveryLog(ReminderId reminder) {
    return reminders.deliveryLog(actor, reminder);
  }

  @Override
  public List<dk.borgerdialog.reminder.model.RelativeReminderLog> relativeDeliveryLog(
      ReminderId reminder) {
    return reminders.relativeDeliveryLog(actor, reminder);
  }
}
