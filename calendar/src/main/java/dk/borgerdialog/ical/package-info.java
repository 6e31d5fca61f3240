/**
 * RFC 5545 with ical4j: {@link dk.borgerdialog.ical.Ical4jRecurrences} expands recurring activities
 * and {@link dk.borgerdialog.ical.Ical4jCalendarWriter} writes .ics documents with the time zones
 * they use.
 */
@NullMarked
package dk.borgerdialog.ical;

import org.jspecify.annotations.NullMarked;
