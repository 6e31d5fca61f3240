package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.APPOINTMENT;
import static dk.borgerdialog.persistence.internal.jooq.Tables.APPOINTMENT_PARTICIPANT;
import static dk.borgerdialog.persistence.internal.jooq.Tables.CALENDAR_FEED;
import static dk.borgerdialog.persistence.internal.jooq.Tables.CARE_TEAM_MEMBER;
import static dk.borgerdialog.persistence.internal.jooq.Tables.COURSE;
import static dk.borgerdialog.persistence.internal.jooq.Tables.DELIVERY_ATTEMPT;
import static dk.borgerdialog.persistence.internal.jooq.Tables.IN_APP_NOTIFICATION;
import static dk.borgerdialog.persistence.internal.jooq.Tables.MATERIAL_ITEM;
import static dk.borgerdialog.persistence.internal.jooq.Tables.MATERIAL_PROGRESS;
import static dk.borgerdialog.persistence.internal.jooq.Tables.MATERIAL_RELEASE;
import static dk.borgerdialog.persistence.internal.jooq.Tables.MATERIAL_VARIANT;
import static dk.borgerdialog.persistence.internal.jooq.Tables.MESSAGE;
import static dk.borgerdialog.persistence.internal.jooq.Tables.MESSAGE_ATTACHMENT;
import static dk.borgerdialog.persistence.internal.jooq.Tables.MESSAGE_THREAD;
import static dk.borgerdialog.persistence.internal.jooq.Tables.NOTICE_ATTEMPT;
import static dk.borgerdialog.persistence.internal.jooq.Tables.NOTICE_DELIVERY;
import static dk.borgerdialog.persistence.internal.jooq.Tables.PLAN_ITEM;
import static dk.borgerdialog.persistence.internal.jooq.Tables.PREFERENCE;
import static dk.borgerdialog.persistence.internal.jooq.Tables.RELATIVE_REMINDER;
import static dk.borgerdialog.persistence.internal.jooq.Tables.RELATIVE_REMINDER_ATTEMPT;
import static dk.borgerdialog.persistence.internal.jooq.Tables.REMINDER;
import static dk.borgerdialog.persistence.internal.jooq.Tables.SIGNUP;

