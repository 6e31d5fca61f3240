package dk.borgerdialog.reminder.application;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessTarget;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.citizen.model.Citizens;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.notification.model.InAppNotification;
import dk.borgerdialog.notification.model.InAppNotifications;
import dk.borgerdialog.organisation.model.Organisations;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.plan.model.Appointments;
import dk.borgerdialog.reminder.model.AllContactPreferences;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.DeliveryAttempt;
import dk.borgerdialog.reminder.model.DeliveryAttempts;
import dk.borgerdialog.reminder.model.RelativeReminderLog;
import dk.borgerdialog.reminder.model.RelativeReminders;
import dk.borgerdialog.reminder.model.Reminder;
import dk.borgerdialog.reminder.model.ReminderId;
import dk.borgerdialog.reminder.model.ReminderPolicies;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import dk.borgerdialog.reminder.model.Reminders;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The citizen's contact preferences and in-app notifications, the unit's reminder policy, and the
 * undelivered reminders staff follow up.
 */
public final class ManagingReminders {
  /** The most items one list returns. */
  public static final int MAX_LIST = 200;

  private final AllContactPreferences preferences;
  private final ReminderPolicies policies;
  private final Reminders reminders;
  private final DeliveryAttempts attempts;
  private final InAppNotifications inApp;
  private final Citizens citizens;
  private final Organisations organisations;
  private final AccessControl access;
  private final Transactions transactions;
  private final Clock clock;
  private final RelativeReminders relativeCopies;
  private final Appointments appointments;

  /**
   * Creates the use cases.
   *
   * @param preferences the contact preferences
   * @param policies the reminder policies
   * @param reminders the reminders
   * @param attempts the delivery log
   * @param inApp the in-app notifications
   * @param citizens the citizens
   * @param organisations the organisation
   * @param access the access control
   * @param transactions the transactions
   * @param clock the clock
   * @param relativeCopies the relatives' copies of reminders and their log
   */
  @Inject
  public ManagingReminders(
      AllContactPreferences preferences,
      ReminderPolicies policies,
      Reminders reminders,
      DeliveryAttempts attempts,
      InAppNotifications inApp,
      Citizens citizens,
      Organisations organisations,
      AccessControl access,
      Transactions transactions,
      Clock clock,
      RelativeReminders relativeCopies,
      Appointments appointments) {
    this.appointments = appointments;
    this.preferences = preferences;
    this.policies = policies;
    this.reminders = reminders;
    this.attempts = attempts;
    this.inApp = inApp;
    this.citizens = citizens;
    this.organisations = organisations;
    this.access = access;
    this.transactions = transactions;
    this.clock = clock;
    this.relativeCopies = relativeCopies;
  }

  /**
   * A citizen's contact preferences, or the defaults (in-app, quiet 21:00–08:00).
   *
   * @param actor the citizen or the system
   * @param citizen the citizen
   * @return the preferences
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   * @throws NoSuchEntityException if there is no such citizen (the system only)
   */
  public ContactPreferences contactPreferences(Actor actor, CitizenId citizen) {
    Check.notNull("citizen", citizen);
    AccessControl.Grant grant =
        access.authorize(
            actor,
            Operation.MANAGE_CONTACT_PREFERENCES,
            new AccessTarget(citizen, java.util.Set.of()),
            citizen.value());
    citizens.byId(citizen).orElseThrow(() -> new NoSuchEntityException("citizen", citizen));
    return transactions.inTransaction(
        () -> {
          grant.record();
          return preferences.of(citizen).orElseGet(() -> ContactPreferences.defaults(citizen));
        });
  }

  /**
   * Saves a citizen's contact preferences. Reminders already planned keep their times; new ones
   * follow the new quiet hours, and every reminder goes out on the channels saved here.
   *
   * @param actor the citizen or the system
   * @param changed the preferences, with the version that was read (0 for the defaults)
   * @return the saved preferences
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   * @throws dk.borgerdialog.common.ConflictException if they changed since they were read
   */
  public ContactPreferences saveContactPreferences(Actor actor, ContactPreferences changed) {
    Check.notNull("preferences", changed);
    AccessControl.Grant grant =
        access.authorize(
            actor,
            Operation.MANAGE_CONTACT_PREFERENCES,
            new AccessTarget(changed.citizen(), java.util.Set.of()),
            changed.citizen().value());
    citizens
        .byId(changed.citizen())
        .orElseThrow(() -> new NoSuchEntityException("citizen", changed.citizen()));
    return transactions.inTransaction(
        () -> {
          ContactPreferences saved = preferences.save(changed);
          grant.record();
          return saved;
        });
  }

  /**
   * A unit's reminder policy, or {@link ReminderPolicy#DEFAULT}.
   *
   * @param actor staff of the unit, or the system
   * @param unit the unit
   * @return the policy
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit or the system
   */
  public ReminderPolicy reminderPolicy(Actor actor, UnitId unit) {
    Check.notNull("unit", unit);
    access.authorize(actor, Operation.MANAGE_REMINDER_POLICY, AccessTarget.unit(unit), null);
    return policies.of(unit).orElse(ReminderPolicy.DEFAULT);
  }

  /**
   * Sets a unit's reminder policy, for appointments booked or moved from now on.
   *
   * @param actor staff of the unit, or the system
   * @param unit the unit
   * @param policy the policy
   * @throws NoSuchEntityException if there is no such unit
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit or the system
   */
  public void setReminderPolicy(Actor actor, UnitId unit, ReminderPolicy policy) {
    Check.notNull("unit", unit);
    Check.notNull("policy", policy);
    AccessControl.Grant grant =
        access.authorize(actor, Operation.MANAGE_REMINDER_POLICY, AccessTarget.unit(unit), null);
    organisations.unit(unit).orElseThrow(() -> new NoSuchEntityException("unit", unit));
    transactions.inTransaction(
        () -> {
          policies.set(unit, policy);
          grant.record();
          return null;
        });
  }

