package dk.borgerdialog.contact.application;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessTarget;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.citizen.model.Citizens;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.common.UnableToChangeException;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.contact.model.Attachment;
import dk.borgerdialog.contact.model.AttachmentId;
import dk.borgerdialog.contact.model.AutoReplies;
import dk.borgerdialog.contact.model.AutoReply;
import dk.borgerdialog.contact.model.Byline;
import dk.borgerdialog.contact.model.CareTeamMember;
import dk.borgerdialog.contact.model.CareTeams;
import dk.borgerdialog.contact.model.Cursor;
import dk.borgerdialog.contact.model.Message;
import dk.borgerdialog.contact.model.MessageAuthor;
import dk.borgerdialog.contact.model.MessageId;
import dk.borgerdialog.contact.model.MessageThread;
import dk.borgerdialog.contact.model.Page;
import dk.borgerdialog.contact.model.Side;
import dk.borgerdialog.contact.model.ThreadId;
import dk.borgerdialog.contact.model.Threads;
import dk.borgerdialog.notification.model.Notice;
import dk.borgerdialog.notification.model.NoticeKind;
import dk.borgerdialog.notification.model.Notifier;
import dk.borgerdialog.organisation.model.Organisations;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.StaffMembers;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.Appointments;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.Courses;
import dk.borgerdialog.relative.model.Relative;
import dk.borgerdialog.relative.model.RelativeGrant;
import dk.borgerdialog.relative.model.RelativeGrants;
import dk.borgerdialog.relative.model.RelativeId;
import dk.borgerdialog.relative.model.Relatives;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Citizens and staff exchange messages in threads: start a thread, write, read (which marks the
 * thread read for the reader's side), withdraw within the window, fetch attachments, list threads
 * and a unit inbox, count unread messages, assign and close threads, and set auto-replies.
 *
 * <p>Every read and write of a message is authorised and audited. A message from staff notifies the
 * citizen through the {@link Notifier}, with a neutral text that never carries the body.
 */
public final class ExchangingMessages {
  private final Threads threads;
  private final CareTeams careTeams;
  private final AutoReplies autoReplies;
  private final Citizens citizens;
  private final Courses courses;
  private final Appointments appointments;
  private final Organisations organisations;
  private final StaffMembers staff;
  private final Relatives relatives;
  private final RelativeGrants grants;
  private final Notifier notifier;
  private final AccessControl access;
  private final Transactions transactions;
  private final Clock clock;

  @Inject
  ExchangingMessages(
      Threads threads,
      CareTeams careTeams,
      AutoReplies autoReplies,
      Citizens citizens,
      Courses courses,
      Appointments appointments,
      Organisations organisations,
      StaffMembers staff,
      Relatives relatives,
      RelativeGrants grants,
      Notifier notifier,
      AccessControl access,
      Transactions transactions,
      Clock clock) {
    this.threads = threads;
    this.careTeams = careTeams;
    this.autoReplies = autoReplies;
    this.citizens = citizens;
    this.courses = courses;
    this.appointments = appointments;
    this.organisations = organisations;
    this.staff = staff;
    this.relatives = relatives;
    this.grants = grants;
    this.notifier = notifier;
    this.access = access;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Starts a thread with its first message. A citizen writes to a staff member or unit on their
   * care team; a staff member writes as themselves or from the inbox of their unit.
   *
   * @param actor the citizen or staff member writing
   * @param command the thread and its first message
   * @return the first message
   * @throws InvalidInputException if a field is wrong: an addressee who does not work in the unit,
   *     a course or appointment of another citizen, a contact not on the citizen's care team, a
   *     staff member writing for someone else, a forbidden or oversize attachment
   * @throws NoSuchEntityException if the citizen, unit, course or appointment does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen themselves, or staff of
   *     the unit or the addressee
   */
  public Message start(Actor actor, StartThreadCommand command) {
    Check.notNull("command", command);
    citizens
        .byId(command.citizen())
        .orElseThrow(() -> new NoSuchEntityException("citizen", command.citizen()));
    organisations
        .unit(command.unit())
        .orElseThrow(() -> new NoSuchEntityException("unit", command.unit()));
    if (command.addressee() != null) {
      boolean works =
          staff.byId(command.addressee()).map(m -> m.worksIn(command.unit())).orElse(false);
      Check.that(works, "addressee", "must be a staff member of the unit");
    }
    @Nullable Course course = null;
    if (command.course() != null) {
      course =
          courses
              .byId(command.course())
              .orElseThrow(() -> new NoSuchEntityException("course", command.course()));
      Check.that(
          course.citizen().equals(command.citizen()), "course", "must be the citizen's course");
    }
    if (command.appointment() != null) {
      Appointment appointment =
          appointments
              .byId(command.appointment())
              .orElseThrow(() -> new NoSuchEntityException("appointment", command.appointment()));
      Check.that(
          appointment.citizen().equals(command.citizen()),
          "appointment",
          "must be the citizen's appointment");
    }
    ThreadId id = ThreadId.random();
    AccessTarget target = target(command.citizen(), command.unit(), command.addressee());
    AccessControl.Grant grant =
        access.authorize(actor, Operation.WRITE_MESSAGE, target, id.value());
    Side side = sideOf(actor);
    Instant now = clock.instant();
    if (side == Side.CITIZEN) {
      requireOnCareTeam(command, course, now);
    } else if (actor instanceof Actor.Staff s) {
      Check.that(
          command.addressee() == null || s.id().equals(command.addressee()),
          "addressee",
          "must be the staff member themselves, or empty for the unit inbox");
      // staff write only to citizens the unit works with
      boolean served =
          courses.of(command.citizen()).stream().anyMatch(c -> c.unit().equals(command.unit()));
      Check.that(served, "citizen", "must have a course in the unit");
    }
    return transactions.inTransaction(
        () -> {
          MessageThread thread =
              MessageThread.start(
                  id,
                  command.citizen(),
                  command.unit(),
                  command.addressee(),
                  command.course(),
                  command.appointment(),
                  command.subject(),
                  side,
                  now);
          threads.add(thread);
          Message message = append(actor, thread, side, command.body(), command.attachments(), now);
          grant.record();
          return message;
        });
  }

  /**
   * Writes a message in a thread. A message from the citizen opens a closed thread again.
   *
   * @param actor the citizen or a staff member who may read the thread
   * @param thread the thread
   * @param body the message
   * @param attachments its attachments
   * @return the message
   * @throws InvalidInputException if the body or an attachment breaks a rule
   * @throws NoSuchEntityException if the thread does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless a party of the thread
   * @throws UnableToChangeException if staff write in a closed thread
   */
  public Message write(Actor actor, ThreadId thread, String body, List<Attachment> attachments) {
    Check.notNull("thread", thread);
    String checkedBody = Message.checkedBody(body);
    List<Attachment> files = List.copyOf(Check.list("attachments", attachments));
    Check.that(
        files.size() <= Attachment.MAX_PER_MESSAGE,
        "attachments",
        "must be at most " + Attachment.MAX_PER_MESSAGE);
    MessageThread current = thread(thread);
    AccessControl.Grant grant =
        access.authorize(actor, Operation.WRITE_MESSAGE, target(current), thread.value());
    Side side = sideOf(actor);
    try {
      // optimistic: the thread as read for the access decision is written back only if its
      // version is unchanged, so the common case reads the thread once
      return transactions.inTransaction(
          () -> appendTo(actor, current, side, checkedBody, files, grant));
    } catch (ConflictException e) {
      // someone wrote in the thread meanwhile: read it again, decide again (its addressee may have
      // changed), and write on the locked thread, which cannot conflict; the first attempt's
      // audit record was rolled back with it
      MessageThread again = thread(thread);
      AccessControl.Grant regrant =
          access.authorize(actor, Operation.WRITE_MESSAGE, target(again), thread.value());
      return transactions.inTransaction(
          () -> {
            MessageThread locked =
                threads
                    .lockById(thread)
                    .orElseThrow(() -> new NoSuchEntityException("thread", thread));
            return appendTo(actor, locked, side, checkedBody, files, regrant);
          });
    }
  }

  private Message appendTo(
      Actor actor,
      MessageThread thread,
      Side side,
      String body,
      List<Attachment> files,
      AccessControl.Grant grant) {
    if (side == Side.STAFF
        && thread.status() == dk.borgerdialog.contact.model.ThreadStatus.CLOSED) {
      throw new UnableToChangeException("thread_closed", "The thread is closed.");
    }
    Message message = append(actor, thread, side, body, files, clock.instant());
    grant.record();
    return message;
  }

  /**
   * Withdraws one's own message within {@link Message#WITHDRAWAL_WINDOW} of sending it. Its text
   * and attachments are removed; readers see that it was withdrawn.
   *
   * @param actor the author
   * @param message the message
   * @return the withdrawn message
   * @throws NoSuchEntityException if the message does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless a party of the thread
   * @throws UnableToChangeException if the actor is not the author, or the window has passed
   */
  public Message withdraw(Actor actor, MessageId message) {
    Check.notNull("message", message);
    Message current =
        threads.message(message).orElseThrow(() -> new NoSuchEntityException("message", message));
    MessageThread thread = thread(current.thread());
    AccessControl.Grant grant =
        access.authorize(actor, Operation.WRITE_MESSAGE, target(thread), message.value());
    if (!current.author().equals(MessageAuthor.of(actor))) {
      throw new UnableToChangeException("not_author", "Only the author can withdraw a message.");
    }
    Instant now = clock.instant();
    if (!current.withdrawableAt(now)) {
      throw new UnableToChangeException(
          "withdrawal_window",
          "A message can be withdrawn only within "
              + Message.WITHDRAWAL_WINDOW.toMinutes()
              + " minutes of sending it.");
    }
    return transactions.inTransaction(
        () -> {
          MessageThread locked = threads.lockById(thread.id()).orElseThrow();
          if (threads.withdraw(message, now)) {
            threads.store(locked.afterWithdrawalBy(current.side()));
          }
          grant.record();
          return threads.message(message).orElseThrow();
        });
  }

  /**
   * A thread, without its messages.
   *
   * @param actor the citizen or a staff member who may read it
   * @param thread the thread
   * @return the thread
   * @throws NoSuchEntityException if the thread does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless a party of the thread
   */
  public MessageThread thread(Actor actor, ThreadId thread) {
    Check.notNull("thread", thread);
    MessageThread current = thread(thread);
    AccessControl.Grant grant =
        access.authorize(actor, Operation.READ_MESSAGES, target(current), thread.value());
    return transactions.inTransaction(
        () -> {
          grant.record();
          return current;
        });
  }

  /**
   * A page of a thread's messages, newest first, and marks the thread read for the reader's side.
   *
   * @param actor the citizen or a staff member who may read the thread
   * @param thread the thread
   * @param after the cursor of the page before, or null for the first page
   * @param limit the most messages, 1 to {@link Page#MAX_SIZE}
   * @return the page
   * @throws InvalidInputException naming {@code limit} if out of range
   * @throws NoSuchEntityException if the thread does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless a party of the thread
   */
  public Page<Message> messages(Actor actor, ThreadId thread, @Nullable Cursor after, int limit) {
    Check.notNull("thread", thread);
    checkLimit(limit);
    MessageThread current = thread(thread);
    AccessControl.Grant grant =
        access.authorize(actor, Operation.READ_MESSAGES, target(current), thread.value());
    return transactions.inTransaction(
        () -> {
          Page<Message> page = threads.messages(thread, after, limit);
          // a relative's reading is not the citizen's: the citizen's unread count stays
          if (actor instanceof Actor.Citizen || actor instanceof Actor.Staff) {
            Side side = sideOf(actor);
            int unread = side == Side.CITIZEN ? current.citizenUnread() : current.staffUnread();
            if (unread > 0) {
              MessageThread locked = threads.lockById(thread).orElseThrow();
              threads.store(locked.readBy(side));
            }
          }
          grant.record();
          return page;
        });
  }

  /**
   * An attachment of a message in a thread.
   *
   * @param actor the citizen or a staff member who may read the thread
   * @param thread the thread
   * @param attachment the attachment
   * @return the attachment with its content
   * @throws NoSuchEntityException if the thread or the attachment does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless a party of the thread
   */
  public Attachment attachment(Actor actor, ThreadId thread, AttachmentId attachment) {
    Check.notNull("thread", thread);
    Check.notNull("attachment", attachment);
    MessageThread current = thread(thread);
    AccessControl.Grant grant =
        access.authorize(actor, Operation.READ_MESSAGES, target(current), attachment.value());
    Attachment found =
        threads
            .attachment(thread, attachment)
            .orElseThrow(() -> new NoSuchEntityException("attachment", attachment));
    return transactions.inTransaction(
        () -> {
          grant.record();
          return found;
        });
  }

  /**
   * A page of a citizen's threads, newest first.
   *
   * @param actor the citizen, or the system
   * @param citizen the citizen
   * @param after the cursor of the page before, or null
   * @param limit the most threads
   * @return the page
   * @throws InvalidInputException naming {@code limit} if out of range
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen or the system
   */
  public Page<MessageThread> threadsOf(
      Actor actor, CitizenId citizen, @Nullable Cursor after, int limit) {
    Check.notNull("citizen", citizen);
    checkLimit(limit);
    AccessControl.Grant grant =
        access.authorize(actor, Operation.READ_MESSAGES, new AccessTarget(citizen, Set.of()), null);
    return transactions.inTransaction(
        () -> {
          grant.record();
          return threads.ofCitizen(citizen, after, limit);
        });
  }

  /**
   * A page of the threads addressed or assigned to a staff member, newest first.
   *
   * @param actor the staff member, or the system
   * @param staffMember the staff member
   * @param after the cursor of the page before, or null
   * @param limit the most threads
   * @return the page
   * @throws dk.borgerdialog.common.AccessDeniedException unless the staff member or the system
   */
  public Page<MessageThread> threadsOfStaffMember(
      Actor actor, StaffMemberId staffMember, @Nullable Cursor after, int limit) {
    Check.notNull("staffMember", staffMember);
    checkLimit(limit);
    AccessControl.Grant grant =
        access.authorize(
            actor, Operation.READ_MESSAGES, AccessTarget.addressedTo(null, staffMember), null);
    return transactions.inTransaction(
        () -> {
          grant.record();
          return threads.ofStaffMember(staffMember, after, limit);
        });
  }

  /**
   * A page of a unit inbox's threads that are not closed, newest first, with their status,
   * assignment and the age of the oldest unanswered message ({@link MessageThread#waitingFor}).
   *
   * @param actor staff of the unit, or the system
   * @param unit the unit
   * @param after the cursor of the page before, or null
   * @param limit the most threads
   * @return the page
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit or the system
   */
  public Page<MessageThread> inbox(Actor actor, UnitId unit, @Nullable Cursor after, int limit) {
    Check.notNull("unit", unit);
    checkLimit(limit);
    AccessControl.Grant grant =
        access.authorize(actor, Operation.READ_MESSAGES, AccessTarget.unit(unit), unit.value());
    return transactions.inTransaction(
        () -> {
          grant.record();
          return threads.inbox(unit, after, limit);
        });
  }

  /**
   * The messages the actor has not read: a citizen's in all their threads, a staff member's in the
   * threads addressed or assigned to them. Cheap enough for every page: it sums counters.
   *
   * @param actor the citizen or staff member
   * @return the count
   * @throws dk.borgerdialog.common.AccessDeniedException if the policy refuses the actor; audited
   * @throws InvalidInputException for anyone else than a citizen, a relative or a staff member,
   *     whom the policy allows
   */
  public int unread(Actor actor) {
    Check.notNull("actor", actor);
    if (actor instanceof Actor.Citizen c) {
      access.authorize(actor, Operation.READ_MESSAGES, new AccessTarget(c.id(), Set.of()), null);
      return threads.unreadByCitizen(c.id());
    }
    if (actor instanceof Actor.Relative r) {
      access.authorize(
          actor, Operation.READ_MESSAGES, new AccessTarget(r.forCitizen(), Set.of()), null);
      return threads.unreadByCitizen(r.forCitizen());
    }
    if (actor instanceof Actor.Staff s) {
      access.authorize(
          actor, Operation.READ_MESSAGES, AccessTarget.addressedTo(null, s.id()), null);
      return threads.unreadByStaffMember(s.id());
    }
    // anyone else is judged by the policy first, so that a refusal is audited like any other
    access.authorize(
        actor, Operation.READ_MESSAGES, new AccessTarget(actor.onBehalfOf(), Set.of()), null);
    throw new InvalidInputException("actor", "must be a citizen, a relative or a staff member");
  }

  /**
   * The messages no one of a unit has read in its inbox.
   *
   * @param actor staff of the unit, or the system
   * @param unit the unit
   * @return the count
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit or the system
   */
  public int unreadInInbox(Actor actor, UnitId unit) {
    Check.notNull("unit", unit);
    access.authorize(actor, Operation.READ_MESSAGES, AccessTarget.unit(unit), unit.value());
    return threads.unreadInInbox(unit);
  }

  /**
   * Who wrote each of some messages of a thread, as a reader is shown it: "Written by Anna Jensen,
   * datter, for Karen Jensen" for a relative writing for the citizen. Names are read as they are
   * now, in one read per kind of author; see {@link Byline}.
   *
   * @param actor anyone who may read the thread
   * @param thread the thread
   * @param messages messages of that thread, such as a page of {@link #messages}
   * @return the byline of each message, in the order given
   * @throws InvalidInputException naming {@code messages} if one is of another thread
   * @throws NoSuchEntityException if the thread does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless a party of the thread
   */
  public Map<MessageId, Byline> bylines(Actor actor, ThreadId thread, List<Message> messages) {
    Check.notNull("thread", thread);
    List<Message> given = Check.list("messages", messages);
    Check.that(
        given.stream().allMatch(m -> m.thread().equals(thread)),
        "messages",
        "must all be of the thread");
    MessageThread current = thread(thread);
    AccessControl.Grant grant =
        access.authorize(actor, Operation.READ_MESSAGES, target(current), thread.value());
    return transactions.inTransaction(
        () -> {
          Map<MessageAuthor, Byline> byAuthor = new HashMap<>();
          Map<MessageId, Byline> bylines = new LinkedHashMap<>();
          for (Message message : given) {
            bylines.put(
                message.id(),
                byAuthor.computeIfAbsent(message.author(), a -> byline(a, current.citizen())));
          }
          grant.record();
          return bylines;
        });
  }

  private Byline byline(MessageAuthor author, CitizenId citizen) {
    return switch (author.kind()) {
      case SYSTEM -> new Byline(author.kind(), null, null, null);
      case CITIZEN -> new Byline(author.kind(), citizenName(citizen), null, null);
      case STAFF ->
          new Byline(
              author.kind(),
              uuid(author.id())
                  .flatMap(id -> staff.byId(new StaffMemberId(id)))
                  .map(StaffMember::name)
                  .orElse(null),
              null,
              null);
      case RELATIVE -> {
        java.util.Optional<RelativeId> id = uuid(author.id()).map(RelativeId::new);
        String relation =
            id.flatMap(
                    r ->
                        grants.between(r, citizen).stream()
                            .max(Comparator.comparing(RelativeGrant::grantedAt)))
                .map(RelativeGrant::relation)
                .orElse(null);
        yield new Byline(
            author.kind(),
            id.flatMap(relatives::byId).map(Relative::name).orElse(null),
            relation,
            citizenName(citizen));
      }
    };
  }

  private @Nullable String citizenName(CitizenId citizen) {
    return citizens.byId(citizen).map(c -> c.name()).orElse(null);
  }

  private static java.util.Optional<UUID> uuid(String id) {
    try {
      return java.util.Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException notUuid) {
      return java.util.Optional.empty();
    }
  }

  /**
   * Assigns a unit inbox thread to a staff member of the unit, or takes the assignment away.
   *
   * @param actor staff of the unit, or the system
   * @param thread the thread
   * @param assignee the staff member, or null
   * @return the thread
   * @throws InvalidInputException naming {@code assignee} if not a staff member of the unit
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit or the system
   * @throws UnableToChangeException if the thread is addressed to one staff member
   */
  public MessageThread assign(Actor actor, ThreadId thread, @Nullable StaffMemberId assignee) {
    Check.notNull("thread", thread);
    MessageThread current = thread(thread);
    AccessControl.Grant grant =
        access.authorize(actor, Operation.MANAGE_THREAD, target(current), thread.value());
    if (assignee != null) {
      boolean works = staff.byId(assignee).map(m -> m.worksIn(current.unit())).orElse(false);
      Check.that(works, "assignee", "must be a staff member of the unit");
    }
    return transactions.inTransaction(
        () -> {
          MessageThread locked = threads.lockById(thread).orElseThrow();
          MessageThread saved = threads.update(locked.assign(assignee).orElseThrow());
          grant.record();
          return saved;
        });
  }

  /**
   * Closes a thread. The citizen can still write, which opens it again.
   *
   * @param actor staff who may read the thread, or the system
   * @param thread the thread
   * @return the thread
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the thread or the system
   * @throws UnableToChangeException if it is closed already
   */
  public MessageThread close(Actor actor, ThreadId thread) {
    Check.notNull("thread", thread);
    MessageThread current = thread(thread);
    AccessControl.Grant grant =
        access.authorize(actor, Operation.MANAGE_THREAD, target(current), thread.value());
    return transactions.inTransaction(
        () -> {
          MessageThread locked = threads.lockById(thread).orElseThrow();
          MessageThread saved = threads.update(locked.close().orElseThrow());
          grant.record();
          return saved;
        });
  }

  /**
   * Sets a staff member's auto-reply: until the given time, a citizen who writes to them is
   * answered with the text, and the substitute is named.
   *
   * @param actor the staff member themselves, or the system
   * @param reply the auto-reply
   * @throws InvalidInputException naming {@code substitute} if no such staff member, or {@code
   *     until} if it has passed
   * @throws dk.borgerdialog.common.AccessDeniedException unless the staff member or the system
   */
  public void setAutoReply(Actor actor, AutoReply reply) {
    Check.notNull("reply", reply);
    AccessControl.Grant grant =
        access.authorize(
            actor,
            Operation.MANAGE_AUTO_REPLY,
            AccessTarget.addressedTo(null, reply.staffMember()),
            reply.staffMember().value());
    staff
        .byId(reply.staffMember())
        .orElseThrow(() -> new NoSuchEntityException("staff member", reply.staffMember()));
    if (reply.substitute() != null) {
      Check.that(
          staff.byId(reply.substitute()).isPresent(), "substitute", "must be a staff member");
    }
    Check.that(reply.activeAt(clock.instant()), "until", "must be in the future");
    transactions.inTransaction(
        () -> {
          autoReplies.set(reply);
          grant.record();
          return null;
        });
  }

  /**
   * A staff member's auto-reply while it answers: the one set and not yet past its end.
   *
   * @param actor the staff member themselves, or the system
   * @param staffMember the staff member
   * @return the auto-reply, or empty if none is set or it has ended
   * @throws dk.borgerdialog.common.AccessDeniedException unless the staff member or the system
   */
  public Optional<AutoReply> autoReply(Actor actor, StaffMemberId staffMember) {
    Check.notNull("staffMember", staffMember);
    AccessControl.Grant grant =
        access.authorize(
            actor,
            Operation.MANAGE_AUTO_REPLY,
            AccessTarget.addressedTo(null, staffMember),
            staffMember.value());
    return transactions.inTransaction(
        () -> {
          Optional<AutoReply> reply =
              autoReplies.of(staffMember).filter(r -> r.activeAt(clock.instant()));
          grant.record();
          return reply;
        });
  }

  /**
   * Removes a staff member's auto-reply.
   *
   * @param actor the staff member themselves, or the system
   * @param staffMember the staff member
   * @throws dk.borgerdialog.common.AccessDeniedException unless the staff member or the system
   */
  public void clearAutoReply(Actor actor, StaffMemberId staffMember) {
    Check.notNull("staffMember", staffMember);
    AccessControl.Grant grant =
        access.authorize(
            actor,
            Operation.MANAGE_AUTO_REPLY,
            AccessTarget.addressedTo(null, staffMember),
            staffMember.value());
    transactions.inTransaction(
        () -> {
          autoReplies.clear(staffMember);
          grant.record();
          return null;
        });
  }

  /** Adds a message to a locked thread, updates its counters, notifies, and auto-replies. */
  private Message append(
      Actor actor,
      MessageThread thread,
      Side side,
      String body,
      List<Attachment> files,
      Instant now) {
    Message message =
        new Message(
            MessageId.random(),
            thread.id(),
            side,
            MessageAuthor.of(actor),
            false,
            body,
            now,
            null,
            files.stream().map(Attachment::info).toList());
    threads.addMessage(message, files);
    MessageThread after =
        side == Side.CITIZEN ? thread.afterCitizenWrote(now) : thread.afterStaffWrote(now, false);
    if (side == Side.STAFF) {
      notifier.notify(
          new Notice("message-" + message.id(), thread.citizen(), NoticeKind.NEW_MESSAGE));
    } else if (thread.addressee() != null) {
      after = autoReply(after, thread.addressee(), now);
    }
    threads.store(after);
    return message;
  }

  private MessageThread autoReply(MessageThread thread, StaffMemberId addressee, Instant now) {
    AutoReply reply = autoReplies.of(addressee).filter(r -> r.activeAt(now)).orElse(null);
    if (reply == null) {
      return thread;
    }
    String text = reply.text();
    if (reply.substitute() != null) {
      String substitute = staff.byId(reply.substitute()).map(StaffMember::name).orElse(null);
      if (substitute != null) {
        text = text + "\n\n" + substitute;
      }
    }
    Message auto =
        new Message(
            MessageId.random(),
            thread.id(),
            Side.STAFF,
            MessageAuthor.autoReply(),
            true,
            text.length() > Message.MAX_BODY_LENGTH ? reply.text() : text,
            now,
            null,
            List.of());
    threads.addMessage(auto, List.of());
    return thread.afterStaffWrote(now, true);
  }

  private void requireOnCareTeam(StartThreadCommand command, @Nullable Course course, Instant now) {
    // the inbox of the unit that runs one of the citizen's courses is always within reach; the
    // course is the one read to check the command, not read again
    if (command.addressee() == null && course != null && course.unit().equals(command.unit())) {
      return;
    }
    List<CareTeamMember> team =
        careTeams.ofCitizen(command.citizen()).stream().filter(m -> m.activeAt(now)).toList();
    boolean onTeam =
        command.addressee() == null
            ? team.stream().anyMatch(m -> m.unit().equals(command.unit()))
            : team.stream()
                .anyMatch(
                    m ->
                        command.addressee().equals(m.staffMember())
                            && m.unit().equals(command.unit()));
    Check.that(
        onTeam, command.addressee() == null ? "unit" : "addressee", "must be on the care team");
  }

  private MessageThread thread(ThreadId id) {
    return threads.byId(id).orElseThrow(() -> new NoSuchEntityException("thread", id));
  }

  /** Who may act on a thread: the citizen, and the unit's staff or the addressee. */
  static AccessTarget target(MessageThread thread) {
    return target(thread.citizen(), thread.unit(), thread.addressee());
  }

  private static AccessTarget target(
      CitizenId citizen, UnitId unit, @Nullable StaffMemberId addressee) {
    return addressee == null
        ? AccessTarget.of(citizen, unit)
        : AccessTarget.addressedTo(citizen, addressee);
  }

  private static Side sideOf(Actor actor) {
    // a relative writes for the citizen, on the citizen's side of the thread
    if (actor instanceof Actor.Citizen || actor instanceof Actor.Relative) {
      return Side.CITIZEN;
    }
    if (actor instanceof Actor.Staff) {
      return Side.STAFF;
    }
    throw new InvalidInputException("actor", "must be a citizen, a relative or a staff member");
  }

  private static void checkLimit(int limit) {
    Check.that(limit >= 1 && limit <= Page.MAX_SIZE, "limit", "must be 1 to " + Page.MAX_SIZE);
  }
}
