package dk.borgerdialog;

import dk.borgerdialog.contact.model.Cursor;
import dk.borgerdialog.contact.model.MessageThread;
import dk.borgerdialog.contact.model.Page;
import dk.borgerdialog.contact.model.ResponseTimes;
import dk.borgerdialog.contact.model.ThreadId;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.UnitId;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A unit inbox, as a staff member of the unit (or the system): open threads with their assignment,
 * status and the age of the oldest unanswered message, the inbox's unread count, and the unit's
 * response times. Citizens are always refused.
 */
public interface InboxOperations {

  /**
   * A page of the inbox's threads that are not closed, newest first.
   *
   * @param unit the unit
   * @param after the cursor of the page before, or null
   * @param limit the page size
   * @return the page
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit
   */
  Page<MessageThread> inbox(UnitId unit, @Nullable Cursor after, int limit);

  /**
   * The messages no one of the unit has read in its inbox. Sums counters: cheap enough for every
   * page.
   *
   * @param unit the unit
   * @return the count
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit
   */
  int unread(UnitId unit);

  /**
   * Assigns an inbox thread to a staff member of the unit, or takes the assignment away.
   *
   * @param thread the thread
   * @param assignee the staff member, or null
   * @return the thread
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit
   */
  MessageThread assign(ThreadId thread, @Nullable StaffMemberId assignee);

  /**
   * Closes a thread.
   *
   * @param thread the thread
   * @return the thread
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the thread
   */
  MessageThread close(ThreadId thread);

  /**
   * Sets how soon the unit answers; longer-waiting open threads count as overdue.
   *
   * @param unit the unit
   * @param expectedReply the time
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit
   */
  void setExpectedReply(UnitId unit, Duration expectedReply);

  /**
   * The unit's response times for threads citizens opened in {@code [from, to)}: median and p90
   * time to first response, and its overdue threads now.
   *
   * @param unit the unit
   * @param from the first instant
   * @param to the instant after the period, at most 366 days later
   * @return the figures
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit
   */
  ResponseTimes responseTimes(UnitId unit, Instant from, Instant to);
}