  /**
   * The citizen's in-app notifications, newest first.
   *
   * @param actor the citizen or the system
   * @param citizen the citizen
   * @param limit the most to return, 1 to {@value #MAX_LIST}
   * @return the notifications
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  public List<InAppNotification> notifications(Actor actor, CitizenId citizen, int limit) {
    Check.notNull("citizen", citizen);
    Check.that(limit >= 1 && limit <= MAX_LIST, "limit", "must be 1 to " + MAX_LIST);
    AccessControl.Grant grant = readNotifications(actor, citizen);
    return transactions.inTransaction(
        () -> {
          grant.record();
          return inApp.of(citizen, limit);
        });
  }

  /**
   * How many in-app notifications the citizen has not read: cheap enough for every page.
   *
   * @param actor the citizen or the system
   * @param citizen the citizen
   * @return the count
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  public int unreadNotifications(Actor actor, CitizenId citizen) {
    Check.notNull("citizen", citizen);
    readNotifications(actor, citizen);
    return inApp.unread(citizen);
  }

  /**
   * Marks an in-app notification read.
   *
   * @param actor the citizen or the system
   * @param citizen the citizen
   * @param notification the notification
   * @return true if it was unread
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  public boolean markNotificationRead(Actor actor, CitizenId citizen, UUID notification) {
    Check.notNull("citizen", citizen);
    Check.notNull("notification", notification);
    AccessControl.Grant grant = readNotifications(actor, citizen);
    return transactions.inTransaction(
        () -> {
          grant.record();
          return inApp.markRead(citizen, notification, clock.instant());
        });
  }

  /**
   * A unit's undelivered reminders of the last 14 days and ahead, newest first, for staff to follow
   * up by phone.
   *
   * @param actor staff of the unit, or the system
   * @param unit the unit
   * @param limit the most to return, 1 to {@value #MAX_LIST}
   * @return the reminders
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit or the system
   */
  public List<Reminder> undelivered(Actor actor, UnitId unit, int limit) {
    Check.notNull("unit", unit);
    Check.that(limit >= 1 && limit <= MAX_LIST, "limit", "must be 1 to " + MAX_LIST);
    AccessControl.Grant grant =
        access.authorize(actor, Operation.VIEW_DELIVERY_LOG, AccessTarget.unit(unit), null);
    return transactions.inTransaction(
        () -> {
          List<Reminder> undelivered =
              reminders.undelivered(unit, clock.instant().minus(Duration.ofDays(14)), limit);
          grant.recordReadOf(undelivered.stream().map(Reminder::citizen).toList());
          return undelivered;
        });
  }

  /**
   * The reminders of an appointment in every status, earliest first: what is planned, sent,
   * withdrawn or undelivered, so that staff can open each one's delivery log.
   *
   * @param actor staff of the appointment's unit, or the system
   * @param appointment the appointment
   * @return the reminders; empty if none was planned
   * @throws NoSuchEntityException if there is no such appointment
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit or the system
   */
  public List<Reminder> remindersOf(Actor actor, AppointmentId appointment) {
    Check.notNull("appointment", appointment);
    Appointment found =
        appointments
            .byId(appointment)
            .orElseThrow(() -> new NoSuchEntityException("appointment", appointment));
    AccessControl.Grant grant =
        access.authorize(
            actor,
            Operation.VIEW_DELIVERY_LOG,
            AccessTarget.of(found.citizen(), found.unit()),
            appointment.value());
    return transactions.inTransaction(
        () -> {
          grant.record();
          return reminders.of(appointment);
        });
  }

  /**
   * The delivery log of a reminder: every attempt, oldest first.
   *
   * @param actor staff of the reminder's unit, or the system
   * @param reminder the reminder
   * @return the attempts
   * @throws NoSuchEntityException if there is no such reminder
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit or the system
   */
  public List<DeliveryAttempt> deliveryLog(Actor actor, ReminderId reminder) {
    return readLog(actor, reminder, () -> attempts.of(reminder));
  }

  /**
   * The relatives' copies of a reminder, each with every attempt to deliver it, oldest first.
   *
   * @param actor who asks
   * @param reminder the reminder
   * @return the copies with their attempts; empty if no relative was to receive it
   * @throws NoSuchEntityException if there is no such reminder
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit or the system
   */
  public List<RelativeReminderLog> relativeDeliveryLog(Actor actor, ReminderId reminder) {
    return readLog(actor, reminder, () -> relativeCopies.logOf(reminder));
  }

  /**
   * Reads a log of a reminder: staff of its unit or the system may, and the read is audited in the
   * same transaction.
   */
  private <T> T readLog(Actor actor, ReminderId reminder, java.util.function.Supplier<T> read) {
    Check.notNull("reminder", reminder);
    Reminder found =
        reminders.byId(reminder).orElseThrow(() -> new NoSuchEntityException("reminder", reminder));
    AccessControl.Grant grant =
        access.authorize(
            actor,
            Operation.VIEW_DELIVERY_LOG,
            AccessTarget.of(found.citizen(), found.unit()),
            reminder.value());
    return transactions.inTransaction(
        () -> {
          grant.record();
          return read.get();
        });
  }

  private AccessControl.Grant readNotifications(Actor actor, CitizenId citizen) {
    return access.authorize(
        actor,
        Operation.READ_NOTIFICATIONS,
        new AccessTarget(citizen, java.util.Set.of()),
        citizen.value());
  }
}
