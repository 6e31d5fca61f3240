package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.MESSAGE;
import static dk.borgerdialog.persistence.internal.jooq.Tables.MESSAGE_ATTACHMENT;
import static dk.borgerdialog.persistence.internal.jooq.Tables.MESSAGE_THREAD;

import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.contact.model.Attachment;
import dk.borgerdialog.contact.model.AttachmentId;
import dk.borgerdialog.contact.model.AttachmentInfo;
import dk.borgerdialog.contact.model.Cursor;
import dk.borgerdialog.contact.model.Message;
import dk.borgerdialog.contact.model.MessageAuthor;
import dk.borgerdialog.contact.model.MessageId;
import dk.borgerdialog.contact.model.MessageThread;
import dk.borgerdialog.contact.model.Page;
import dk.borgerdialog.contact.model.Side;
import dk.borgerdialog.contact.model.ThreadId;
import dk.borgerdialog.contact.model.ThreadStatus;
import dk.borgerdialog.contact.model.Threads;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.persistence.internal.jooq.tables.records.MessageRecord;
import dk.borgerdialog.persistence.internal.jooq.tables.records.MessageThreadRecord;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.plan.model.CourseId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * Message threads, messages and attachments in jOOQ.
 *
 * <p>Pages run on the identity column {@code seq} of threads and messages, newest first: a cursor
 * is the {@code seq} of the last row shown, and the next page reads the rows below it, so rows
 * inserted later never shift it. Unread counts sum the unread counters of the threads in one index
 * range ({@code citizen_id}, {@code addressee_id}/{@code assignee_id}, or {@code unit_id} with no
 * addressee); they never read messages.
 */
public final class JooqThreads implements Threads {
  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqThreads(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void add(MessageThread thread) {
    Objects.requireNonNull(thread, "thread");
    MessageThreadRecord row = dsl.newRecord(MESSAGE_THREAD);
    row.setId(thread.id().value());
    row.setVersion(thread.version());
    write(row, thread);
    try {
      dsl.insertInto(MESSAGE_THREAD).set(row).execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "thread " + thread.id() + " already exists");
    }
  }

  @Override
  public MessageThread update(MessageThread thread) {
    store(thread);
    return byId(thread.id()).orElseThrow();
  }

