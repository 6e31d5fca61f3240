package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.APPOINTMENT;
import static dk.borgerdialog.persistence.internal.jooq.Tables.APPOINTMENT_PARTICIPANT;
import static dk.borgerdialog.persistence.internal.jooq.Tables.CITIZEN;
import static dk.borgerdialog.persistence.internal.jooq.Tables.COURSE;
import static dk.borgerdialog.persistence.internal.jooq.Tables.COURSE_TEMPLATE;
import static dk.borgerdialog.persistence.internal.jooq.Tables.PLAN_ITEM;
import static dk.borgerdialog.persistence.internal.jooq.Tables.PREFERENCE;
import static dk.borgerdialog.persistence.internal.jooq.Tables.STAFF_MEMBER;
import static dk.borgerdialog.persistence.internal.jooq.Tables.UNIT;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.ChangeDeadline;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.persistence.internal.jooq.tables.records.CitizenRecord;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * The citizen's overview in at most six queries, whatever the number of courses and appointments:
 * the citizen; the courses with template and unit; the upcoming appointments with their unit; the
 * participants of those; the plan items and the preferences of the courses. Queries whose answer is
 * known to be empty are skipped.
 */
public final class JooqOverviews implements Overviews {
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
  public Optional<CitizenOverview> of(
      CitizenId citizen, Instant now, int maxUpcoming, @Nullable Set<UnitId> onlyUnits) {
    Versions.requireLimit(maxUpcoming);
    CitizenRecord citizenRow =
        dsl.selectFrom(CITIZEN).where(CITIZEN.ID.eq(citizen.value())).fetchOne();
    if (citizenRow == null) {
      return Optional.empty();
    }
    Citizen found = JooqCitizens.toCitizen(citizenRow);
    boolean nothingVisible = onlyUnits != null && onlyUnits.isEmpty();
    List<CourseSummary> courses = nothingVisible ? List.of() : courses(citizen, onlyUnits);
    List<UpcomingAppointment> upcoming =
        nothingVisible || maxUpcoming == 0
            ? List.of()
            : upcoming(citizen, now, maxUpcoming, onlyUnits);
    return Optional.of(
        new CitizenOverview(
            found.id(),
            found.name(),
            found.language(),
            found.zone(),
            courses,
            upcoming,
            java.util.List.of(),
            0));
  }