import dk.borgerdialog.retention.model.ExpiredData;
import dk.borgerdialog.retention.model.RetentionKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The retention purges of every kind but the audit trail ({@link JooqAuditLog#purgeUpTo}), as
 * {@link ExpiredData}: each call selects at most {@code limit} due items by the index on their
 * instant, oldest first, and deletes them with the rows that hang on them, in the caller's
 * transaction.
 */
public final class JooqExpiredData {
  private final DSLContext dsl;
  private final JooqAuditLog audit;

  /**
   * Creates the purges.
   *
   * @param dsl the context
   * @param audit the audit trail, which purges its own oldest records
   */
  public JooqExpiredData(DSLContext dsl, JooqAuditLog audit) {
    this.dsl = dsl;
    this.audit = audit;
  }

  /**
   * One purge per {@link RetentionKind}.
   *
   * @return the purges
   */
  public List<ExpiredData> kinds() {
    return List.of(
        kind(RetentionKind.MESSAGES, this::purgeThreads),
        kind(RetentionKind.NOTIFICATIONS, this::purgeNotifications),
        kind(RetentionKind.SIGNUPS, this::purgeSignups),
        kind(RetentionKind.CALENDAR_FEEDS, this::purgeFeeds),
        kind(RetentionKind.CLOSED_COURSES, this::purgeCourses),
        kind(RetentionKind.AUDIT, audit::purgeUpTo));
  }

  private interface Purge {
    int purge(Instant cutoff, int limit);
  }

  private static ExpiredData kind(RetentionKind kind, Purge purge) {
    return new ExpiredData() {
      @Override
      public RetentionKind kind() {
        return kind;
      }

      @Override
      public int purge(Instant cutoff, int limit) {
        if (limit < 1) {
          throw new IllegalArgumentException("limit must be positive, but is " + limit);
        }
        return purge.purge(cutoff, limit);
      }

      @Override
      public String toString() {
        return "ExpiredData[" + kind + "]";
      }
    };
  }

  // ---- threads: due after their last message and after their course closed

  private int purgeThreads(Instant cutoff, int limit) {
    List<UUID> threads =
        dsl.select(MESSAGE_THREAD.ID)
            .from(MESSAGE_THREAD)
            .leftJoin(COURSE)
            .on(COURSE.ID.eq(MESSAGE_THREAD.COURSE_ID))
            .where(MESSAGE_THREAD.LAST_MESSAGE_AT.le(cutoff))
            .and(
                MESSAGE_THREAD
                    .COURSE_ID
                    .isNull()
                    .or(COURSE.STATE.eq("CLOSED").and(COURSE.CLOSED_AT.le(cutoff))))
            .orderBy(MESSAGE_THREAD.LAST_MESSAGE_AT, MESSAGE_THREAD.ID)
            .limit(limit)
            .fetch(MESSAGE_THREAD.ID);
    if (threads.isEmpty()) {
      return 0;
    }
    dsl.deleteFrom(MESSAGE_ATTACHMENT)
        .where(
            MESSAGE_ATTACHMENT.MESSAGE_ID.in(
                dsl.select(MESSAGE.ID).from(MESSAGE).where(MESSAGE.THREAD_ID.in(threads))))
        .execute();
    dsl.deleteFrom(MESSAGE).where(MESSAGE.THREAD_ID.in(threads)).execute();
    return dsl.deleteFrom(MESSAGE_THREAD).where(MESSAGE_THREAD.ID.in(threads)).execute();
  }

  // ---- in-app notifications, then notice deliveries that are no longer pending

  private int purgeNotifications(Instant cutoff, int limit) {
    List<UUID> notifications =
        dsl.select(IN_APP_NOTIFICATION.ID)
            .from(IN_APP_NOTIFICATION)
            .where(IN_APP_NOTIFICATION.CREATED_AT.le(cutoff))
            .orderBy(IN_APP_NOTIFICATION.CREATED_AT, IN_APP_NOTIFICATION.ID)
            .limit(limit)
            .fetch(IN_APP_NOTIFICATION.ID);
    int purged =
        notifications.isEmpty()
            ? 0
            : dsl.deleteFrom(IN_APP_NOTIFICATION)
                .where(IN_APP_NOTIFICATION.ID.in(notifications))
                .execute();
    if (purged >= limit) {
      return purged;
    }
    List<UUID> deliveries =
        dsl.select(NOTICE_DELIVERY.ID)
            .from(NOTICE_DELIVERY)
            .where(NOTICE_DELIVERY.CREATED_AT.le(cutoff))
            .and(NOTICE_DELIVERY.STATUS.ne("PENDING"))
            .orderBy(NOTICE_DELIVERY.CREATED_AT, NOTICE_DELIVERY.ID)
            .limit(limit - purged)
            .fetch(NOTICE_DELIVERY.ID);
    if (deliveries.isEmpty()) {
      return purged;
    }
    dsl.deleteFrom(NOTICE_ATTEMPT)
        .where(NOTICE_ATTEMPT.NOTICE_DELIVERY_ID.in(deliveries))
        .execute();
    return purged
        + dsl.deleteFrom(NOTICE_DELIVERY).where(NOTICE_DELIVERY.ID.in(deliveries)).execute();
  }

  // ---- signups for one occurrence (seats and waiting-list places), after the occurrence

  private int purgeSignups(Instant cutoff, int limit) {
    List<UUID> signups =
        dsl.select(SIGNUP.ID)
            .from(SIGNUP)
            .where(SIGNUP.OCCURRENCE_AT.le(cutoff))
            .orderBy(SIGNUP.OCCURRENCE_AT, SIGNUP.ID)
            .limit(limit)
            .fetch(SIGNUP.ID);
    return signups.isEmpty() ? 0 : dsl.deleteFrom(SIGNUP).where(SIGNUP.ID.in(signups)).execute();
  }

  // ---- revoked calendar feeds

  private int purgeFeeds(Instant cutoff, int limit) {
    List<String> feeds =
        dsl.select(CALENDAR_FEED.TOKEN_HASH)
            .from(CALENDAR_FEED)
            .where(CALENDAR_FEED.REVOKED_AT.le(cutoff))
            .orderBy(CALENDAR_FEED.REVOKED_AT, CALENDAR_FEED.TOKEN_HASH)
            .limit(limit)
            .fetch(CALENDAR_FEED.TOKEN_HASH);
    return feeds.isEmpty()
        ? 0
        : dsl.deleteFrom(CALENDAR_FEED).where(CALENDAR_FEED.TOKEN_HASH.in(feeds)).execute();
  }

  // ---- closed courses with everything on them

  private int purgeCourses(Instant cutoff, int limit) {
    List<UUID> courses =
        dsl.select(COURSE.ID)
            .from(COURSE)
            .where(COURSE.STATE.eq("CLOSED"))
            .and(COURSE.CLOSED_AT.le(cutoff))
            .orderBy(COURSE.CLOSED_AT, COURSE.ID)
            .limit(limit)
            .fetch(COURSE.ID);
    if (courses.isEmpty()) {
      return 0;
    }
    var appointments =
        dsl.select(APPOINTMENT.ID).from(APPOINTMENT).where(APPOINTMENT.COURSE_ID.in(courses));
    // threads kept longer than their course lose the link to it
    dsl.update(MESSAGE_THREAD)
        .setNull(MESSAGE_THREAD.COURSE_ID)
        .setNull(MESSAGE_THREAD.APPOINTMENT_ID)
        .set(MESSAGE_THREAD.VERSION, MESSAGE_THREAD.VERSION.plus(1L))
        .where(MESSAGE_THREAD.COURSE_ID.in(courses))
        .or(MESSAGE_THREAD.APPOINTMENT_ID.in(appointments))
        .execute();
    dsl.deleteFrom(CARE_TEAM_MEMBER).where(CARE_TEAM_MEMBER.COURSE_ID.in(courses)).execute();
    var ownItems =
        dsl.select(MATERIAL_ITEM.ID).from(MATERIAL_ITEM).where(MATERIAL_ITEM.COURSE_ID.in(courses));
    dsl.deleteFrom(MATERIAL_RELEASE).where(MATERIAL_RELEASE.COURSE_ID.in(courses)).execute();
    dsl.deleteFrom(MATERIAL_PROGRESS).where(MATERIAL_PROGRESS.ITEM_ID.in(ownItems)).execute();
    dsl.deleteFrom(MATERIAL_VARIANT).where(MATERIAL_VARIANT.ITEM_ID.in(ownItems)).execute();
    dsl.deleteFrom(MATERIAL_ITEM).where(MATERIAL_ITEM.COURSE_ID.in(courses)).execute();
    var reminders =
        dsl.select(REMINDER.ID).from(REMINDER).where(REMINDER.APPOINTMENT_ID.in(appointments));
    // relatives' copies of the reminders, and their log
    dsl.deleteFrom(RELATIVE_REMINDER_ATTEMPT)
        .where(
            RELATIVE_REMINDER_ATTEMPT.RELATIVE_REMINDER_ID.in(
                dsl.select(RELATIVE_REMINDER.ID)
                    .from(RELATIVE_REMINDER)
                    .where(RELATIVE_REMINDER.REMINDER_ID.in(reminders))))
        .execute();
    dsl.deleteFrom(RELATIVE_REMINDER).where(RELATIVE_REMINDER.REMINDER_ID.in(reminders)).execute();
    dsl.deleteFrom(DELIVERY_ATTEMPT).where(DELIVERY_ATTEMPT.REMINDER_ID.in(reminders)).execute();
    dsl.deleteFrom(REMINDER).where(REMINDER.APPOINTMENT_ID.in(appointments)).execute();
    dsl.deleteFrom(APPOINTMENT_PARTICIPANT)
        .where(APPOINTMENT_PARTICIPANT.APPOINTMENT_ID.in(appointments))
        .execute();
    // a moved appointment refers to its replacement; H2 checks the reference row by row
    dsl.update(APPOINTMENT)
        .setNull(APPOINTMENT.REPLACES_ID)
        .where(APPOINTMENT.COURSE_ID.in(courses))
        .execute();
    dsl.deleteFrom(APPOINTMENT).where(APPOINTMENT.COURSE_ID.in(courses)).execute();
    dsl.deleteFrom(PLAN_ITEM).where(PLAN_ITEM.COURSE_ID.in(courses)).execute();
    dsl.deleteFrom(PREFERENCE).where(PREFERENCE.COURSE_ID.in(courses)).execute();
    return dsl.deleteFrom(COURSE).where(COURSE.ID.in(courses)).execute();
  }
}
