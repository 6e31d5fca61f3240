package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.IN_APP_NOTIFICATION;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.notification.model.InAppNotification;
import dk.borgerdialog.notification.model.InAppNotifications;
import dk.borgerdialog.persistence.internal.jooq.tables.records.InAppNotificationRecord;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * The citizens' in-app notifications in jOOQ.
 *
 * <p>{@link #addOnce} relies on the unique idempotency key: {@code INSERT ... ON CONFLICT DO
 * NOTHING} on PostgreSQL, which jOOQ renders as a {@code MERGE} on H2. A repeated key is thus no
 * failed statement, which would abort the surrounding transaction on PostgreSQL.
 */
public final class JooqInAppNotifications implements InAppNotifications {
  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqInAppNotifications(DSLContext dsl) {
    this.dsl = dsl;
  }

  /**
   * {@inheritDoc}
   *
   * @throws dk.borgerdialog.common.UnableToAccessDatabaseException if the citizen does not exist
   */
  @Override
  public boolean addOnce(InAppNotification notification) {
    Objects.requireNonNull(notification, "notification");
    try {
      return dsl.insertInto(IN_APP_NOTIFICATION)
              .set(IN_APP_NOTIFICATION.ID, notification.id())
              .set(IN_APP_NOTIFICATION.CITIZEN_ID, notification.citizen().value())
              .set(IN_APP_NOTIFICATION.IDEMPOTENCY_KEY, notification.idempotencyKey())
              .set(IN_APP_NOTIFICATION.SUBJECT, notification.subject())
              .set(IN_APP_NOTIFICATION.BODY, notification.body())
              .set(IN_APP_NOTIFICATION.CREATED_AT, notification.createdAt())
              .set(IN_APP_NOTIFICATION.READ_AT, notification.readAt())
              .onConflictDoNothing()
              .execute()
          == 1;
    } catch (DataAccessException e) {
      if (SqlErrors.UNIQUE_VIOLATION.equals(e.sqlState())) {
        // H2 only: the MERGE did not see the same key inserted by a transaction that was not
        // committed yet, and failed once it was; PostgreSQL's ON CONFLICT waits and does nothing
        return false;
      }
      throw SqlErrors.translate(
          e, "in-app notification " + notification.id() + " was added concurrently");
    }
  }

  @Override
  public List<InAppNotification> of(CitizenId citizen, int limit) {
    Objects.requireNonNull(citizen, "citizen");
    Versions.requireLimit(limit);
    return dsl.selectFrom(IN_APP_NOTIFICATION)
        .where(IN_APP_NOTIFICATION.CITIZEN_ID.eq(citizen.value()))
        .orderBy(IN_APP_NOTIFICATION.CREATED_AT.desc(), IN_APP_NOTIFICATION.ID.desc())
        .limit(limit)
        .fetch(JooqInAppNotifications::toNotification);
  }

  @Override
  public int unread(CitizenId citizen) {
    Objects.requireNonNull(citizen, "citizen");
    return dsl.fetchCount(
        IN_APP_NOTIFICATION,
        IN_APP_NOTIFICATION
            .CITIZEN_ID
            .eq(citizen.value())
            .and(IN_APP_NOTIFICATION.READ_AT.isNull()));
  }

  @Override
  public boolean markRead(CitizenId citizen, UUID id, Instant at) {
    Objects.requireNonNull(citizen, "citizen");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    try {
      return dsl.update(IN_APP_NOTIFICATION)
              .set(IN_APP_NOTIFICATION.READ_AT, at)
              .where(IN_APP_NOTIFICATION.ID.eq(id))
              .and(IN_APP_NOTIFICATION.CITIZEN_ID.eq(citizen.value()))
              .and(IN_APP_NOTIFICATION.READ_AT.isNull())
              .execute()
          == 1;
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "in-app notification " + id + " was changed concurrently");
    }
  }

  static InAppNotification toNotification(InAppNotificationRecord r) {
    return new InAppNotification(
        r.getId(),
        new CitizenId(r.getCitizenId()),
        r.getIdempotencyKey(),
        r.getSubject(),
        r.getBody(),
        r.getCreatedAt(),
        r.getReadAt());
  }
}
