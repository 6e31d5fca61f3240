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
import org.jooq.Record1;
import org.jooq.Record5;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * The citizen's overview in a fixed number of queries, whatever the number of courses and
 * appointments. On PostgreSQL in one statement: the citizen's row with, as {@code MULTISET}s, the
 * courses (with template and unit), their plan items, their preferences, the upcoming appointments
 * (with their unit), the participants of those and the newest in-app notifications, and the unread
 * count as a scalar subquery (jOOQ renders each set as a JSON aggregate). On H2 the same queries
 * run one by one. Either way the rows are put in order here.
 *
 * <p>The courses are read for every unit, so that the caller can decide access on the units of all
 * the citizen's courses from the same read; those outside the units asked for are left out of the
 * overview here.
 */
public final class JooqOverviews implements Overviews {
  private static final Field<Integer> UNREAD = DSL.field(DSL.name("unread"), Integer.class);

  private final DSLContext dsl;
  private final boolean oneStatement;

  /**
   * Creates the adapter: one statement on PostgreSQL, where each saved round trip counts; on H2, in
   * memory, a statement costs no round trip and the simple queries are cheaper than building and
   * parsing the JSON of the sets, so there the parts are read one query each.
   *
   * @param dsl the context
   */
  public JooqOverviews(DSLContext dsl) {
    this.dsl = dsl;
    this.oneStatement = dsl.dialect().family() == SQLDialect.POSTGRES;
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
    boolean nested = oneStatement;
    Select<Record> courseQuery = courses(id, nested);
    Select<Record> itemsQuery =
        DSL.select(columns(nested, PLAN_ITEM.fields()))
            .from(COURSE)
            .join(PLAN_ITEM)
            .on(PLAN_ITEM.COURSE_ID.eq(COURSE.ID))
            .where(COURSE.CITIZEN_ID.eq(id));
    Select<Record> statedQuery =
        DSL.select(columns(nested, PREFERENCE.fields()))
            .from(COURSE)
            .join(PREFERENCE)
            .on(PREFERENCE.COURSE_ID.eq(COURSE.ID))
            .where(COURSE.CITIZEN_ID.eq(id));
    Select<Record> upcomingQuery = upcoming(id, now, maxUpcoming, onlyUnits, nested);
    Select<Record5<UUID, Integer, UUID, String, String>> participantsQuery =
        participants(id, now, onlyUnits);
    Select<Record> newestQuery =
        DSL.select(columns(nested, IN_APP_NOTIFICATION.fields()))
            .from(IN_APP_NOTIFICATION)
            .where(IN_APP_NOTIFICATION.CITIZEN_ID.eq(id))
            .orderBy(IN_APP_NOTIFICATION.CREATED_AT.desc(), IN_APP_NOTIFICATION.ID.desc())
            .limit(Math.max(1, notifications));
    Select<Record1<Integer>> unreadQuery =
        DSL.selectCount()
            .from(IN_APP_NOTIFICATION)
            .where(IN_APP_NOTIFICATION.CITIZEN_ID.eq(id))
            .and(IN_APP_NOTIFICATION.READ_AT.isNull());

    Record row;
    Result<Record> courseRows;
    Result<Record> itemRows;
    Result<Record> statedRows;
    Result<Record> upcomingRows = null;
    Result<Record5<UUID, Integer, UUID, String, String>> participantRows = null;
    Result<Record> newestRows = null;
    int unreadCount = 0;
    if (oneStatement) {
      Field<Result<Record>> courses = DSL.multiset(courseQuery).as("courses");
      Field<Result<Record>> items = DSL.multiset(itemsQuery).as("plan_items");
      Field<Result<Record>> stated = DSL.multiset(statedQuery).as("preferences");
      Field<Result<Record>> upcoming = DSL.multiset(upcomingQuery).as("upcoming");
      Field<Result<Record5<UUID, Integer, UUID, String, String>>> participants =
          DSL.multiset(participantsQuery).as("participants");
      Field<Result<Record>> newest = DSL.multiset(newestQuery).as("notifications");
      Field<Integer> unread = DSL.field(unreadQuery).as(UNREAD);
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
      row = dsl.select(fields).from(CITIZEN).where(CITIZEN.ID.eq(id)).fetchOne();
      if (row == null) {
        return Optional.empty();
      }
      courseRows = row.get(courses);
      itemRows = row.get(items);
      statedRows = row.get(stated);
      if (withUpcoming) {
        upcomingRows = row.get(upcoming);
        participantRows = row.get(participants);
      }
      if (notifications > 0) {
        newestRows = row.get(newest);
        unreadCount = row.get(UNREAD);
      }
    } else {
      row = dsl.selectFrom(CITIZEN).where(CITIZEN.ID.eq(id)).fetchOne();
      if (row == null) {
        return Optional.empty();
      }
      courseRows = dsl.fetch(courseQuery);
      boolean anyCourse = courseRows.isNotEmpty();
      itemRows = anyCourse ? dsl.fetch(itemsQuery) : dsl.newResult();
      statedRows = anyCourse ? dsl.fetch(statedQuery) : dsl.newResult();
      if (withUpcoming) {
        upcomingRows = dsl.fetch(upcomingQuery);
        participantRows =
            upcomingRows.isNotEmpty()
                ? dsl.fetch(participantsQuery)
                : dsl.newResult(
                    APPOINTMENT_PARTICIPANT.APPOINTMENT_ID,
                    APPOINTMENT_PARTICIPANT.POSITION_NO,
                    STAFF_MEMBER.ID,
                    STAFF_MEMBER.NAME,
                    STAFF_MEMBER.TITLE);
      }
      if (notifications > 0) {
        newestRows = dsl.fetch(newestQuery);
        unreadCount = dsl.fetchOne(unreadQuery).value1();
      }
    }
    Citizen found = JooqCitizens.toCitizen(row.into(CITIZEN));

    Map<UUID, List<PlanItem>> itemsByCourse =
        itemRows.stream()
            .map(r -> JooqPlanItems.toPlanItem(r.into(PLAN_ITEM)))
            .sorted(
                Comparator.comparing(PlanItem::writtenAt)
                    .thenComparing(i -> i.id().value().toString()))
            // goals, then tasks, then the way forward; the sort is stable, so oldest first within
            .sorted(Comparator.comparing(PlanItem::kind))
            .collect(Collectors.groupingBy(i -> i.course().value()));
    Map<UUID, List<Preference>> preferencesByCourse =
        statedRows.stream()
            .map(r -> JooqPreferences.toPreference(r.into(PREFERENCE)))
            .sorted(
                Comparator.comparing(Preference::statedAt)
                    .thenComparing(p -> p.id().value().toString()))
            .collect(Collectors.groupingBy(p -> p.course().value()));
    Set<UnitId> courseUnits = new LinkedHashSet<>();
    List<CourseSummary> summaries = new ArrayList<>();
    for (Record r : sorted(courseRows, COURSE.OPENED_AT, COURSE.ID)) {
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
    if (upcomingRows != null && participantRows != null) {
      Map<UUID, List<Participant>> people = new HashMap<>();
      participantRows.stream()
          .sorted(Comparator.comparing(Record5::value2))
          .forEach(
              p ->
                  people
                      .computeIfAbsent(p.value1(), k -> new ArrayList<>())
                      .add(new Participant(new StaffMemberId(p.value3()), p.value4(), p.value5())));
      for (Record r : sorted(upcomingRows, APPOINTMENT.STARTS_AT, APPOINTMENT.ID)) {
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
    if (newestRows != null) {
      inbox =
          newestRows.stream()
              .map(r -> JooqInAppNotifications.toNotification(r.into(IN_APP_NOTIFICATION)))
              .sorted(
                  Comparator.comparing(InAppNotification::createdAt)
                      .thenComparing(n -> n.id().toString())
                      .reversed())
              .toList();
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
  private static Select<Record> courses(UUID citizen, boolean nested) {
    List<SelectField<?>> fields = columns(nested, COURSE.fields());
    fields.addAll(List.of(COURSE_TEMPLATE.NAME, COURSE_TEMPLATE.KIND, UNIT.PUBLIC_NAME));
    return DSL.select(fields)
        .from(COURSE)
        .join(COURSE_TEMPLATE)
        .on(COURSE_TEMPLATE.ID.eq(COURSE.TEMPLATE_ID))
        .join(UNIT)
        .on(UNIT.ID.eq(COURSE.UNIT_ID))
        .where(COURSE.CITIZEN_ID.eq(citizen));
  }

  /**
   * The earliest booked appointments that have not ended, in the units given. The nested sets are
   * not correlated with the outer row (H2 cannot resolve a column two subqueries out): each names
   * the citizen by value.
   */
  private static Select<Record> upcoming(
      UUID citizen, Instant now, int maxUpcoming, @Nullable Set<UnitId> onlyUnits, boolean nested) {
    List<SelectField<?>> fields = columns(nested, APPOINTMENT.fields());
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
  private static Select<Record5<UUID, Integer, UUID, String, String>> participants(
      UUID citizen, Instant now, @Nullable Set<UnitId> onlyUnits) {
    // the participants of all the citizen's upcoming appointments, joined rather than limited to
    // the earliest by a subquery, which H2 evaluates again for every participant row
    return DSL.select(
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
        .and(inUnits(APPOINTMENT.UNIT_ID, onlyUnits));
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

  /** The columns to select; inside a set, the instants read as {@link MultisetInstants}. */
  private static List<SelectField<?>> columns(boolean nested, Field<?>... fields) {
    return MultisetInstants.columns(nested, fields);
  }

  private static Condition inUnits(org.jooq.Field<UUID> unit, @Nullable Set<UnitId> onlyUnits) {
    if (onlyUnits == null) {
      return DSL.noCondition();
    }
    return unit.in(onlyUnits.stream().map(UnitId::value).toList());
  }
}
