package dk.borgerdialog.contact.model;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.UnitId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Message threads, their messages and attachments (a secondary port).
 *
 * <p>Lists are pages in insertion order, newest first, with a {@link Cursor}: an item written after
 * the first page was read never shifts a later page. Unread counts sum the threads' unread counters
 * over one index range and never count messages.
 */
public interface Threads {

  /**
   * Adds a thread.
   *
   * @param thread the thread, version 0
   */
  void add(MessageThread thread);

  /**
   * Updates a thread if its version is still the one read, and raises the version.
   *
   * @param thread the thread as read and changed
   * @return the thread as stored
   * @throws dk.borgerdialog.common.ConflictException if the thread changed since it was read
   */
  MessageThread update(MessageThread thread);

  /**
   * Updates a thread like {@link #update}, without reading it back: for a caller that does not use
   * the thread as stored, which saves a read on every message written.
   *
   * @param thread the thread as read and changed
   * @throws dk.borgerdialog.common.ConflictException if the thread changed since it was read
   */
  void store(MessageThread thread);

  /**
   * A thread.
   *
   * @param id the id
   * @return the thread, or empty
   */
  Optional<MessageThread> byId(ThreadId id);

  /**
   * A thread, locked until the transaction ends.
   *
   * @param id the id
   * @return the thread, or empty
   */
  Optional<MessageThread> lockById(ThreadId id);

  /**
   * Adds a message with its attachments.
   *
   * @param message the message
   * @param attachments its attachments, whose descriptions the message lists
   */
  void addMessage(Message message, List<Attachment> attachments);

  /**
   * A message.
   *
   * @param id the id
   * @return the message, or empty
   */
  Optional<Message> message(MessageId id);

  /**
   * Withdraws a message: clears its body and deletes its attachments.
   *
   * @param id the message
   * @param at when
   * @return whether the message was withdrawn now (false if it was withdrawn already)
   */
  boolean withdraw(MessageId id, Instant at);

  /**
   * A page of a thread's messages, newest first.
   *
   * @param thread the thread
   * @param after the cursor of the page before, or null for the first page
   * @param limit the most messages, 1 to {@link Page#MAX_SIZE}
   * @return the page
   */
  Page<Message> messages(ThreadId thread, @Nullable Cursor after, int limit);

  /**
   * An attachment of a thread's message.
   *
   * @param thread the thread
   * @param id the attachment
   * @return the attachment, or empty if the thread holds none with the id
   */
  Optional<Attachment> attachment(ThreadId thread, AttachmentId id);

  /**
   * A page of a citizen's threads, newest first.
   *
   * @param citizen the citizen
   * @param after the cursor of the page before, or null
   * @param limit the most threads
   * @return the page
   */
  Page<MessageThread> ofCitizen(CitizenId citizen, @Nullable Cursor after, int limit);

  /**
   * A page of the threads addressed to a staff member or assigned to them, newest first.
   *
   * @param staffMember the staff member
   * @param after the cursor of the page before, or null
   * @param limit the most threads
   * @return the page
   */
  Page<MessageThread> ofStaffMember(StaffMemberId staffMember, @Nullable Cursor after, int limit);

  /**
   * A page of a unit inbox's threads that are not closed, newest first.
   *
   * @param unit the unit
   * @param after the cursor of the page before, or null
   * @param limit the most threads
   * @return the page
   */
  Page<MessageThread> inbox(UnitId unit, @Nullable Cursor after, int limit);

  /**
   * The threads of a citizen addressed to a staff member that are not closed.
   *
   * @param citizen the citizen
   * @param staffMember the staff member
   * @return the threads
   */
  List<MessageThread> openAddressedTo(CitizenId citizen, StaffMemberId staffMember);

  /**
   * The messages the citizen has not read, in all their threads.
   *
   * @param citizen the citizen
   * @return the count
   */
  int unreadByCitizen(CitizenId citizen);

  /**
   * The messages a staff member has not read, in the threads addressed or assigned to them.
   *
   * @param staffMember the staff member
   * @return the count
   */
  int unreadByStaffMember(StaffMemberId staffMember);

  /**
   * The messages no one of a unit has read, in its inbox's threads.
   *
   * @param unit the unit
   * @return the count
   */
  int unreadInInbox(UnitId unit);

  /**
   * The unit's threads that citizens opened in a period, for response times.
   *
   * @param unit the unit
   * @param from the first instant
   * @param to the instant after the period
   * @return the threads, whether answered or not
   */
  List<MessageThread> openedByCitizens(UnitId unit, Instant from, Instant to);

  /**
   * The unit's threads, in the inbox or addressed to its staff, whose oldest unanswered message was
   * written before an instant, oldest first.
   *
   * @param unit the unit
   * @param before the instant
   * @param limit the most threads
   * @return the threads
   */
  List<MessageThread> unansweredSince(UnitId unit, Instant before, int limit);
}
