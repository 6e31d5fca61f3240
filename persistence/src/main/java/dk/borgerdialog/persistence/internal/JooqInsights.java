package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.APPOINTMENT;
import static dk.borgerdialog.persistence.internal.jooq.Tables.REMINDER;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.selectOne;

import dk.borgerdialog.insight.model.Insights;
import dk.borgerdialog.insight.model.UnitInsights;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.persistence.internal.jooq.tables.Appointment;
import dk.borgerdialog.persistence.internal.jooq.tables.records.AppointmentRecord;
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.reminder.model.ReminderStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.Result;
import org.jooq.types.DayToSecond;

/**
 * Insights as aggregate queries: three statements per period, whatever the number of appointments,
 * and no appointment row loaded into Java.
 *
 * <p>The period's appointments are found by {@code appointment_unit_start_ix}, a cancellation's
 * rebooking by {@code appointment_course_ix}, sent reminders by {@code
 * reminder_appointment_due_ix}, and unmarked appointments by {@code
 * appointment_unit_status_end_ix}.
 */
public final class JooqInsights implements Insights {
  private static final String ATTENDED = AppointmentStatus.ATTENDED.name();
  private static final String NO_SHOW = AppointmentStatus.NO_SHOW.name();
  private static final String CANCELLED = AppointmentStatus.CANCELLED.name();

  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqInsights(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public List<dk.borgerdialog.plan.model.Appointment> unmarked(
      UnitId unit, Instant endedBefore, int limit) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(endedBefore, "endedBefore");
    Result<AppointmentRecord> rows =
        dsl.selectFrom(APPOINTMENT)
            .where(APPOINTMENT.UNIT_ID.eq(unit.value()))
            .and(APPOINTMENT.STATUS.eq(AppointmentStatus.BOOKED.name()))
            .and(APPOINTMENT.ENDS_AT.lt(endedBefore))
            .orderBy(APPOINTMENT.ENDS_AT, APPOINTMENT.ID)
            .limit(limit)
            .fetch();
    Map<UUID, List<dk.borgerdialog.organisation.model.StaffMemberId>> participants =
        JooqAppointments.participantsOf(dsl, rows.getValues(APPOINTMENT.ID));
    return rows.stream()
        .map(
            r -> JooqAppointments.toAppointment(r, participants.getOrDefault(r.getId(), List.of())))
        .toList();
  }

  @Override
  public UnitInsights of(UnitId unit, Instant from, Instant to) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Appointment a = APPOINTMENT.as("a");
    Appointment b = APPOINTMENT.as("b");
    Condition counted =
        a.UNIT_ID
            .eq(unit.value())
            .and(a.STARTS_AT.ge(from))
            .and(a.STARTS_AT.lt(to))
            .and(a.STATUS.ne(AppointmentStatus.MOVED.name()));
    Condition reminded =
        exists(
            selectOne()
                .from(REMINDER)
                .where(REMINDER.APPOINTMENT_ID.eq(a.ID))
                .and(REMINDER.STATUS.eq(ReminderStatus.SENT.name())));
    // a new booking (not a move's replacement) in the same course within the window
    Condition rebooked =
        exists(
            selectOne()
                .from(b)
                .where(b.COURSE_ID.eq(a.COURSE_ID))
                .and(b.ID.ne(a.ID))
                .and(b.REPLACES_ID.isNull())
                .and(b.BOOKED_AT.ge(a.CHANGED_AT))
                .and(
                    b.BOOKED_AT.le(
                        a.CHANGED_AT.plus(DayToSecond.valueOf(UnitInsights.REBOOKING_WINDOW)))));

    Record totals =
        dsl.select(
                count(),
                count().filterWhere(a.STATUS.eq(ATTENDED)),
                count().filterWhere(a.STATUS.eq(NO_SHOW)),
                count().filterWhere(a.STATUS.eq(CANCELLED)),
                count().filterWhere(a.STATUS.eq(CANCELLED).and(rebooked)),
                count().filterWhere(a.STATUS.eq(ATTENDED).and(reminded)),
                count().filterWhere(a.STATUS.eq(NO_SHOW).and(reminded)))
            .from(a)
            .where(counted)
            .fetchSingle();
    long appointments = totals.get(0, Long.class);
    long attended = totals.get(1, Long.class);
    long noShows = totals.get(2, Long.class);
    long cancellations = totals.get(3, Long.class);
    long rebookedCount = totals.get(4, Long.class);
    long attendedWith = totals.get(5, Long.class);
    long noShowsWith = totals.get(6, Long.class);

    Map<CancellationReasonCode, Long> byReason = new EnumMap<>(CancellationReasonCode.class);
    dsl.select(a.CANCEL_REASON_CODE, count())
        .from(a)
        .where(counted)
        .and(a.STATUS.eq(CANCELLED))
        .groupBy(a.CANCEL_REASON_CODE)
        .fetch()
        .forEach(
            r ->
                byReason.put(
                    CancellationReasonCode.valueOf(Objects.requireNonNull(r.value1())),
                    r.value2().longValue()));

    Map<Duration, Double> byOffset = new HashMap<>();
    Result<Record3<Long, Integer, Integer>> offsets =
        dsl.select(
                REMINDER.OFFSET_SECONDS,
                countDistinct(a.ID).filterWhere(a.STATUS.eq(ATTENDED)),
                countDistinct(a.ID).filterWhere(a.STATUS.eq(NO_SHOW)))
            .from(a)
            .join(REMINDER)
            .on(REMINDER.APPOINTMENT_ID.eq(a.ID))
            .and(REMINDER.STATUS.eq(ReminderStatus.SENT.name()))
            .where(counted)
            .and(a.STATUS.in(ATTENDED, NO_SHOW))
            .groupBy(REMINDER.OFFSET_SECONDS)
            .fetch();
    for (Record3<Long, Integer, Integer> r : offsets) {
      byOffset.put(Duration.ofSeconds(r.value1()), UnitInsights.noShowRate(r.value2(), r.value3()));
    }

    return new UnitInsights(
        unit,
        from,
        to,
        appointments,
        attended,
        noShows,
        UnitInsights.noShowRate(attended, noShows),
        cancellations,
        byReason,
        rebookedCount,
        attendedWith + noShowsWith,
        UnitInsights.noShowRate(attendedWith, noShowsWith),
        attended + noShows - attendedWith - noShowsWith,
        UnitInsights.noShowRate(attended - attendedWith, noShows - noShowsWith),
        byOffset);
  }
}
