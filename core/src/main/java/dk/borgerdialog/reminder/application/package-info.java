/** Planning reminders with their appointments, and delivering them when they are due. */
@NullMarked
package dk.borgerdialog.reminder.application;

import org.jspecify.annotations.NullMarked;
