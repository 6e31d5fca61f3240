package dk.borgerdialog.contact.model;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.Decision;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.plan.model.CourseId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A conversation between a citizen and one staff member or a unit inbox, with a subject, optionally
 * tied to a course or an appointment.
 *
 * <p>The thread keeps what lists need without reading messages: its status, when it was first
 * answered, since when the citizen waits for an answer, and how many messages each side has not
 * read (the unread counters).
 *
 * @param id the thread's id
 * @param citizen the citizen
 * @param unit the unit that holds the thread: the inbox's unit, or the unit the staff member
 *     answers for
 * @param addressee the staff member the thread is addressed to, or null for the unit inbox
 * @param assignee the staff member a unit inbox thread is assigned to, or null
 * @param course the course it is about, or null
 * @param appointment the appointment it is about, or null
 * @param subject the subject
 * @param status the status
 * @param startedBy the side that wrote the first message
 * @param openedAt when the first message was written
 * @param firstResponseAt when staff first answered a thread the citizen started, or null
 * @param oldestUnansweredAt when the oldest message of the citizen that staff have not answered was
 *     written, or null
 * @param lastMessageAt when the last message was written
 * @param citizenUnread messages the citizen has not read
 * @param staffUnread messages the staff side has not read
 * @param version the optimistic version
 */
