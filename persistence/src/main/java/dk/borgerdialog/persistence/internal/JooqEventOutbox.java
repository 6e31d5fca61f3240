package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.OUTBOX_EVENT;

import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.event.model.EventOutbox;
import dk.borgerdialog.event.model.PublishedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.tools.json.ContainerFactory;
import org.jooq.tools.json.JSONParser;
import org.jooq.tools.json.ParseException;

/**
 * The relay's view of {@code outbox_event}: rows without {@code published_at}, in {@code seq}
 * order, their payload parsed back into the attributes it was written from by {@link
 * JooqDomainEvents}.
 */
public final class JooqEventOutbox implements EventOutbox {
  /** Keeps the attributes in the order they were written. */
  @SuppressWarnings("rawtypes")
  private static final ContainerFactory ORDERED =
      new ContainerFactory() {
        @Override
        public Map createObjectContainer() {
          return new LinkedHashMap<>();
        }

        @Override
        public List createArrayContainer() {
          return new ArrayList<>();
        }
      };

  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqEventOutbox(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public List<PublishedEvent> unpublished(int limit) {
    Check.that(limit > 0, "limit", "must be positive");
    return dsl.select(
            OUTBOX_EVENT.ID,
            OUTBOX_EVENT.SEQ,
            OUTBOX_EVENT.EVENT_TYPE,
            OUTBOX_EVENT.AGGREGATE_ID,
            OUTBOX_EVENT.OCCURRED_AT,
            OUTBOX_EVENT.PAYLOAD)
        .from(OUTBOX_EVENT)
        .where(OUTBOX_EVENT.PUBLISHED_AT.isNull())
        .orderBy(OUTBOX_EVENT.SEQ)
        .limit(limit)
        .fetch(JooqEventOutbox::event);
  }

  @Override
  public void markPublished(List<UUID> ids, Instant at) {
    List<UUID> checked = Check.list("ids", ids);
    Check.notNull("at", at);
    if (checked.isEmpty()) {
      return;
    }
    dsl.update(OUTBOX_EVENT)
        .set(OUTBOX_EVENT.PUBLISHED_AT, at)
        .where(OUTBOX_EVENT.ID.in(checked))
        .and(OUTBOX_EVENT.PUBLISHED_AT.isNull())
        .execute();
  }

  private static PublishedEvent event(Record row) {
    return new PublishedEvent(
        row.get(OUTBOX_EVENT.ID),
        row.get(OUTBOX_EVENT.SEQ),
        row.get(OUTBOX_EVENT.EVENT_TYPE),
        row.get(OUTBOX_EVENT.AGGREGATE_ID),
        row.get(OUTBOX_EVENT.OCCURRED_AT),
        data(row.get(OUTBOX_EVENT.PAYLOAD)));
  }

  private static Map<String, String> data(String payload) {
    Object parsed;
    try {
      parsed = new JSONParser().parse(payload, ORDERED);
    } catch (ParseException e) {
      // written by JooqDomainEvents only; a broken payload is corruption, not input
      throw new IllegalStateException("an outbox payload is not JSON", e);
    }
    if (!(parsed instanceof Map<?, ?> object)) {
      throw new IllegalStateException("an outbox payload is not a JSON object");
    }
    Map<String, String> data = new LinkedHashMap<>();
    object.forEach((k, v) -> data.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
    return data;
  }
}
