package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.APPOINTMENT;
import static dk.borgerdialog.persistence.internal.jooq.Tables.APPOINTMENT_PARTICIPANT;
import static dk.borgerdialog.persistence.internal.jooq.Tables.AUDIT_RECORD;
import static dk.borgerdialog.persistence.internal.jooq.Tables.CITIZEN;
import static dk.borgerdialog.persistence.internal.jooq.Tables.CONTACT_PREFERENCES;
import static dk.borgerdialog.persistence.internal.jooq.Tables.COURSE;
import static dk.borgerdialog.persistence.internal.jooq.Tables.DELIVERY_ATTEMPT;
import static dk.borgerdialog.persistence.internal.jooq.Tables.IN_APP_NOTIFICATION;
import static dk.borgerdialog.persistence.internal.jooq.Tables.OUTBOX_EVENT;
import static dk.borgerdialog.persistence.internal.jooq.Tables.PLAN_ITEM;
import static dk.borgerdialog.persistence.internal.jooq.Tables.PREFERENCE;
import static dk.borgerdialog.persistence.internal.jooq.Tables.RELATIVE_GRANT;
import static dk.borgerdialog.persistence.internal.jooq.Tables.REMINDER;

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
import org.jooq.Record;
import org.jspecify.annotations.Nullable;

/**
 * The personal data the foundation's capabilities hold, as {@link PersonalDataKind}s: the citizen
 * and their contact preferences, courses with plan items and preferences, appointments with
 * reminders and delivery attempts, in-app notifications, relatives' grants, and the audit trail.
 *
 * <p>Items are exported with every column but versions and hashes, each named in lower camel case
 * after its column; ids are UUID text and instants ISO-8601 UTC.
 */
public final class JooqPersonalData {
  private static final Set<String> NOT_EXPORTED =
      Set.of("version", "prevHash", "contentHash", "chainHash");

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
        kind("inAppNotifications", this::exportNotifications, this::eraseNotifications),
        kind("relativeGrants", this::exportGrants, this::eraseGrants),
        kind("auditTrail", this::exportAudit, this::stripAudit));
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

  // ---- in-app notifications

  private List<Map<String, Object>> exportNotifications(UUID citizen) {
    return jsonList(
        dsl.selectFrom(IN_APP_NOTIFICATION)
            .where(IN_APP_NOTIFICATION.CITIZEN_ID.eq(citizen))
            .orderBy(IN_APP_NOTIFICATION.CREATED_AT)
            .fetch());
  }

  private int eraseNotifications(UUID citizen, Instant now) {
    return dsl.deleteFrom(IN_APP_NOTIFICATION)
        .where(IN_APP_NOTIFICATION.CITIZEN_ID.eq(citizen))
        .execute();
  }

  // ---- relatives' grants

  private List<Map<String, Object>> exportGrants(UUID citizen) {
    return jsonList(
        dsl.selectFrom(RELATIVE_GRANT)
            .where(RELATIVE_GRANT.CITIZEN_ID.eq(citizen))
            .orderBy(RELATIVE_GRANT.GRANTED_AT)
            .fetch());
  }

  private int eraseGrants(UUID citizen, Instant now) {
    return dsl.deleteFrom(RELATIVE_GRANT).where(RELATIVE_GRANT.CITIZEN_ID.eq(citizen)).execute();
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
