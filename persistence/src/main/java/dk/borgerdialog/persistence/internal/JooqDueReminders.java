package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.APPOINTMENT;
import static dk.borgerdialog.persistence.internal.jooq.Tables.CITIZEN;
import static dk.borgerdialog.persistence.internal.jooq.Tables.CONTACT_PREFERENCES;
import static dk.borgerdialog.persistence.internal.jooq.Tables.DELIVERY_ATTEMPT;
import static dk.borgerdialog.persistence.internal.jooq.Tables.RELATIVE_GRANT;
import static dk.borgerdialog.persistence.internal.jooq.Tables.REMINDER;

import dk.borgerdialog.persistence.internal.jooq.tables.records.DeliveryAttemptRecord;
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.reminder.model.DueReminders;
import dk.borgerdialog.reminder.model.ReminderId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/**
 * A due reminder with what its dispatch depends on, in one statement: the reminder joined with its
 * appointment's status, its citizen and their contact preferences, the delivery log as a {@code
 * MULTISET} (its instants read by {@link MultisetInstants}), and whether a grant to a relative
 * exists as an {@code EXISTS}.
 */
public final class JooqDueReminders implements DueReminders {
  private static final Field<Boolean> MAY_HAVE_RELATIVES =
      DSL.field(DSL.name("may_have_relatives"), Boolean.class);

  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqDueReminders(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<Due> of(ReminderId id) {
    Objects.requireNonNull(id, "id");
    // not correlated with the outer row, which H2 cannot resolve inside the set's JSON aggregate
    // its instants read as either database writes them into the set's JSON
    Field<Result<Record>> attempts =
        DSL.multiset(
                DSL.select(MultisetInstants.columns(true, DELIVERY_ATTEMPT.fields()))
                    .from(DELIVERY_ATTEMPT)
                    .where(DELIVERY_ATTEMPT.REMINDER_ID.eq(id.value())))
            .as("attempts");
    Field<Boolean> mayHaveRelatives =
        DSL.field(
                DSL.exists(
                    DSL.selectOne()
                        .from(RELATIVE_GRANT)
                        .where(RELATIVE_GRANT.CITIZEN_ID.eq(REMINDER.CITIZEN_ID))
                        .and(RELATIVE_GRANT.REVOKED_AT.isNull())))
            .as(MAY_HAVE_RELATIVES);
    List<SelectField<?>> fields = new ArrayList<>(List.of(REMINDER.fields()));
    fields.add(APPOINTMENT.STATUS);
    fields.addAll(List.of(CITIZEN.fields()));
    fields.addAll(List.of(CONTACT_PREFERENCES.fields()));
    fields.add(attempts);
    fields.add(mayHaveRelatives);
    Record row =
        dsl.select(fields)
            .from(REMINDER)
            .leftJoin(APPOINTMENT)
            .on(APPOINTMENT.ID.eq(REMINDER.APPOINTMENT_ID))
            .leftJoin(CITIZEN)
            .on(CITIZEN.ID.eq(REMINDER.CITIZEN_ID))
            .leftJoin(CONTACT_PREFERENCES)
            .on(CONTACT_PREFERENCES.CITIZEN_ID.eq(REMINDER.CITIZEN_ID))
            .where(REMINDER.ID.eq(id.value()))
            .fetchOne();
    if (row == null) {
      return Optional.empty();
    }
    String status = row.get(APPOINTMENT.STATUS);
    return Optional.of(
        new Due(
            JooqReminders.toReminder(row.into(REMINDER)),
            row.get(attempts).stream()
                .map(r -> r.into(DELIVERY_ATTEMPT))
                // the order they were recorded in, as the delivery log reads them
                .sorted(
                    Comparator.comparing(DeliveryAttemptRecord::getAttemptedAt)
                        .thenComparing(DeliveryAttemptRecord::getSeq))
                .map(JooqDeliveryAttempts::toAttempt)
                .toList(),
            status == null ? null : AppointmentStatus.valueOf(status),
            row.get(CITIZEN.ID) == null ? null : JooqCitizens.toCitizen(row.into(CITIZEN)),
            row.get(CONTACT_PREFERENCES.CITIZEN_ID) == null
                ? null
                : JooqContactPreferences.toPreferences(row.into(CONTACT_PREFERENCES)),
            Boolean.TRUE.equals(row.get(MAY_HAVE_RELATIVES))));
  }
}
