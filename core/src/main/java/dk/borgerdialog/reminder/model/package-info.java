/**
 * Reminders: the unit's reminder policy, the citizen's contact preferences, reminders planned with
 * their appointment, and the attempts to deliver them.
 */
@NullMarked
package dk.borgerdialog.reminder.model;

import org.jspecify.annotations.NullMarked;
