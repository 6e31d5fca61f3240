package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.APPOINTMENT;
import static dk.borgerdialog.persistence.internal.jooq.Tables.APPOINTMENT_PARTICIPANT;
import static dk.borgerdialog.persistence.internal.jooq.Tables.AUDIT_RECORD;
import static dk.borgerdialog.persistence.internal.jooq.Tables.CALENDAR_FEED;
import static dk.borgerdialog.persistence.internal.jooq.Tables.CARE_TEAM_MEMBER;
import static dk.borgerdialog.persistence.internal.jooq.Tables.CITIZEN;
import static dk.borgerdialog.persistence.internal.jooq.Tables.CITIZEN_INTEREST;
import static dk.borgerdialog.persistence.internal.jooq.Tables.CONTACT_PREFERENCES;
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
import static dk.borgerdialog.persistence.internal.jooq.Tables.OUTBOX_EVENT;
import static dk.borgerdialog.persistence.internal.jooq.Tables.PLAN_ITEM;
import static dk.borgerdialog.persistence.internal.jooq.Tables.PREFERENCE;
import static dk.borgerdialog.persistence.internal.jooq.Tables.RELATIVE_GRANT;
import static dk.borgerdialog.persistence.internal.jooq.Tables.RELATIVE_REMINDER;
import static dk.borgerdialog.persistence.internal.jooq.Tables.RELATIVE_REMINDER_ATTEMPT;
import static dk.borgerdialog.persistence.internal.jooq.Tables.REMINDER;
import static dk.borgerdialog.persistence.internal.jooq.Tables.SIGNUP;
import static dk.borgerdialog.persistence.internal.jooq.Tables.SUGGESTION;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.gdpr.model.PersonalDataKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jspecify.annotations.Nullable;

/**
 * The personal data the foundation's capabilities hold, as {@link PersonalDataKind}s: the citizen
 * and their contact preferences, courses with plan items and preferences, appointments with
 * reminders, their delivery attempts and relatives' copies, in-app notifications, relatives'
 * grants, and the audit trail; and those of the later capabilities: care teams, message threads
 * with their messages and attachments, notice deliveries, activity signups, suggestions and
 * interests, material progress and the material of the citizen's own courses, and calendar feeds.
 *
 * <p>Items are exported with every column but versions and hashes, each named in lower camel case
 * after its column; ids are UUID text and instants ISO-8601 UTC.
 */
public final class JooqPersonalData {
  private static final Set<String> NOT_EXPORTED =
      Set.of("version", "prevHash", "contentHash", "chainHash", "tokenHash");

  /** The citizen's name after erasure. */
  static final String ERASED = "(slettet)";

  private final DSLContext dsl;

  /**
   * Creates the kinds.
   *
   * @param dsl the context
   */
  public JooqPersonalData(DSLContext dsl) {
    this.dsl = dsl;
  }

  /**
   * The kinds, in registration order: erasure runs them in reverse.
   *
   * @return the kinds
   */
  public List<PersonalDataKind> kinds() {
    return List.of(
        kind("citizen", this::exportCitizen, this::eraseCitizen),
        kind("courses", this::exportCourses, this::eraseCourses),
        kind("appointments", this::exportAppointments, this::eraseAppointments),
        ownRows(
            "inAppNotifications",
            IN_APP_NOTIFICATION,
            IN_APP_NOTIFICATION.CITIZEN_ID,
            IN_APP_NOTIFICATION.CREATED_AT),
        ownRows(
            "relativeGrants", RELATIVE_GRANT, RELATIVE_GRANT.CITIZEN_ID, RELATIVE_GRANT.GRANTED_AT),
        kind("auditTrail", this::exportAudit, this::stripAudit),
        kind("careTeams", this::exportCareTeams, this::eraseCareTeams),
        kind("messageThreads", this::exportThreads, this::eraseThreads),
        kind("noticeDeliveries", this::exportNoticeDeliveries, this::eraseNoticeDeliveries),
        ownRows("activitySignups", SIGNUP, SIGNUP.CITIZEN_ID, SIGNUP.SIGNED_UP_AT, SIGNUP.ID),
        ownRows(
            "activitySuggestions",
            SUGGESTION,
            SUGGESTION.CITIZEN_ID,
            SUGGESTION.SUGGESTED_AT,
            SUGGESTION.ID),
        ownRows("interests", CITIZEN_INTEREST, CITIZEN_INTEREST.CITIZEN_ID, CITIZEN_INTEREST.CODE),
        kind("courseMaterial", this::exportCourseMaterial, this::eraseCourseMaterial),
        ownRows(
            "materialProgress",
            MATERIAL_PROGRESS,
            MATERIAL_PROGRESS.CITIZEN_ID,
            MATERIAL_PROGRESS.ITEM_ID),
        // the token's hash is a credential: json() leaves it out, as it leaves out every hash
        ownRows("calendarFeeds", CALENDAR_FEED, CALENDAR_FEED.CITIZEN_ID, CALENDAR_FEED.ISSUED_AT));
  }

