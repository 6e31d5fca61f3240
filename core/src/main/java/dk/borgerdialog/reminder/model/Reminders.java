package dk.borgerdialog.reminder.model;

import dk.borgerdialog.plan.model.AppointmentId;
import java.util.List;
import java.util.Optional;

/** Reminders (a secondary port). */
public interface Reminders {

  /**
   * Adds planned reminders.
   *
   * @param reminders the reminders, with version 0
   */
  void addAll(List<Reminder> reminders);

  /**
   * Updates a reminder if the stored version is {@code reminder.version()}.
   *
   * @param reminder the changed reminder
   * @return the reminder with its new version
   * @throws dk.borgerdialog.common.ConflictException if the stored version differs
   */
  Reminder update(Reminder reminder);

  /**
   * Looks up a reminder.
   *
   * @param id the id
   * @return the reminder, if any
   */
  Optional<Reminder> byId(ReminderId id);

  /**
   * Looks up a reminder and locks it until the current transaction ends: a withdrawal of it (a
   * cancel or move of its appointment) waits until then.
   *
   * @param id the id
   * @return the reminder, if any
   */
  Optional<Reminder> lockById(ReminderId id);

  /**
   * A unit's undelivered reminders whose appointment has not yet ended long ago, newest first, for
   * staff to follow up.
   *
   * @param unit the unit
   * @param since only reminders of appointments starting at or after this instant
   * @param limit the most to return
   * @return the reminders
   */
  List<Reminder> undelivered(
      dk.borgerdialog.organisation.model.UnitId unit, java.time.Instant since, int limit);

  /**
   * The reminders of an appointment, earliest first.
   *
   * @param appointment the appointment
   * @return the reminders, in every status
   */
  List<Reminder> of(AppointmentId appointment);
}
