package dk.borgerdialog.reminder.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Relatives' copies of reminders and the log of their attempts (a secondary port). */
public interface RelativeReminders {

  /**
   * Adds a pending copy unless one for the same reminder and relative exists.
   *
   * @param copy the copy, with version 0
   * @return whether it was added
   */
  boolean addOnce(RelativeReminder copy);

  /**
   * A copy.
   *
   * @param id the id
   * @return the copy, or empty
   */
  Optional<RelativeReminder> byId(UUID id);

  /**
   * Looks up a copy and locks it until the current transaction ends, so that a withdrawal ({@link
   * #withdrawPending}) waits for a send in flight, or a send for the withdrawal.
   *
   * @param id the id
   * @return the copy, or empty
   */
  Optional<RelativeReminder> lockById(UUID id);

  /**
   * The copies of a reminder, oldest first.
   *
   * @param reminder the reminder
   * @return the copies
   */
  List<RelativeReminder> ofReminder(ReminderId reminder);

  /**
   * The copies of a reminder, oldest first, each with its attempts, oldest first: what {@link
   * #ofReminder} and {@link #attempts} give for each copy, read in a number of statements that does
   * not grow with the copies.
   *
   * @param reminder the reminder
   * @return the copies with their attempts; empty if it has none
   */
  List<RelativeReminderLog> logOf(ReminderId reminder);

  /**
   * Updates a copy if its version is still the one read.
   *
   * @param copy the copy as read and changed
   * @return the copy as stored
   * @throws dk.borgerdialog.common.ConflictException if it changed since it was read
   */
  RelativeReminder update(RelativeReminder copy);

  /**
   * Withdraws the pending copies of reminders, in the caller's transaction (the cancel or move of
   * their appointment); copies already finished are left as they are.
   *
   * @param reminders the reminders
   * @param at when
   * @return how many were withdrawn
   */
  int withdrawPending(List<ReminderId> reminders, Instant at);

  /**
   * Records an attempt on a copy. The attempt's {@code reminder} is the citizen's reminder.
   *
   * @param copy the copy
   * @param attempt the attempt
   */
  void addAttempt(UUID copy, DeliveryAttempt attempt);

  /**
   * The attempts on a copy, oldest first.
   *
   * @param copy the copy
   * @return the attempts
   */
  List<DeliveryAttempt> attempts(UUID copy);
}
