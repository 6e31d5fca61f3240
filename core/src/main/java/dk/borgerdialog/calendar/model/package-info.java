/**
 * Calendars: RFC 5545 entries of appointments and activity occurrences, the writer port that turns
 * them into .ics, and the citizen's revocable feed tokens.
 */
@NullMarked
package dk.borgerdialog.calendar.model;

import org.jspecify.annotations.NullMarked;
