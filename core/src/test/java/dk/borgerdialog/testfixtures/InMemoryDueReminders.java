package dk.borgerdialog.testfixtures;

import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.reminder.model.DueReminders;
import dk.borgerdialog.reminder.model.Reminder;
import dk.borgerdialog.reminder.model.ReminderId;
import java.util.Optional;

/** The dispatcher's one read, assembled from the other in-memory fakes. */
public final class InMemoryDueReminders implements DueReminders {
  private final InMemoryReminders reminders;
  private final InMemoryDeliveryAttempts attempts;
  private final InMemoryAppointments appointments;
  private final InMemoryCitizens citizens;
  private final InMemoryContactPreferences preferences;
  private final InMemoryRelativeGrants grants;

  /**
   * Creates the read over the fakes it reads.
   *
   * @param reminders the reminders
   * @param attempts the delivery log
   * @param appointments the appointments
   * @param citizens the citizens
   * @param preferences the contact preferences
   * @param grants the relatives' grants
   */
  public InMemoryDueReminders(
      InMemoryReminders reminders,
      InMemoryDeliveryAttempts attempts,
      InMemoryAppointments appointments,
      InMemoryCitizens citizens,
      InMemoryContactPreferences preferences,
      InMemoryRelativeGrants grants) {
    this.reminders = reminders;
    this.attempts = attempts;
    this.appointments = appointments;
    this.citizens = citizens;
    this.preferences = preferences;
    this.grants = grants;
  }

  @Override
  public Optional<Due> of(ReminderId id) {
    return reminders.byId(id).map(this::due);
  }

  private Due due(Reminder reminder) {
    return new Due(
        reminder,
        attempts.of(reminder.id()),
        appointments.byId(reminder.appointment()).map(Appointment::status).orElse(null),
        citizens.byId(reminder.citizen()).orElse(null),
        preferences.of(reminder.citizen()).orElse(null),
        grants.ofCitizen(reminder.citizen()).stream().anyMatch(g -> g.revokedAt() == null));
  }
}
