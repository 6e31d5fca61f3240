package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.NOTICE_ATTEMPT;
import static dk.borgerdialog.persistence.internal.jooq.Tables.NOTICE_DELIVERY;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.Notice;
import dk.borgerdialog.notification.model.NoticeAttempt;
import dk.borgerdialog.notification.model.NoticeDeliveries;
import dk.borgerdialog.notification.model.NoticeDelivery;
import dk.borgerdialog.notification.model.NoticeKind;
import dk.borgerdialog.persistence.internal.jooq.tables.records.NoticeDeliveryRecord;
import dk.borgerdialog.reminder.model.DeliveryAttempt;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Notice deliveries and their attempts in jOOQ. {@link #addOnce} relies on the unique (citizen,
 * kind, key), as in-app notifications do.
 */
public final class JooqNoticeDeliveries implements NoticeDeliveries {
  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqNoticeDeliveries(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public boolean addOnce(NoticeDelivery delivery) {
    Objects.requireNonNull(delivery, "delivery");
    try {
      return dsl.insertInto(NOTICE_DELIVERY)
              .set(NOTICE_DELIVERY.ID, delivery.id())
              .set(NOTICE_DELIVERY.CITIZEN_ID, delivery.notice().recipient().value())
              .set(NOTICE_DELIVERY.NOTICE_KIND, delivery.notice().kind().name())
              .set(NOTICE_DELIVERY.NOTICE_KEY, delivery.notice().key())
              .set(NOTICE_DELIVERY.CREATED_AT, delivery.createdAt())
              .set(NOTICE_DELIVERY.STATUS, delivery.status().name())
              .set(
                  NOTICE_DELIVERY.SENT_VIA,
                  delivery.sentVia() == null ? null : delivery.sentVia().name())
              .set(NOTICE_DELIVERY.FINISHED_AT, delivery.finishedAt())
              .set(NOTICE_DELIVERY.VERSION, delivery.version())
              .onConflictDoNothing()
              .execute()
          == 1;
    } catch (DataAccessException e) {
      if (SqlErrors.UNIQUE_VIOLATION.equals(e.sqlState())) {
        // H2 only, as for in-app notifications: a concurrent insert of the same notice
        return false;
      }
      throw SqlErrors.translate(e, "notice delivery " + delivery.id() + " was added concurrently");
    }
  }

  @Override
  public Optional<NoticeDelivery> byId(UUID id) {
    return dsl.selectFrom(NOTICE_DELIVERY)
        .where(NOTICE_DELIVERY.ID.eq(id))
        .fetchOptional(JooqNoticeDeliveries::toDelivery);
  }

  @Override
  public NoticeDelivery update(NoticeDelivery delivery) {
    Objects.requireNonNull(delivery, "delivery");
    int rows;
    try {
      rows =
          dsl.update(NOTICE_DELIVERY)
              .set(NOTICE_DELIVERY.STATUS, delivery.status().name())
              .set(
                  NOTICE_DELIVERY.SENT_VIA,
                  delivery.sentVia() == null ? null : delivery.sentVia().name())
              .set(NOTICE_DELIVERY.FINISHED_AT, delivery.finishedAt())
              .set(NOTICE_DELIVERY.VERSION, delivery.version() + 1)
              .where(NOTICE_DELIVERY.ID.eq(delivery.id()))
              .and(NOTICE_DELIVERY.VERSION.eq(delivery.version()))
              .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(
          e, "notice delivery " + delivery.id() + " was changed concurrently");
    }
    Versions.requireUpdated(
        dsl, rows, NOTICE_DELIVERY, NOTICE_DELIVERY.ID, delivery.id(), "notice delivery");
    return byId(delivery.id()).orElseThrow();
  }

  @Override
  public void addAttempt(NoticeAttempt attempt) {
    Objects.requireNonNull(attempt, "attempt");
    try {
      dsl.insertInto(NOTICE_ATTEMPT)
          .set(NOTICE_ATTEMPT.ID, attempt.id())
          .set(NOTICE_ATTEMPT.NOTICE_DELIVERY_ID, attempt.delivery())
          .set(NOTICE_ATTEMPT.CHANNEL, attempt.channel().name())
          .set(NOTICE_ATTEMPT.IDEMPOTENCY_KEY, attempt.idempotencyKey())
          .set(NOTICE_ATTEMPT.ATTEMPTED_AT, attempt.attemptedAt())
          .set(NOTICE_ATTEMPT.OUTCOME, attempt.outcome().name())
          .set(NOTICE_ATTEMPT.PROVIDER_ID, attempt.providerId())
          .set(NOTICE_ATTEMPT.ERROR, attempt.error())
          .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "notice attempt " + attempt.id() + " already exists");
    }
  }

  @Override
  public List<NoticeAttempt> attempts(UUID delivery) {
    return dsl.selectFrom(NOTICE_ATTEMPT)
        .where(NOTICE_ATTEMPT.NOTICE_DELIVERY_ID.eq(delivery))
        .orderBy(NOTICE_ATTEMPT.ATTEMPTED_AT, NOTICE_ATTEMPT.SEQ)
        .fetch(
            r ->
                new NoticeAttempt(
                    r.getId(),
                    r.getNoticeDeliveryId(),
                    ChannelKind.valueOf(r.getChannel()),
                    r.getIdempotencyKey(),
                    r.getAttemptedAt(),
                    DeliveryAttempt.Outcome.valueOf(r.getOutcome()),
                    r.getProviderId(),
                    r.getError()));
  }

  private static NoticeDelivery toDelivery(NoticeDeliveryRecord r) {
    return new NoticeDelivery(
        r.getId(),
        new Notice(
            r.getNoticeKey(),
            new CitizenId(r.getCitizenId()),
            NoticeKind.valueOf(r.getNoticeKind())),
        r.getCreatedAt(),
        NoticeDelivery.Status.valueOf(r.getStatus()),
        r.getSentVia() == null ? null : ChannelKind.valueOf(r.getSentVia()),
        r.getFinishedAt(),
        r.getVersion());
  }
}