public record MessageThread(
    ThreadId id,
    CitizenId citizen,
    UnitId unit,
    @Nullable StaffMemberId addressee,
    @Nullable StaffMemberId assignee,
    @Nullable CourseId course,
    @Nullable AppointmentId appointment,
    String subject,
    ThreadStatus status,
    Side startedBy,
    Instant openedAt,
    @Nullable Instant firstResponseAt,
    @Nullable Instant oldestUnansweredAt,
    Instant lastMessageAt,
    int citizenUnread,
    int staffUnread,
    long version) {

  /** The longest subject. */
  public static final int MAX_SUBJECT_LENGTH = 200;

  /** Validates the thread. */
  public MessageThread {
    Check.notNull("id", id);
    Check.notNull("citizen", citizen);
    Check.notNull("unit", unit);
    subject = Check.text("subject", subject, MAX_SUBJECT_LENGTH);
    Check.notNull("status", status);
    Check.notNull("startedBy", startedBy);
    Check.notNull("openedAt", openedAt);
    Check.notNull("lastMessageAt", lastMessageAt);
    Check.that(citizenUnread >= 0 && staffUnread >= 0, "unread", "must not be negative");
    Check.that(addressee == null || assignee == null, "assignee", "only for a unit inbox thread");
  }

  /**
   * A new thread, before its first message is added.
   *
   * @param id the id
   * @param citizen the citizen
   * @param unit the unit that holds it
   * @param addressee the staff member, or null for the unit inbox
   * @param course the course, or null
   * @param appointment the appointment, or null
   * @param subject the subject
   * @param startedBy who writes the first message
   * @param now now
   * @return the thread, with no messages counted yet
   */
  public static MessageThread start(
      ThreadId id,
      CitizenId citizen,
      UnitId unit,
      @Nullable StaffMemberId addressee,
      @Nullable CourseId course,
      @Nullable AppointmentId appointment,
      String subject,
      Side startedBy,
      Instant now) {
    return new MessageThread(
        id,
        citizen,
        unit,
        addressee,
        null,
        course,
        appointment,
        subject,
        startedBy == Side.CITIZEN ? ThreadStatus.OPEN : ThreadStatus.WAITING_FOR_CITIZEN,
        startedBy,
        now,
        null,
        null,
        now,
        0,
        0,
        0);
  }

  /**
   * Whether the thread goes to a unit inbox rather than to one staff member.
   *
   * @return true for a unit inbox thread
   */
  public boolean inUnitInbox() {
    return addressee == null;
  }

  /**
   * The thread after the citizen wrote: open, waiting for staff, one more unread for staff.
   *
   * @param now when
   * @return the thread
   */
  public MessageThread afterCitizenWrote(Instant now) {
    return with(
        ThreadStatus.OPEN,
        firstResponseAt,
        oldestUnansweredAt == null ? now : oldestUnansweredAt,
        now,
        citizenUnread,
        staffUnread + 1);
  }

  /**
   * The thread after staff wrote: waiting for the citizen, one more unread for the citizen. An
   * auto-reply is no answer: it leaves the status and the response time alone.
   *
   * @param now when
   * @param autoReply whether the message is an auto-reply
   * @return the thread
   */
  public MessageThread afterStaffWrote(Instant now, boolean autoReply) {
    if (autoReply) {
      return with(status, firstResponseAt, oldestUnansweredAt, now, citizenUnread + 1, staffUnread);
    }
    Instant firstResponse =
        firstResponseAt == null && startedBy == Side.CITIZEN ? now : firstResponseAt;
    return with(
        ThreadStatus.WAITING_FOR_CITIZEN, firstResponse, null, now, citizenUnread + 1, staffUnread);
  }

  /**
   * The thread after one side read everything.
   *
   * @param side the side that read
   * @return the thread with that side's counter at zero
   */
  public MessageThread readBy(Side side) {
    return side == Side.CITIZEN
        ? with(status, firstResponseAt, oldestUnansweredAt, lastMessageAt, 0, staffUnread)
        : with(status, firstResponseAt, oldestUnansweredAt, lastMessageAt, citizenUnread, 0);
  }

  /**
   * The thread after a message of a side was withdrawn while the other side had not read it yet.
   *
   * @param side the side that wrote the withdrawn message
   * @return the thread with the other side's counter one lower
   */
  public MessageThread afterWithdrawalBy(Side side) {
    return side == Side.CITIZEN
        ? with(
            status,
            firstResponseAt,
            oldestUnansweredAt,
            lastMessageAt,
            citizenUnread,
            Math.max(0, staffUnread - 1))
        : with(
            status,
            firstResponseAt,
            oldestUnansweredAt,
            lastMessageAt,
            Math.max(0, citizenUnread - 1),
            staffUnread);
  }

  /**
   * Closes the thread.
   *
   * @return the closed thread, or a refusal if it is closed already
   */
  public Decision<MessageThread> close() {
    if (status == ThreadStatus.CLOSED) {
      return Decision.refuse("thread_closed", "The thread is closed already.");
    }
    return Decision.accept(
        with(
            ThreadStatus.CLOSED, firstResponseAt, null, lastMessageAt, citizenUnread, staffUnread));
  }

  /**
   * Assigns a unit inbox thread to a staff member, or takes the assignment away.
   *
   * @param staffMember the staff member, or null
   * @return the thread, or a refusal for a thread addressed to one staff member
   */
  public Decision<MessageThread> assign(@Nullable StaffMemberId staffMember) {
    if (!inUnitInbox()) {
      return Decision.refuse(
          "not_in_inbox", "Only a thread in a unit inbox can be assigned to a staff member.");
    }
    return Decision.accept(readdressed(null, staffMember));
  }

  /**
   * The thread handed over to a successor, or to the unit inbox.
   *
   * @param successor the staff member who takes over, or null for the unit inbox
   * @return the thread
   */
  public MessageThread handedOverTo(@Nullable StaffMemberId successor) {
    return readdressed(successor, null);
  }

  /**
   * How long the citizen has waited for an answer.
   *
   * @param now now
   * @return the age of the oldest unanswered message, or empty if none is unanswered
   */
  public Optional<Duration> waitingFor(Instant now) {
    return oldestUnansweredAt == null
        ? Optional.empty()
        : Optional.of(Duration.between(oldestUnansweredAt, now));
  }

  /**
   * The time to the first response.
   *
   * @return the time from the first message to staff's first answer, or empty if unanswered or
   *     started by staff
   */
  public Optional<Duration> firstResponseTime() {
    return firstResponseAt == null
        ? Optional.empty()
        : Optional.of(Duration.between(openedAt, firstResponseAt));
  }

  private MessageThread readdressed(
      @Nullable StaffMemberId newAddressee, @Nullable StaffMemberId newAssignee) {
    return new MessageThread(
        id,
        citizen,
        unit,
        newAddressee,
        newAssignee,
        course,
        appointment,
        subject,
        status,
        startedBy,
        openedAt,
        firstResponseAt,
        oldestUnansweredAt,
        lastMessageAt,
        citizenUnread,
        staffUnread,
        version);
  }

  private MessageThread with(
      ThreadStatus newStatus,
      @Nullable Instant newFirstResponse,
      @Nullable Instant newOldestUnanswered,
      Instant newLast,
      int newCitizenUnread,
      int newStaffUnread) {
    return new MessageThread(
        id,
        citizen,
        unit,
        addressee,
        assignee,
        course,
        appointment,
        subject,
        newStatus,
        startedBy,
        openedAt,
        newFirstResponse,
        newOldestUnanswered,
        newLast,
        newCitizenUnread,
        newStaffUnread,
        version);
  }
}