  @Override
  public void store(MessageThread thread) {
    Objects.requireNonNull(thread, "thread");
    MessageThreadRecord row = dsl.newRecord(MESSAGE_THREAD);
    write(row, thread);
    row.setVersion(thread.version() + 1);
    int rows;
    try {
      rows =
          dsl.update(MESSAGE_THREAD)
              .set(row)
              .where(MESSAGE_THREAD.ID.eq(thread.id().value()))
              .and(MESSAGE_THREAD.VERSION.eq(thread.version()))
              .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "thread " + thread.id() + " was changed concurrently");
    }
    Versions.requireUpdated(
        dsl, rows, MESSAGE_THREAD, MESSAGE_THREAD.ID, thread.id().value(), "thread");
  }

  @Override
  public Optional<MessageThread> byId(ThreadId id) {
    return dsl.selectFrom(MESSAGE_THREAD)
        .where(MESSAGE_THREAD.ID.eq(id.value()))
        .fetchOptional(JooqThreads::toThread);
  }

  @Override
  public Optional<MessageThread> lockById(ThreadId id) {
    try {
      return dsl.selectFrom(MESSAGE_THREAD)
          .where(MESSAGE_THREAD.ID.eq(id.value()))
          .forUpdate()
          .fetchOptional(JooqThreads::toThread);
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "thread " + id + " is being changed; try again");
    }
  }

  @Override
  public void addMessage(Message message, List<Attachment> attachments) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(attachments, "attachments");
    try {
      dsl.insertInto(MESSAGE)
          .set(MESSAGE.ID, message.id().value())
          .set(MESSAGE.THREAD_ID, message.thread().value())
          .set(MESSAGE.SIDE, message.side().name())
          .set(MESSAGE.AUTHOR_KIND, message.author().kind().name())
          .set(MESSAGE.AUTHOR_ID, message.author().id())
          .set(MESSAGE.AUTO_REPLY, message.autoReply())
          .set(MESSAGE.BODY, message.body())
          .set(MESSAGE.SENT_AT, message.sentAt())
          .set(MESSAGE.WITHDRAWN_AT, message.withdrawnAt())
          .execute();
      for (Attachment a : attachments) {
        dsl.insertInto(MESSAGE_ATTACHMENT)
            .set(MESSAGE_ATTACHMENT.ID, a.id().value())
            .set(MESSAGE_ATTACHMENT.MESSAGE_ID, message.id().value())
            .set(MESSAGE_ATTACHMENT.FILE_NAME, a.fileName())
            .set(MESSAGE_ATTACHMENT.CONTENT_TYPE, a.contentType())
            .set(MESSAGE_ATTACHMENT.SIZE_BYTES, (long) a.content().length)
            .set(MESSAGE_ATTACHMENT.CONTENT, a.content())
            .execute();
      }
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "message " + message.id() + " already exists");
    }
  }

  @Override
  public Optional<Message> message(MessageId id) {
    return dsl.selectFrom(MESSAGE)
        .where(MESSAGE.ID.eq(id.value()))
        .fetchOptional()
        .map(r -> withAttachments(List.of(r)).get(0));
  }

  @Override
  public boolean withdraw(MessageId id, Instant at) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    try {
      int rows =
          dsl.update(MESSAGE)
              .set(MESSAGE.BODY, (String) null)
              .set(MESSAGE.WITHDRAWN_AT, at)
              .where(MESSAGE.ID.eq(id.value()))
              .and(MESSAGE.WITHDRAWN_AT.isNull())
              .execute();
      if (rows == 1) {
        dsl.deleteFrom(MESSAGE_ATTACHMENT)
            .where(MESSAGE_ATTACHMENT.MESSAGE_ID.eq(id.value()))
            .execute();
      }
      return rows == 1;
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "message " + id + " was changed concurrently");
    }
  }

  @Override
  public Page<Message> messages(ThreadId thread, @Nullable Cursor after, int limit) {
    Versions.requireLimit(limit);
    Condition where = MESSAGE.THREAD_ID.eq(thread.value());
    if (after != null) {
      where = where.and(MESSAGE.SEQ.lt(after.position()));
    }
    List<MessageRecord> rows =
        dsl.selectFrom(MESSAGE).where(where).orderBy(MESSAGE.SEQ.desc()).limit(limit + 1).fetch();
    List<MessageRecord> shown = rows.subList(0, Math.min(limit, rows.size()));
    Cursor next = rows.size() > limit ? new Cursor(shown.get(shown.size() - 1).getSeq()) : null;
    return new Page<>(withAttachments(shown), next);
  }

  @Override
  public Optional<Attachment> attachment(ThreadId thread, AttachmentId id) {
    return dsl.select(
            MESSAGE_ATTACHMENT.ID,
            MESSAGE_ATTACHMENT.FILE_NAME,
            MESSAGE_ATTACHMENT.CONTENT_TYPE,
            MESSAGE_ATTACHMENT.CONTENT)
        .from(MESSAGE_ATTACHMENT)
        .join(MESSAGE)
        .on(MESSAGE.ID.eq(MESSAGE_ATTACHMENT.MESSAGE_ID))
        .where(MESSAGE_ATTACHMENT.ID.eq(id.value()))
        .and(MESSAGE.THREAD_ID.eq(thread.value()))
        .fetchOptional(
            r -> new Attachment(new AttachmentId(r.value1()), r.value2(), r.value3(), r.value4()));
  }

  @Override
  public Page<MessageThread> ofCitizen(CitizenId citizen, @Nullable Cursor after, int limit) {
    return threadPage(MESSAGE_THREAD.CITIZEN_ID.eq(citizen.value()), after, limit);
  }

  @Override
  public Page<MessageThread> ofStaffMember(
      StaffMemberId staffMember, @Nullable Cursor after, int limit) {
    return threadPage(
        MESSAGE_THREAD
            .ADDRESSEE_ID
            .eq(staffMember.value())
            .or(MESSAGE_THREAD.ASSIGNEE_ID.eq(staffMember.value())),
        after,
        limit);
  }

  @Override
  public Page<MessageThread> inbox(UnitId unit, @Nullable Cursor after, int limit) {
    return threadPage(
        inboxOf(unit).and(MESSAGE_THREAD.STATUS.ne(ThreadStatus.CLOSED.name())), after, limit);
  }

  @Override
  public List<MessageThread> openAddressedTo(CitizenId citizen, StaffMemberId staffMember) {
    return dsl.selectFrom(MESSAGE_THREAD)
        .where(MESSAGE_THREAD.ADDRESSEE_ID.eq(staffMember.value()))
        .and(MESSAGE_THREAD.CITIZEN_ID.eq(citizen.value()))
        .and(MESSAGE_THREAD.STATUS.ne(ThreadStatus.CLOSED.name()))
        .orderBy(MESSAGE_THREAD.SEQ)
        .fetch(JooqThreads::toThread);
  }

  @Override
  public int unreadByCitizen(CitizenId citizen) {
    return sum(MESSAGE_THREAD.CITIZEN_UNREAD, MESSAGE_THREAD.CITIZEN_ID.eq(citizen.value()));
  }

  @Override
  public int unreadByStaffMember(StaffMemberId staffMember) {
    // two index ranges; a thread is addressed or assigned, never both
    return sum(MESSAGE_THREAD.STAFF_UNREAD, MESSAGE_THREAD.ADDRESSEE_ID.eq(staffMember.value()))
        + sum(MESSAGE_THREAD.STAFF_UNREAD, MESSAGE_THREAD.ASSIGNEE_ID.eq(staffMember.value()));
  }

  @Override
  public int unreadInInbox(UnitId unit) {
    return sum(MESSAGE_THREAD.STAFF_UNREAD, inboxOf(unit));
  }

  @Override
  public List<MessageThread> openedByCitizens(UnitId unit, Instant from, Instant to) {
    return dsl.selectFrom(MESSAGE_THREAD)
        .where(MESSAGE_THREAD.UNIT_ID.eq(unit.value()))
        .and(MESSAGE_THREAD.OPENED_AT.ge(from))
        .and(MESSAGE_THREAD.OPENED_AT.lt(to))
        .and(MESSAGE_THREAD.STARTED_BY.eq(Side.CITIZEN.name()))
        .orderBy(MESSAGE_THREAD.OPENED_AT, MESSAGE_THREAD.SEQ)
        .fetch(JooqThreads::toThread);
  }

  @Override
  public List<MessageThread> unansweredSince(UnitId unit, Instant before, int limit) {
    Versions.requireLimit(limit);
    return dsl.selectFrom(MESSAGE_THREAD)
        .where(MESSAGE_THREAD.UNIT_ID.eq(unit.value()))
        .and(MESSAGE_THREAD.OLDEST_UNANSWERED_AT.lt(before))
        .and(MESSAGE_THREAD.STATUS.eq(ThreadStatus.OPEN.name()))
        .orderBy(MESSAGE_THREAD.OLDEST_UNANSWERED_AT, MESSAGE_THREAD.SEQ)
        .limit(limit)
        .fetch(JooqThreads::toThread);
  }

  private static Condition inboxOf(UnitId unit) {
    return MESSAGE_THREAD.UNIT_ID.eq(unit.value()).and(MESSAGE_THREAD.ADDRESSEE_ID.isNull());
  }

  private int sum(Field<Integer> counter, Condition where) {
    BigDecimal total =
        dsl.select(DSL.coalesce(DSL.sum(counter), BigDecimal.ZERO))
            .from(MESSAGE_THREAD)
            .where(where)
            .fetchOne(0, BigDecimal.class);
    return total == null ? 0 : total.intValueExact();
  }

  private Page<MessageThread> threadPage(Condition where, @Nullable Cursor after, int limit) {
    Versions.requireLimit(limit);
    Condition condition =
        after == null ? where : where.and(MESSAGE_THREAD.SEQ.lt(after.position()));
    List<MessageThreadRecord> rows =
        dsl.selectFrom(MESSAGE_THREAD)
            .where(condition)
            .orderBy(MESSAGE_THREAD.SEQ.desc())
            .limit(limit + 1)
            .fetch();
    List<MessageThreadRecord> shown = rows.subList(0, Math.min(limit, rows.size()));
    Cursor next = rows.size() > limit ? new Cursor(shown.get(shown.size() - 1).getSeq()) : null;
    return new Page<>(shown.stream().map(JooqThreads::toThread).toList(), next);
  }

  private List<Message> withAttachments(List<MessageRecord> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = rows.stream().map(MessageRecord::getId).toList();
    Map<UUID, List<AttachmentInfo>> byMessage =
        dsl
            .select(
                MESSAGE_ATTACHMENT.MESSAGE_ID,
                MESSAGE_ATTACHMENT.ID,
                MESSAGE_ATTACHMENT.FILE_NAME,
                MESSAGE_ATTACHMENT.CONTENT_TYPE,
                MESSAGE_ATTACHMENT.SIZE_BYTES)
            .from(MESSAGE_ATTACHMENT)
            .where(MESSAGE_ATTACHMENT.MESSAGE_ID.in(ids))
            .orderBy(MESSAGE_ATTACHMENT.FILE_NAME, MESSAGE_ATTACHMENT.ID)
            .fetch()
            .stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.value1(),
                    Collectors.mapping(
                        r ->
                            new AttachmentInfo(
                                new AttachmentId(r.value2()), r.value3(), r.value4(), r.value5()),
                        Collectors.toList())));
    List<Message> messages = new ArrayList<>(rows.size());
    for (MessageRecord r : rows) {
      messages.add(toMessage(r, byMessage.getOrDefault(r.getId(), List.of())));
    }
    return messages;
  }

  private static Message toMessage(MessageRecord r, List<AttachmentInfo> attachments) {
    return new Message(
        new MessageId(r.getId()),
        new ThreadId(r.getThreadId()),
        Side.valueOf(r.getSide()),
        new MessageAuthor(ActorKind.valueOf(r.getAuthorKind()), r.getAuthorId()),
        r.getAutoReply(),
        r.getBody(),
        r.getSentAt(),
        r.getWithdrawnAt(),
        attachments);
  }

  private static void write(MessageThreadRecord row, MessageThread t) {
    row.setCitizenId(t.citizen().value());
    row.setUnitId(t.unit().value());
    row.setAddresseeId(uuid(t.addressee(), StaffMemberId::value));
    row.setAssigneeId(uuid(t.assignee(), StaffMemberId::value));
    row.setCourseId(uuid(t.course(), CourseId::value));
    row.setAppointmentId(uuid(t.appointment(), AppointmentId::value));
    row.setSubject(t.subject());
    row.setStatus(t.status().name());
    row.setStartedBy(t.startedBy().name());
    row.setOpenedAt(t.openedAt());
    row.setFirstResponseAt(t.firstResponseAt());
    row.setOldestUnansweredAt(t.oldestUnansweredAt());
    row.setLastMessageAt(t.lastMessageAt());
    row.setCitizenUnread(t.citizenUnread());
    row.setStaffUnread(t.staffUnread());
  }

  private static <T> @Nullable UUID uuid(@Nullable T id, Function<T, UUID> value) {
    return id == null ? null : value.apply(id);
  }

  private static MessageThread toThread(MessageThreadRecord r) {
    return new MessageThread(
        new ThreadId(r.getId()),
        new CitizenId(r.getCitizenId()),
        new UnitId(r.getUnitId()),
        r.getAddresseeId() == null ? null : new StaffMemberId(r.getAddresseeId()),
        r.getAssigneeId() == null ? null : new StaffMemberId(r.getAssigneeId()),
        r.getCourseId() == null ? null : new CourseId(r.getCourseId()),
        r.getAppointmentId() == null ? null : new AppointmentId(r.getAppointmentId()),
        r.getSubject(),
        ThreadStatus.valueOf(r.getStatus()),
        Side.valueOf(r.getStartedBy()),
        r.getOpenedAt(),
        r.getFirstResponseAt(),
        r.getOldestUnansweredAt(),
        r.getLastMessageAt(),
        r.getCitizenUnread(),
        r.getStaffUnread(),
        r.getVersion());
  }
}
