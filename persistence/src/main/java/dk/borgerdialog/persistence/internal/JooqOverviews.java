package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.APPOINTMENT;
import static dk.borgerdialog.persistence.internal.jooq.Tables.APPOINTMENT_PARTICIPANT;
import static dk.borgerdialog.persistence.internal.jooq.Tables.CITIZEN;
import static dk.borgerdialog.persistence.internal.jooq.Tables.COURSE;
import static dk.borgerdialog.persistence.internal.jooq.Tables.COURSE_TEMPLATE;
import static dk.borgerdialog.persistence.internal.jooq.Tables.IN_APP_NOTIFICATION;
import static dk.borgerdialog.persistence.internal.jooq.Tables.PLAN_ITEM;
import static dk.borgerdialog.persistence.internal.jooq.Tables.PREFERENCE;
import static dk.borgerdialog.persistence.internal.jooq.Tables.STAFF_MEMBER;
import static dk.borgerdialog.persistence.internal.jooq.Tables.UNIT;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.notification.model.InAppNotification;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.ChangeDeadline;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.persistence.internal.jooq.tables.records.InAppNotificationRecord;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.plan.model.CitizenOverview;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.plan.model.CourseSummary;
import dk.borgerdialog.plan.model.Overviews;
import dk.borgerdialog.plan.model.Participant;
import dk.borgerdialog.plan.model.PlanItem;
import dk.borgerdialog.plan.model.Preference;
import dk.borgerdialog.plan.model.UpcomingAppointment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record5;
import org.jooq.Result;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * The citizen's overview in one statement, whatever the number of courses and appointments: the
 * citizen's row with, as {@code MULTISET}s, the courses (with template and unit), their plan items,
 * their preferences, the upcoming appointments (with their unit), the participants of those and the
 * newest in-app notifications, and the unread count as a scalar subquery. jOOQ renders each set as
 * a JSON aggregate, on H2 and PostgreSQL alike; the rows are put in order here.
 *
 * <p>The courses are read for every unit, so that the caller can decide access on the units of all
 * the citizen's courses from the same read; those outside the units asked for are left out of the
 * overview here.
 */