  private List<CourseSummary> courses(CitizenId citizen, @Nullable Set<UnitId> onlyUnits) {
    List<SelectField<?>> fields = new ArrayList<>(List.of(COURSE.fields()));
    fields.addAll(List.of(COURSE_TEMPLATE.NAME, COURSE_TEMPLATE.KIND, UNIT.PUBLIC_NAME));
    List<Record> rows =
        dsl.select(fields)
            .from(COURSE)
            .join(COURSE_TEMPLATE)
            .on(COURSE_TEMPLATE.ID.eq(COURSE.TEMPLATE_ID))
            .join(UNIT)
            .on(UNIT.ID.eq(COURSE.UNIT_ID))
            .where(COURSE.CITIZEN_ID.eq(citizen.value()))
            .and(inUnits(COURSE.UNIT_ID, onlyUnits))
            .orderBy(COURSE.OPENED_AT, COURSE.ID)
            .fetch();
    if (rows.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = rows.stream().map(r -> r.get(COURSE.ID)).toList();
    Map<UUID, List<PlanItem>> items =
        dsl
            .selectFrom(PLAN_ITEM)
            .where(PLAN_ITEM.COURSE_ID.in(ids))
            .orderBy(PLAN_ITEM.WRITTEN_AT, PLAN_ITEM.ID)
            .fetch(JooqPlanItems::toPlanItem)
            .stream()
            // goals, then tasks, then the way forward; the sort is stable, so oldest first within
            .sorted(Comparator.comparing(PlanItem::kind))
            .collect(Collectors.groupingBy(i -> i.course().value()));
    Map<UUID, List<Preference>> preferences =
        dsl
            .selectFrom(PREFERENCE)
            .where(PREFERENCE.COURSE_ID.in(ids))
            .orderBy(PREFERENCE.STATED_AT, PREFERENCE.ID)
            .fetch(JooqPreferences::toPreference)
            .stream()
            .collect(Collectors.groupingBy(p -> p.course().value()));
    List<CourseSummary> summaries = new ArrayList<>();
    for (Record r : rows) {
      Course course = JooqCourses.toCourse(r.into(COURSE));
      UUID id = course.id().value();
      summaries.add(
          new CourseSummary(
              course,
              r.get(COURSE_TEMPLATE.NAME),
              CourseKind.valueOf(r.get(COURSE_TEMPLATE.KIND)),
              r.get(UNIT.PUBLIC_NAME),
              items.getOrDefault(id, List.of()),
              preferences.getOrDefault(id, List.of())));
    }
    return summaries;
  }

  private List<UpcomingAppointment> upcoming(
      CitizenId citizen, Instant now, int maxUpcoming, @Nullable Set<UnitId> onlyUnits) {
    List<SelectField<?>> fields = new ArrayList<>(List.of(APPOINTMENT.fields()));
    fields.addAll(
        List.of(
            UNIT.PUBLIC_NAME,
            UNIT.DEADLINE_SECONDS,
            UNIT.CITIZENS_MAY_CANCEL,
            UNIT.CITIZENS_MAY_MOVE));
    List<Record> rows =
        dsl.select(fields)
            .from(APPOINTMENT)
            .join(UNIT)
            .on(UNIT.ID.eq(APPOINTMENT.UNIT_ID))
            .where(APPOINTMENT.CITIZEN_ID.eq(citizen.value()))
            .and(APPOINTMENT.STATUS.eq(AppointmentStatus.BOOKED.name()))
            .and(APPOINTMENT.ENDS_AT.gt(now))
            .and(inUnits(APPOINTMENT.UNIT_ID, onlyUnits))
            .orderBy(APPOINTMENT.STARTS_AT, APPOINTMENT.ID)
            .limit(maxUpcoming)
            .fetch();
    if (rows.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = rows.stream().map(r -> r.get(APPOINTMENT.ID)).toList();
    Map<UUID, List<Participant>> participants = new LinkedHashMap<>();
    dsl.select(
            APPOINTMENT_PARTICIPANT.APPOINTMENT_ID,
            STAFF_MEMBER.ID,
            STAFF_MEMBER.NAME,
            STAFF_MEMBER.TITLE)
        .from(APPOINTMENT_PARTICIPANT)
        .join(STAFF_MEMBER)
        .on(STAFF_MEMBER.ID.eq(APPOINTMENT_PARTICIPANT.STAFF_MEMBER_ID))
        .where(APPOINTMENT_PARTICIPANT.APPOINTMENT_ID.in(ids))
        .orderBy(APPOINTMENT_PARTICIPANT.APPOINTMENT_ID, APPOINTMENT_PARTICIPANT.POSITION_NO)
        .forEach(
            r ->
                participants
                    .computeIfAbsent(r.value1(), k -> new ArrayList<>())
                    .add(new Participant(new StaffMemberId(r.value2()), r.value3(), r.value4())));
    List<UpcomingAppointment> upcoming = new ArrayList<>();
    for (Record r : rows) {
      List<Participant> people = participants.getOrDefault(r.get(APPOINTMENT.ID), List.of());
      Appointment appointment =
          JooqAppointments.toAppointment(
              r.into(APPOINTMENT), people.stream().map(Participant::id).toList());
      BookingRules rules =
          new BookingRules(
              new ChangeDeadline(Duration.ofSeconds(r.get(UNIT.DEADLINE_SECONDS))),
              r.get(UNIT.CITIZENS_MAY_CANCEL),
              r.get(UNIT.CITIZENS_MAY_MOVE));
      upcoming.add(new UpcomingAppointment(appointment, r.get(UNIT.PUBLIC_NAME), rules, people));
    }
    return upcoming;
  }

  private static Condition inUnits(org.jooq.Field<UUID> unit, @Nullable Set<UnitId> onlyUnits) {
    if (onlyUnits == null) {
      return DSL.noCondition();
    }
    return unit.in(onlyUnits.stream().map(UnitId::value).toList());
  }
}
