package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.DELIVERY_ATTEMPT;

import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.persistence.internal.jooq.tables.records.DeliveryAttemptRecord;
import dk.borgerdialog.reminder.model.DeliveryAttempt;
import dk.borgerdialog.reminder.model.DeliveryAttempts;
import dk.borgerdialog.reminder.model.ReminderId;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** The delivery log in jOOQ: append-only, read back in the order the attempts were made. */
public final class JooqDeliveryAttempts implements DeliveryAttempts {
  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqDeliveryAttempts(DSLContext dsl) {
    this.dsl = dsl;
  }

  /**
   * {@inheritDoc}
   *
   * @throws dk.borgerdialog.common.ConflictException if the attempt's id exists already
   * @throws dk.borgerdialog.common.UnableToAccessDatabaseException if the reminder does not exist
   */
  @Override
  public void add(DeliveryAttempt attempt) {
    Objects.requireNonNull(attempt, "attempt");
    try {
      dsl.insertInto(DELIVERY_ATTEMPT)
          .set(DELIVERY_ATTEMPT.ID, attempt.id())
          .set(DELIVERY_ATTEMPT.REMINDER_ID, attempt.reminder().value())
          .set(DELIVERY_ATTEMPT.CHANNEL, attempt.channel().name())
          .set(DELIVERY_ATTEMPT.IDEMPOTENCY_KEY, attempt.idempotencyKey())
          .set(DELIVERY_ATTEMPT.ATTEMPTED_AT, attempt.attemptedAt())
          .set(DELIVERY_ATTEMPT.OUTCOME, attempt.outcome().name())
          .set(DELIVERY_ATTEMPT.PROVIDER_ID, attempt.providerId())
          .set(DELIVERY_ATTEMPT.ERROR, attempt.error())
          .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "delivery attempt " + attempt.id() + " already exists");
    }
  }

  @Override
  public List<DeliveryAttempt> of(ReminderId reminder) {
    Objects.requireNonNull(reminder, "reminder");
    return dsl.selectFrom(DELIVERY_ATTEMPT)
        .where(DELIVERY_ATTEMPT.REMINDER_ID.eq(reminder.value()))
        .orderBy(DELIVERY_ATTEMPT.ATTEMPTED_AT, DELIVERY_ATTEMPT.SEQ)
        .fetch(JooqDeliveryAttempts::toAttempt);
  }

  static DeliveryAttempt toAttempt(DeliveryAttemptRecord r) {
    return new DeliveryAttempt(
        r.getId(),
        new ReminderId(r.getReminderId()),
        ChannelKind.valueOf(r.getChannel()),
        r.getIdempotencyKey(),
        r.getAttemptedAt(),
        DeliveryAttempt.Outcome.valueOf(r.getOutcome()),
        r.getProviderId(),
        r.getError());
  }
}
