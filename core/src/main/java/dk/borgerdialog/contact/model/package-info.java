/**
 * Mine kontakter: the care team of a course (who helps the citizen, in which role, how to reach
 * them), message threads between a citizen and a staff member or a unit inbox, their messages,
 * attachments, read state and unread counters, auto-replies, and response times.
 */
@NullMarked
package dk.borgerdialog.contact.model;

import org.jspecify.annotations.NullMarked;