  private interface Exporter {
    List<Map<String, Object>> export(UUID citizen);
  }

  private interface Eraser {
    int erase(UUID citizen, Instant now);
  }

  private static PersonalDataKind kind(String name, Exporter exporter, Eraser eraser) {
    return new PersonalDataKind() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<Map<String, Object>> export(CitizenId citizen) {
        return exporter.export(citizen.value());
      }

      @Override
      public int erase(CitizenId citizen, Instant now) {
        return eraser.erase(citizen.value(), now);
      }

      @Override
      public String toString() {
        return "PersonalDataKind[" + name + "]";
      }
    };
  }

  /**
   * A kind that is every row of one table that names the citizen, exported in the given order and
   * erased by deleting the rows.
   */
  private PersonalDataKind ownRows(
      String name, Table<?> table, TableField<?, UUID> citizenColumn, OrderField<?>... order) {
    return kind(
        name,
        citizen ->
            jsonList(dsl.selectFrom(table).where(citizenColumn.eq(citizen)).orderBy(order).fetch()),
        (citizen, now) -> dsl.deleteFrom(table).where(citizenColumn.eq(citizen)).execute());
  }

  // ---- the citizen

  private List<Map<String, Object>> exportCitizen(UUID citizen) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Record r : dsl.selectFrom(CITIZEN).where(CITIZEN.ID.eq(citizen)).fetch()) {
      Map<String, Object> item = json(r);
      Record preferences =
          dsl.selectFrom(CONTACT_PREFERENCES)
              .where(CONTACT_PREFERENCES.CITIZEN_ID.eq(citizen))
              .fetchOne();
      item.put("contactPreferences", preferences == null ? null : json(preferences));
      items.add(item);
    }
    return items;
  }

  private int eraseCitizen(UUID citizen, Instant now) {
    int rows =
        dsl.deleteFrom(CONTACT_PREFERENCES)
            .where(CONTACT_PREFERENCES.CITIZEN_ID.eq(citizen))
            .execute();
    rows +=
        dsl.update(CITIZEN)
            .set(CITIZEN.NAME, ERASED)
            .set(CITIZEN.REF_SYSTEM, "erased")
            .set(CITIZEN.REF_VALUE, citizen.toString())
            .setNull(CITIZEN.CPR)
            .set(CITIZEN.VERSION, CITIZEN.VERSION.plus(1L))
            .where(CITIZEN.ID.eq(citizen))
            .execute();
    return rows;
  }

  // ---- courses, plan items, preferences

  private List<Map<String, Object>> exportCourses(UUID citizen) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Record course :
        dsl.selectFrom(COURSE)
            .where(COURSE.CITIZEN_ID.eq(citizen))
            .orderBy(COURSE.OPENED_AT)
            .fetch()) {
      Map<String, Object> item = json(course);
      UUID id = course.get(COURSE.ID);
      item.put(
          "planItems",
          jsonList(
              dsl.selectFrom(PLAN_ITEM)
                  .where(PLAN_ITEM.COURSE_ID.eq(id))
                  .orderBy(PLAN_ITEM.WRITTEN_AT)
                  .fetch()));
      item.put(
          "preferences",
          jsonList(
              dsl.selectFrom(PREFERENCE)
                  .where(PREFERENCE.COURSE_ID.eq(id))
                  .orderBy(PREFERENCE.STATED_AT)
                  .fetch()));
      items.add(item);
    }
    return items;
  }

  private int eraseCourses(UUID citizen, Instant now) {
    var courses = dsl.select(COURSE.ID).from(COURSE).where(COURSE.CITIZEN_ID.eq(citizen));
    int rows = dsl.deleteFrom(PREFERENCE).where(PREFERENCE.COURSE_ID.in(courses)).execute();
    rows += dsl.deleteFrom(PREFERENCE).where(PREFERENCE.CITIZEN_ID.eq(citizen)).execute();
    rows += dsl.deleteFrom(PLAN_ITEM).where(PLAN_ITEM.COURSE_ID.in(courses)).execute();
    rows += dsl.deleteFrom(COURSE).where(COURSE.CITIZEN_ID.eq(citizen)).execute();
    return rows;
  }

  // ---- appointments, reminders, delivery attempts

  private List<Map<String, Object>> exportAppointments(UUID citizen) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Record appointment :
        dsl.selectFrom(APPOINTMENT)
            .where(APPOINTMENT.CITIZEN_ID.eq(citizen))
            .orderBy(APPOINTMENT.STARTS_AT, APPOINTMENT.ID)
            .fetch()) {
      Map<String, Object> item = json(appointment);
      UUID id = appointment.get(APPOINTMENT.ID);
      item.put(
          "participants",
          dsl.select(APPOINTMENT_PARTICIPANT.STAFF_MEMBER_ID)
              .from(APPOINTMENT_PARTICIPANT)
              .where(APPOINTMENT_PARTICIPANT.APPOINTMENT_ID.eq(id))
              .orderBy(APPOINTMENT_PARTICIPANT.POSITION_NO)
              .fetch(r -> r.value1().toString()));
      List<Map<String, Object>> reminders = new ArrayList<>();
      for (Record reminder :
          dsl.selectFrom(REMINDER)
              .where(REMINDER.APPOINTMENT_ID.eq(id))
              .orderBy(REMINDER.DUE_AT)
              .fetch()) {
        Map<String, Object> r = json(reminder);
        r.put(
            "deliveryAttempts",
            jsonList(
                dsl.selectFrom(DELIVERY_ATTEMPT)
                    .where(DELIVERY_ATTEMPT.REMINDER_ID.eq(reminder.get(REMINDER.ID)))
                    .orderBy(DELIVERY_ATTEMPT.SEQ)
                    .fetch()));
        List<Map<String, Object>> copies = new ArrayList<>();
        for (Record copy :
            dsl.selectFrom(RELATIVE_REMINDER)
                .where(RELATIVE_REMINDER.REMINDER_ID.eq(reminder.get(REMINDER.ID)))
                .orderBy(RELATIVE_REMINDER.CREATED_AT, RELATIVE_REMINDER.ID)
                .fetch()) {
          Map<String, Object> c = json(copy);
          List<Map<String, Object>> attempts =
              jsonList(
                  dsl.selectFrom(RELATIVE_REMINDER_ATTEMPT)
                      .where(
                          RELATIVE_REMINDER_ATTEMPT.RELATIVE_REMINDER_ID.eq(
                              copy.get(RELATIVE_REMINDER.ID)))
                      .orderBy(RELATIVE_REMINDER_ATTEMPT.SEQ)
                      .fetch());
          attempts.forEach(a -> a.remove("seq"));
          c.put("attempts", attempts);
          copies.add(c);
        }
        r.put("relativeCopies", copies);
        reminders.add(r);
      }
      item.put("reminders", reminders);
      items.add(item);
    }
    return items;
  }

  private int eraseAppointments(UUID citizen, Instant now) {
    var reminders = dsl.select(REMINDER.ID).from(REMINDER).where(REMINDER.CITIZEN_ID.eq(citizen));
    var appointments =
        dsl.select(APPOINTMENT.ID).from(APPOINTMENT).where(APPOINTMENT.CITIZEN_ID.eq(citizen));
    int rows =
        dsl.deleteFrom(RELATIVE_REMINDER_ATTEMPT)
            .where(
                RELATIVE_REMINDER_ATTEMPT.RELATIVE_REMINDER_ID.in(
                    dsl.select(RELATIVE_REMINDER.ID)
                        .from(RELATIVE_REMINDER)
                        .where(RELATIVE_REMINDER.CITIZEN_ID.eq(citizen))))
            .execute();
    rows +=
        dsl.deleteFrom(RELATIVE_REMINDER).where(RELATIVE_REMINDER.CITIZEN_ID.eq(citizen)).execute();
    rows +=
        dsl.deleteFrom(DELIVERY_ATTEMPT)
            .where(DELIVERY_ATTEMPT.REMINDER_ID.in(reminders))
            .execute();
    rows += dsl.deleteFrom(REMINDER).where(REMINDER.CITIZEN_ID.eq(citizen)).execute();
    rows +=
        dsl.deleteFrom(APPOINTMENT_PARTICIPANT)
            .where(APPOINTMENT_PARTICIPANT.APPOINTMENT_ID.in(appointments))
            .execute();
    // the outbox's events name the citizen in their payloads
    rows +=
        dsl.deleteFrom(OUTBOX_EVENT)
            .where(OUTBOX_EVENT.PAYLOAD.contains(citizen.toString()))
            .execute();
    // a moved appointment refers to its replacement; H2 checks the reference row by row
    dsl.update(APPOINTMENT)
        .setNull(APPOINTMENT.REPLACES_ID)
        .where(APPOINTMENT.CITIZEN_ID.eq(citizen))
        .execute();
    rows += dsl.deleteFrom(APPOINTMENT).where(APPOINTMENT.CITIZEN_ID.eq(citizen)).execute();
    return rows;
  }

  // ---- the audit trail

  private List<Map<String, Object>> exportAudit(UUID citizen) {
    return jsonList(
        dsl.selectFrom(AUDIT_RECORD)
            .where(AUDIT_RECORD.CITIZEN_ID.eq(citizen))
            .orderBy(AUDIT_RECORD.SEQ)
            .fetch());
  }

  /**
   * Audit records are kept, still chained, but their content beyond who, when and what is stripped:
   * the refusal's reason, the entity's id and the correlation id.
   */
  private int stripAudit(UUID citizen, Instant now) {
    return dsl.update(AUDIT_RECORD)
        .setNull(AUDIT_RECORD.REASON)
        .setNull(AUDIT_RECORD.ENTITY_ID)
        .setNull(AUDIT_RECORD.CORRELATION_ID)
        .set(AUDIT_RECORD.ERASED_AT, now)
        .where(AUDIT_RECORD.CITIZEN_ID.eq(citizen))
        .and(AUDIT_RECORD.ERASED_AT.isNull())
        .execute();
  }

  // ---- care teams (Mine kontakter)

  private List<Map<String, Object>> exportCareTeams(UUID citizen) {
    return jsonList(
        dsl.selectFrom(CARE_TEAM_MEMBER)
            .where(CARE_TEAM_MEMBER.CITIZEN_ID.eq(citizen))
            .orderBy(CARE_TEAM_MEMBER.ACTIVE_FROM, CARE_TEAM_MEMBER.ID)
            .fetch());
  }

  private int eraseCareTeams(UUID citizen, Instant now) {
    return dsl.deleteFrom(CARE_TEAM_MEMBER)
        .where(CARE_TEAM_MEMBER.CITIZEN_ID.eq(citizen))
        .execute();
  }

  // ---- message threads, messages, attachments

  private List<Map<String, Object>> exportThreads(UUID citizen) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Record thread :
        dsl.selectFrom(MESSAGE_THREAD)
            .where(MESSAGE_THREAD.CITIZEN_ID.eq(citizen))
            .orderBy(MESSAGE_THREAD.SEQ)
            .fetch()) {
      Map<String, Object> item = json(thread);
      item.remove("seq");
      List<Map<String, Object>> messages = new ArrayList<>();
      for (Record message :
          dsl.selectFrom(MESSAGE)
              .where(MESSAGE.THREAD_ID.eq(thread.get(MESSAGE_THREAD.ID)))
              .orderBy(MESSAGE.SEQ)
              .fetch()) {
        Map<String, Object> m = json(message);
        m.remove("seq");
        m.put(
            "attachments",
            jsonList(
                dsl.selectFrom(MESSAGE_ATTACHMENT)
                    .where(MESSAGE_ATTACHMENT.MESSAGE_ID.eq(message.get(MESSAGE.ID)))
                    .orderBy(MESSAGE_ATTACHMENT.ID)
                    .fetch()));
        messages.add(m);
      }
      item.put("messages", messages);
      items.add(item);
    }
    return items;
  }

  /**
   * A thread's messages, written by the citizen, a relative or staff, are all the citizen's data:
   * they and their attachments are deleted. The thread's row stays for the staff side's statistics
   * (when it was opened, first answered and last written in), closed, without its subject and its
   * links to the course and appointment, and marked erased.
   */
  private int eraseThreads(UUID citizen, Instant now) {
    var threads =
        dsl.select(MESSAGE_THREAD.ID)
            .from(MESSAGE_THREAD)
            .where(MESSAGE_THREAD.CITIZEN_ID.eq(citizen));
    var messages = dsl.select(MESSAGE.ID).from(MESSAGE).where(MESSAGE.THREAD_ID.in(threads));
    int rows =
        dsl.deleteFrom(MESSAGE_ATTACHMENT)
            .where(MESSAGE_ATTACHMENT.MESSAGE_ID.in(messages))
            .execute();
    rows += dsl.deleteFrom(MESSAGE).where(MESSAGE.THREAD_ID.in(threads)).execute();
    rows +=
        dsl.update(MESSAGE_THREAD)
            .set(MESSAGE_THREAD.SUBJECT, ERASED)
            .set(MESSAGE_THREAD.STATUS, "CLOSED")
            .setNull(MESSAGE_THREAD.COURSE_ID)
            .setNull(MESSAGE_THREAD.APPOINTMENT_ID)
            .setNull(MESSAGE_THREAD.OLDEST_UNANSWERED_AT)
            .set(MESSAGE_THREAD.CITIZEN_UNREAD, 0)
            .set(MESSAGE_THREAD.STAFF_UNREAD, 0)
            .set(MESSAGE_THREAD.ERASED_AT, now)
            .set(MESSAGE_THREAD.VERSION, MESSAGE_THREAD.VERSION.plus(1L))
            .where(MESSAGE_THREAD.CITIZEN_ID.eq(citizen))
            .and(MESSAGE_THREAD.ERASED_AT.isNull())
            .execute();
    return rows;
  }

  // ---- notice deliveries ("You have a new message") and their attempts

  private List<Map<String, Object>> exportNoticeDeliveries(UUID citizen) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Record delivery :
        dsl.selectFrom(NOTICE_DELIVERY)
            .where(NOTICE_DELIVERY.CITIZEN_ID.eq(citizen))
            .orderBy(NOTICE_DELIVERY.CREATED_AT, NOTICE_DELIVERY.ID)
            .fetch()) {
      Map<String, Object> item = json(delivery);
      List<Map<String, Object>> attempts =
          jsonList(
              dsl.selectFrom(NOTICE_ATTEMPT)
                  .where(NOTICE_ATTEMPT.NOTICE_DELIVERY_ID.eq(delivery.get(NOTICE_DELIVERY.ID)))
                  .orderBy(NOTICE_ATTEMPT.SEQ)
                  .fetch());
      attempts.forEach(a -> a.remove("seq"));
      item.put("attempts", attempts);
      items.add(item);
    }
    return items;
  }

  private int eraseNoticeDeliveries(UUID citizen, Instant now) {
    int rows =
        dsl.deleteFrom(NOTICE_ATTEMPT)
            .where(
                NOTICE_ATTEMPT.NOTICE_DELIVERY_ID.in(
                    dsl.select(NOTICE_DELIVERY.ID)
                        .from(NOTICE_DELIVERY)
                        .where(NOTICE_DELIVERY.CITIZEN_ID.eq(citizen))))
            .execute();
    rows += dsl.deleteFrom(NOTICE_DELIVERY).where(NOTICE_DELIVERY.CITIZEN_ID.eq(citizen)).execute();
    return rows;
  }

  // ---- information material of the citizen's courses; views and "understood" are own rows

  /**
   * Per course of the citizen: what was released on it, and the items written for it alone, with
   * their texts. Items of a course template are the municipality's, not personal data, and appear
   * by id only (in releases and progress).
   */
  private List<Map<String, Object>> exportCourseMaterial(UUID citizen) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (UUID course :
        dsl.select(COURSE.ID)
            .from(COURSE)
            .where(COURSE.CITIZEN_ID.eq(citizen))
            .orderBy(COURSE.OPENED_AT, COURSE.ID)
            .fetch(r -> r.value1())) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("courseId", course.toString());
      item.put(
          "releases",
          jsonList(
              dsl.selectFrom(MATERIAL_RELEASE)
                  .where(MATERIAL_RELEASE.COURSE_ID.eq(course))
                  .orderBy(MATERIAL_RELEASE.RELEASED_AT, MATERIAL_RELEASE.ITEM_ID)
                  .fetch()));
      List<Map<String, Object>> own = new ArrayList<>();
      for (Record r :
          dsl.selectFrom(MATERIAL_ITEM)
              .where(MATERIAL_ITEM.COURSE_ID.eq(course))
              .orderBy(MATERIAL_ITEM.ATTACHED_SEQ)
              .fetch()) {
        Map<String, Object> m = json(r);
        m.remove("attachedSeq");
        m.put(
            "variants",
            jsonList(
                dsl.selectFrom(MATERIAL_VARIANT)
                    .where(MATERIAL_VARIANT.ITEM_ID.eq(r.get(MATERIAL_ITEM.ID)))
                    .orderBy(MATERIAL_VARIANT.LANGUAGE)
                    .fetch()));
        own.add(m);
      }
      item.put("items", own);
      items.add(item);
    }
    return items;
  }

  private int eraseCourseMaterial(UUID citizen, Instant now) {
    var courses = dsl.select(COURSE.ID).from(COURSE).where(COURSE.CITIZEN_ID.eq(citizen));
    var ownItems =
        dsl.select(MATERIAL_ITEM.ID).from(MATERIAL_ITEM).where(MATERIAL_ITEM.COURSE_ID.in(courses));
    int rows =
        dsl.deleteFrom(MATERIAL_RELEASE).where(MATERIAL_RELEASE.COURSE_ID.in(courses)).execute();
    rows +=
        dsl.deleteFrom(MATERIAL_PROGRESS).where(MATERIAL_PROGRESS.ITEM_ID.in(ownItems)).execute();
    rows += dsl.deleteFrom(MATERIAL_VARIANT).where(MATERIAL_VARIANT.ITEM_ID.in(ownItems)).execute();
    rows += dsl.deleteFrom(MATERIAL_ITEM).where(MATERIAL_ITEM.COURSE_ID.in(courses)).execute();
    return rows;
  }

  // ---- JSON-ready values

  private static List<Map<String, Object>> jsonList(Iterable<? extends Record> records) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Record r : records) {
      items.add(json(r));
    }
    return items;
  }

  private static Map<String, Object> json(Record r) {
    Map<String, Object> item = new LinkedHashMap<>();
    for (Field<?> field : r.fields()) {
      String name = camel(field.getName());
      if (!NOT_EXPORTED.contains(name)) {
        item.put(name, value(r.get(field)));
      }
    }
    return item;
  }

  private static @Nullable Object value(@Nullable Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Number
        || value instanceof Boolean) {
      return value;
    }
    if (value instanceof byte[] bytes) {
      return java.util.Base64.getEncoder().encodeToString(bytes);
    }
    return value.toString();
  }

  private static String camel(String column) {
    String[] parts = column.toLowerCase(java.util.Locale.ROOT).split("_");
    StringBuilder name = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      if (!parts[i].isEmpty()) {
        name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
      }
    }
    return name.toString();
  }
}
