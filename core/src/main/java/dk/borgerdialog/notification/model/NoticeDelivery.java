package dk.borgerdialog.notification.model;

import dk.borgerdialog.common.internal.Check;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The delivery of a {@link Notice} on the citizen's channels beyond in-app (e-mail, SMS), written
 * in the transaction that notified and carried out after commit, at least once.
 *
 * @param id the delivery's id
 * @param notice the notice
 * @param createdAt when the notice was given
 * @param status where the delivery stands
 * @param sentVia the channel that delivered it, or null
 * @param finishedAt when it was delivered or given up, or null while pending
 * @param version the optimistic version
 */
public record NoticeDelivery(
    UUID id,
    Notice notice,
    Instant createdAt,
    Status status,
    @Nullable ChannelKind sentVia,
    @Nullable Instant finishedAt,
    long version) {

  /** Validates the delivery. */
  public NoticeDelivery {
    Check.notNull("id", id);
    Check.notNull("notice", notice);
    Check.notNull("createdAt", createdAt);
    Check.notNull("status", status);
    Check.that((status == Status.SENT) == (sentVia != null), "sentVia", "is set exactly when sent");
    Check.that(
        (status == Status.PENDING) == (finishedAt == null),
        "finishedAt",
        "is set exactly when finished");
  }

  /**
   * A new pending delivery.
   *
   * @param notice the notice
   * @param now now
   * @return the delivery
   */
  public static NoticeDelivery pending(Notice notice, Instant now) {
    return new NoticeDelivery(UUID.randomUUID(), notice, now, Status.PENDING, null, null, 0);
  }

  /**
   * The delivery, delivered.
   *
   * @param channel the channel
   * @param at when
   * @return the delivery
   */
  public NoticeDelivery sent(ChannelKind channel, Instant at) {
    return new NoticeDelivery(id, notice, createdAt, Status.SENT, channel, at, version);
  }

  /**
   * The delivery, given up: no channel could deliver it in time.
   *
   * @param at when
   * @return the delivery
   */
  public NoticeDelivery undelivered(Instant at) {
    return new NoticeDelivery(id, notice, createdAt, Status.UNDELIVERED, null, at, version);
  }

  /** Where a delivery stands. */
  public enum Status {
    /** Still to be delivered. */
    PENDING,
    /** Delivered on {@link #sentVia}. */
    SENT,
    /** No channel could deliver it; the in-app notice remains. */
    UNDELIVERED
  }
}
