package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.OUTBOX_EVENT;

import dk.borgerdialog.common.DomainEvent;
import dk.borgerdialog.common.DomainEvents;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.tools.json.JSONObject;

/**
 * The transactional outbox in jOOQ: each event is a row of {@code outbox_event} with its attributes
 * as a JSON object, ordered by an identity column.
 */
public final class JooqDomainEvents implements DomainEvents {
  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqDomainEvents(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void record(DomainEvent event) {
    try {
      dsl.insertInto(OUTBOX_EVENT)
          .set(OUTBOX_EVENT.ID, event.eventId())
          .set(OUTBOX_EVENT.AGGREGATE_ID, event.aggregateId())
          .set(OUTBOX_EVENT.EVENT_TYPE, event.type())
          .set(OUTBOX_EVENT.OCCURRED_AT, event.occurredAt())
          .set(OUTBOX_EVENT.PAYLOAD, JSONObject.toJSONString(event.attributes()))
          .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "event " + event.eventId() + " was already recorded");
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>One JDBC batch of inserts, in the events' order, so that their sequence numbers follow it.
   */
  @Override
  public void recordAll(List<? extends DomainEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    DomainEvent first = events.get(0);
    org.jooq.BatchBindStep batch =
        dsl.batch(
            dsl.insertInto(
                    OUTBOX_EVENT,
                    OUTBOX_EVENT.ID,
                    OUTBOX_EVENT.AGGREGATE_ID,
                    OUTBOX_EVENT.EVENT_TYPE,
                    OUTBOX_EVENT.OCCURRED_AT,
                    OUTBOX_EVENT.PAYLOAD)
                .values(
                    first.eventId(),
                    first.aggregateId(),
                    first.type(),
                    first.occurredAt(),
                    JSONObject.toJSONString(first.attributes())));
    for (DomainEvent event : events) {
      batch =
          batch.bind(
              event.eventId(),
              event.aggregateId(),
              event.type(),
              event.occurredAt(),
              JSONObject.toJSONString(event.attributes()));
    }
    try {
      batch.execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "an event of the batch was already recorded");
    }
  }

  @Override
  public List<String> typesFor(UUID aggregateId) {
    return dsl.select(OUTBOX_EVENT.EVENT_TYPE)
        .from(OUTBOX_EVENT)
        .where(OUTBOX_EVENT.AGGREGATE_ID.eq(aggregateId))
        .orderBy(OUTBOX_EVENT.SEQ)
        .fetch(OUTBOX_EVENT.EVENT_TYPE);
  }
}
