/** The use cases of calendars: .ics of one appointment or occurrence, and the citizen's feed. */
@NullMarked
package dk.borgerdialog.calendar.application;

import org.jspecify.annotations.NullMarked;