public final class JooqOverviews implements Overviews {
  private static final Field<Integer> UNREAD = DSL.field(DSL.name("unread"), Integer.class);

  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqOverviews(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<Read> read(
      CitizenId citizen,
      Instant now,
      int maxUpcoming,
      @Nullable Set<UnitId> onlyUnits,
      int notifications) {
    Versions.requireLimit(maxUpcoming);
    Versions.requireLimit(notifications);
    boolean nothingVisible = onlyUnits != null && onlyUnits.isEmpty();
    boolean withUpcoming = !nothingVisible && maxUpcoming > 0;

    UUID id = citizen.value();
    Field<Result<Record>> courses = courses(id).as("courses");
    Field<Result<Record>> items =
        DSL.multiset(
                DSL.select(PLAN_ITEM.fields())
                    .from(COURSE)
                    .join(PLAN_ITEM)
                    .on(PLAN_ITEM.COURSE_ID.eq(COURSE.ID))
                    .where(COURSE.CITIZEN_ID.eq(id)))
            .as("plan_items");
    Field<Result<Record>> stated =
        DSL.multiset(
                DSL.select(PREFERENCE.fields())
                    .from(COURSE)
                    .join(PREFERENCE)
                    .on(PREFERENCE.COURSE_ID.eq(COURSE.ID))
                    .where(COURSE.CITIZEN_ID.eq(id)))
            .as("preferences");
    Field<Result<Record>> upcoming =
        DSL.multiset(upcoming(id, now, maxUpcoming, onlyUnits)).as("upcoming");
    Field<Result<Record5<UUID, Integer, UUID, String, String>>> participants =
        participants(id, now, onlyUnits).as("participants");
    Field<Result<InAppNotificationRecord>> newest =
        DSL.multiset(
                DSL.selectFrom(IN_APP_NOTIFICATION)
                    .where(IN_APP_NOTIFICATION.CITIZEN_ID.eq(id))
                    .orderBy(IN_APP_NOTIFICATION.CREATED_AT.desc(), IN_APP_NOTIFICATION.ID.desc())
                    .limit(Math.max(1, notifications)))
            .as("notifications");
    Field<Integer> unread =
        DSL.field(
                DSL.selectCount()
                    .from(IN_APP_NOTIFICATION)
                    .where(IN_APP_NOTIFICATION.CITIZEN_ID.eq(id))
                    .and(IN_APP_NOTIFICATION.READ_AT.isNull()))
            .as(UNREAD);

    List<SelectField<?>> fields = new ArrayList<>(List.of(CITIZEN.fields()));
    fields.add(courses);
    fields.add(items);
    fields.add(stated);
    if (withUpcoming) {
      fields.add(upcoming);
      fields.add(participants);
    }
    if (notifications > 0) {
      fields.add(newest);
      fields.add(unread);
    }
    Record row = dsl.select(fields).from(CITIZEN).where(CITIZEN.ID.eq(id)).fetchOne();
    if (row == null) {
      return Optional.empty();
    }
    Citizen found = JooqCitizens.toCitizen(row.into(CITIZEN));

    Map<UUID, List<PlanItem>> itemsByCourse =
        row.get(items).stream()
            .map(r -> JooqPlanItems.toPlanItem(r.into(PLAN_ITEM)))
            .sorted(
                Comparator.comparing(PlanItem::writtenAt)
                    .thenComparing(i -> i.id().value().toString()))
            // goals, then tasks, then the way forward; the sort is stable, so oldest first within
            .sorted(Comparator.comparing(PlanItem::kind))
            .collect(Collectors.groupingBy(i -> i.course().value()));
    Map<UUID, List<Preference>> preferencesByCourse =
        row.get(stated).stream()
            .map(r -> JooqPreferences.toPreference(r.into(PREFERENCE)))
            .sorted(
                Comparator.comparing(Preference::statedAt)
                    .thenComparing(p -> p.id().value().toString()))
            .collect(Collectors.groupingBy(p -> p.course().value()));
    Set<UnitId> courseUnits = new LinkedHashSet<>();
    List<CourseSummary> summaries = new ArrayList<>();
    for (Record r : sorted(row.get(courses), COURSE.OPENED_AT, COURSE.ID)) {
      Course course = JooqCourses.toCourse(r.into(COURSE));
      courseUnits.add(course.unit());
      if (nothingVisible || (onlyUnits != null && !onlyUnits.contains(course.unit()))) {
        continue;
      }
      summaries.add(
          new CourseSummary(
              course,
              r.get(COURSE_TEMPLATE.NAME),
              CourseKind.valueOf(r.get(COURSE_TEMPLATE.KIND)),
              r.get(UNIT.PUBLIC_NAME),
              itemsByCourse.getOrDefault(course.id().value(), List.of()),
              preferencesByCourse.getOrDefault(course.id().value(), List.of())));
    }

    List<UpcomingAppointment> next = new ArrayList<>();
    if (withUpcoming) {
      Map<UUID, List<Participant>> people = new HashMap<>();
      row.get(participants).stream()
          .sorted(Comparator.comparing(Record5::value2))
          .forEach(
              p ->
                  people
                      .computeIfAbsent(p.value1(), k -> new ArrayList<>())
                      .add(new Participant(new StaffMemberId(p.value3()), p.value4(), p.value5())));
      for (Record r : sorted(row.get(upcoming), APPOINTMENT.STARTS_AT, APPOINTMENT.ID)) {
        List<Participant> with = people.getOrDefault(r.get(APPOINTMENT.ID), List.of());
        Appointment appointment =
            JooqAppointments.toAppointment(
                r.into(APPOINTMENT), with.stream().map(Participant::id).toList());
        BookingRules rules =
            new BookingRules(
                new ChangeDeadline(Duration.ofSeconds(r.get(UNIT.DEADLINE_SECONDS))),
                r.get(UNIT.CITIZENS_MAY_CANCEL),
                r.get(UNIT.CITIZENS_MAY_MOVE));
        next.add(new UpcomingAppointment(appointment, r.get(UNIT.PUBLIC_NAME), rules, with));
      }
    }

    List<InAppNotification> inbox = List.of();
    int unreadCount = 0;
    if (notifications > 0) {
      inbox =
          row.get(newest).stream()
              .map(JooqInAppNotifications::toNotification)
              .sorted(
                  Comparator.comparing(InAppNotification::createdAt)
                      .thenComparing(n -> n.id().toString())
                      .reversed())
              .toList();
      unreadCount = row.get(UNREAD);
    }
    return Optional.of(
        new Read(
            new CitizenOverview(
                found.id(),
                found.name(),
                found.language(),
                found.zone(),
                summaries,
                next,
                inbox,
                unreadCount),
            courseUnits));
  }

  /** All the citizen's courses, with template and unit. */
  private static Field<Result<Record>> courses(UUID citizen) {
    List<SelectField<?>> fields = new ArrayList<>(List.of(COURSE.fields()));
    fields.addAll(List.of(COURSE_TEMPLATE.NAME, COURSE_TEMPLATE.KIND, UNIT.PUBLIC_NAME));
    return DSL.multiset(
        DSL.select(fields)
            .from(COURSE)
            .join(COURSE_TEMPLATE)
            .on(COURSE_TEMPLATE.ID.eq(COURSE.TEMPLATE_ID))
            .join(UNIT)
            .on(UNIT.ID.eq(COURSE.UNIT_ID))
            .where(COURSE.CITIZEN_ID.eq(citizen)));
  }

  /**
   * The earliest booked appointments that have not ended, in the units given. The nested sets are
   * not correlated with the outer row (H2 cannot resolve a column two subqueries out): each names
   * the citizen by value.
   */
  private static Select<Record> upcoming(
      UUID citizen, Instant now, int maxUpcoming, @Nullable Set<UnitId> onlyUnits) {
    List<SelectField<?>> fields = new ArrayList<>(List.of(APPOINTMENT.fields()));
    fields.addAll(
        List.of(
            UNIT.PUBLIC_NAME,
            UNIT.DEADLINE_SECONDS,
            UNIT.CITIZENS_MAY_CANCEL,
            UNIT.CITIZENS_MAY_MOVE));
    return DSL.select(fields)
        .from(APPOINTMENT)
        .join(UNIT)
        .on(UNIT.ID.eq(APPOINTMENT.UNIT_ID))
        .where(APPOINTMENT.CITIZEN_ID.eq(citizen))
        .and(APPOINTMENT.STATUS.eq(AppointmentStatus.BOOKED.name()))
        .and(APPOINTMENT.ENDS_AT.gt(now))
        .and(inUnits(APPOINTMENT.UNIT_ID, onlyUnits))
        .orderBy(APPOINTMENT.STARTS_AT, APPOINTMENT.ID)
        .limit(Math.max(1, maxUpcoming));
  }

  /** The participants of the upcoming appointments, with their appointment and position. */
  private static Field<Result<Record5<UUID, Integer, UUID, String, String>>> participants(
      UUID citizen, Instant now, @Nullable Set<UnitId> onlyUnits) {
    // the participants of all the citizen's upcoming appointments, joined rather than limited to
    // the earliest by a subquery, which H2 evaluates again for every participant row
    return DSL.multiset(
        DSL.select(
                APPOINTMENT_PARTICIPANT.APPOINTMENT_ID,
                APPOINTMENT_PARTICIPANT.POSITION_NO,
                STAFF_MEMBER.ID,
                STAFF_MEMBER.NAME,
                STAFF_MEMBER.TITLE)
            .from(APPOINTMENT)
            .join(APPOINTMENT_PARTICIPANT)
            .on(APPOINTMENT_PARTICIPANT.APPOINTMENT_ID.eq(APPOINTMENT.ID))
            .join(STAFF_MEMBER)
            .on(STAFF_MEMBER.ID.eq(APPOINTMENT_PARTICIPANT.STAFF_MEMBER_ID))
            .where(APPOINTMENT.CITIZEN_ID.eq(citizen))
            .and(APPOINTMENT.STATUS.eq(AppointmentStatus.BOOKED.name()))
            .and(APPOINTMENT.ENDS_AT.gt(now))
            .and(inUnits(APPOINTMENT.UNIT_ID, onlyUnits)));
  }

  /**
   * The nested rows in the order given: the JSON aggregate that carries a {@code MULTISET} does not
   * promise the order of its elements on every database.
   */
  private static <A extends Comparable<? super A>> List<Record> sorted(
      Result<Record> rows, Field<A> first, Field<UUID> second) {
    return rows.stream()
        .sorted(
            Comparator.comparing((Record r) -> r.get(first))
                // the databases order ids as unsigned bytes, as their canonical strings sort
                .thenComparing(r -> r.get(second).toString()))
        .toList();
  }

  private static Condition inUnits(org.jooq.Field<UUID> unit, @Nullable Set<UnitId> onlyUnits) {
    if (onlyUnits == null) {
      return DSL.noCondition();
    }
    return unit.in(onlyUnits.stream().map(UnitId::value).toList());
  }
}
