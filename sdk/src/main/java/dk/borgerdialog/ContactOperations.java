package dk.borgerdialog;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.contact.application.JoinCareTeamCommand;
import dk.borgerdialog.contact.application.StartThreadCommand;
import dk.borgerdialog.contact.model.Attachment;
import dk.borgerdialog.contact.model.AttachmentId;
import dk.borgerdialog.contact.model.AutoReply;
import dk.borgerdialog.contact.model.Byline;
import dk.borgerdialog.contact.model.CareTeamMember;
import dk.borgerdialog.contact.model.CareTeamMemberId;
import dk.borgerdialog.contact.model.Cursor;
import dk.borgerdialog.contact.model.Message;
import dk.borgerdialog.contact.model.MessageId;
import dk.borgerdialog.contact.model.MessageThread;
import dk.borgerdialog.contact.model.Page;
import dk.borgerdialog.contact.model.ThreadId;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.plan.model.CourseId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Mine kontakter, as one actor: the care team ("my contacts") and secure message threads between a
 * citizen and a staff member or a unit inbox.
 *
 * <p>A citizen reads only their own threads; staff read the threads of their units' inboxes and
 * those addressed to them. Every read and write of a message is audited. A message from staff
 * notifies the citizen with a neutral "You have a new message" on their channels, never with the
 * text. For a unit inbox, see {@link InboxOperations}.
 */
public interface ContactOperations {

  /** The page size of {@link #threads} and {@link #messages} when none is given. */
  int DEFAULT_PAGE_SIZE = 20;

  /**
   * The citizen's care team now: who, what they help with, how to reach them.
   *
   * @param citizen the citizen
   * @return the active members over all the citizen's courses
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own, or staff of one
   *     of their courses' units
   */
  List<CareTeamMember> contacts(CitizenId citizen);

  /**
   * Every member a course's care team ever had.
   *
   * @param course the course
   * @return the members, earliest first
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the course's unit
   */
  List<CareTeamMember> careTeam(CourseId course);

  /**
   * Adds a staff member or the course's unit to a course's care team.
   *
   * @param command the member
   * @return the member
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the course's unit
   * @throws dk.borgerdialog.common.UnableToChangeException if the course is closed
   */
  CareTeamMember join(JoinCareTeamCommand command);

  /**
   * Ends a membership now.
   *
   * @param member the member
   * @param expectedVersion the version read
   * @return the ended member
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the course's unit
   * @throws dk.borgerdialog.common.ConflictException if it changed since it was read
   */
  CareTeamMember leave(CareTeamMemberId member, long expectedVersion);

  /**
   * Replaces a contact person: the citizen is told in-app, and their open threads to the one
   * leaving move to the successor, or to the unit inbox without one.
   *
   * @param member the member who leaves
   * @param expectedVersion the version read
   * @param successor who takes over, or null for the unit inbox
   * @return the successor's membership, or the ended one
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the course's unit
   * @throws dk.borgerdialog.common.ConflictException if it changed since it was read
   */
  CareTeamMember replace(
      CareTeamMemberId member, long expectedVersion, @Nullable StaffMemberId successor);

  /**
   * Starts a thread with its first message.
   *
   * @param command the thread and message
   * @return the first message
   * @throws dk.borgerdialog.common.InvalidInputException naming the field for a bad subject, body
   *     or attachment, or a contact who is not on the care team
   * @throws dk.borgerdialog.common.AccessDeniedException unless allowed
   */
  Message startThread(StartThreadCommand command);

  /**
   * Writes a message in a thread.
   *
   * @param thread the thread
   * @param body the text: plain, at most {@link Message#MAX_BODY_LENGTH} characters, no control
   *     characters other than line feed and tab
   * @param attachments attachments: at most {@link Attachment#MAX_SIZE} bytes each, of {@link
   *     Attachment#ALLOWED_CONTENT_TYPES}
   * @return the message
   * @throws dk.borgerdialog.common.InvalidInputException naming the field if a rule is broken
   * @throws dk.borgerdialog.common.AccessDeniedException unless a party of the thread
   */
  Message write(ThreadId thread, String body, List<Attachment> attachments);

  /**
   * Writes a message without attachments.
   *
   * @param thread the thread
   * @param body the text
   * @return the message
   * @throws dk.borgerdialog.common.InvalidInputException naming {@code body} if a rule is broken
   * @throws dk.borgerdialog.common.AccessDeniedException unless a party of the thread
   */
  default Message write(ThreadId thread, String body) {
    return write(thread, body, List.of());
  }

  /**
   * Withdraws one's own message within {@link Message#WITHDRAWAL_WINDOW}; it shows as withdrawn.
   *
   * @param message the message
   * @return the withdrawn message
   * @throws dk.borgerdialog.common.UnableToChangeException if not the author or too late
   */
  Message withdraw(MessageId message);

  /**
   * Who wrote each of some messages of a thread, as the reader is shown it. A message a relative
   * wrote for the citizen reads "Skrevet af Anna Jensen, datter, for Karen Jensen" ({@link
   * Byline#text}).
   *
   * @param thread the thread
   * @param messages messages of the thread, such as a page of {@link #messages}
   * @return the byline of each message, in the order given
   * @throws dk.borgerdialog.common.AccessDeniedException unless a party of the thread
   */
  Map<MessageId, Byline> bylines(ThreadId thread, List<Message> messages);

  /**
   * A thread.
   *
   * @param thread the thread
   * @return the thread
   * @throws dk.borgerdialog.common.AccessDeniedException unless a party of the thread
   */
  MessageThread thread(ThreadId thread);

  /**
   * A page of a thread's messages, newest first; marks the thread read for the actor's side.
   *
   * @param thread the thread
   * @param after the cursor of the page before, or null for the first page
   * @param limit the page size, 1 to {@link Page#MAX_SIZE}
   * @return the page
   * @throws dk.borgerdialog.common.AccessDeniedException unless a party of the thread
   */
  Page<Message> messages(ThreadId thread, @Nullable Cursor after, int limit);

  /**
   * An attachment of a thread.
   *
   * @param thread the thread
   * @param attachment the attachment
   * @return the attachment with its bytes
   * @throws dk.borgerdialog.common.AccessDeniedException unless a party of the thread
   */
  Attachment attachment(ThreadId thread, AttachmentId attachment);

  /**
   * A page of a citizen's threads, newest first.
   *
   * @param citizen the citizen
   * @param after the cursor of the page before, or null
   * @param limit the page size
   * @return the page
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  Page<MessageThread> threads(CitizenId citizen, @Nullable Cursor after, int limit);

  /**
   * A page of the threads addressed or assigned to a staff member, newest first.
   *
   * @param staffMember the staff member
   * @param after the cursor of the page before, or null
   * @param limit the page size
   * @return the page
   * @throws dk.borgerdialog.common.AccessDeniedException unless the staff member themselves
   */
  Page<MessageThread> threadsOf(StaffMemberId staffMember, @Nullable Cursor after, int limit);

  /**
   * The messages the actor (a citizen, or a staff member for the threads addressed or assigned to
   * them) has not read. Sums counters: cheap enough for every page.
   *
   * @return the count
   * @throws dk.borgerdialog.common.AccessDeniedException if the policy refuses the actor, such as a
   *     relative without a rule for reading messages; audited
   * @throws dk.borgerdialog.common.InvalidInputException for the system actor
   */
  int unread();

  /**
   * Sets a staff member's auto-reply.
   *
   * @param reply the auto-reply
   * @throws dk.borgerdialog.common.AccessDeniedException unless the staff member themselves
   */
  void setAutoReply(AutoReply reply);

  /**
   * A staff member's auto-reply while it answers, so that they can see and change what citizens are
   * told.
   *
   * @param staffMember the staff member
   * @return the auto-reply, or empty if none is set or it has ended
   * @throws dk.borgerdialog.common.AccessDeniedException unless the staff member themselves
   */
  Optional<AutoReply> autoReply(StaffMemberId staffMember);

  /**
   * Removes a staff member's auto-reply.
   *
   * @param staffMember the staff member
   * @throws dk.borgerdialog.common.AccessDeniedException unless the staff member themselves
   */
  void clearAutoReply(StaffMemberId staffMember);
}
