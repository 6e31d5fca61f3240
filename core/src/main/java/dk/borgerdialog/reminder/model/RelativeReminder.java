package dk.borgerdialog.reminder.model;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.relative.model.RelativeId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A relative's copy of a citizen's reminder: written, pending, in the transaction that records the
 * citizen's delivery, and delivered after commit on the relative's own channels, at least once.
 *
 * @param id the copy's id
 * @param reminder the citizen's reminder
 * @param relative the relative with a grant to receive the citizen's reminders
 * @param citizen the reminder's citizen
 * @param createdAt when the citizen's reminder was delivered and the copy planned
 * @param status where the copy stands
 * @param sentVia the relative's channel that delivered it, or null
 * @param finishedAt when it was delivered, given up or withdrawn, or null while pending
 * @param version the optimistic version
 */
public record RelativeReminder(
    UUID id,
    ReminderId reminder,
    RelativeId relative,
    CitizenId citizen,
    Instant createdAt,
    Status status,
    @Nullable ChannelKind sentVia,
    @Nullable Instant finishedAt,
    long version) {

  /** Validates the copy. */
  public RelativeReminder {
    Check.notNull("id", id);
    Check.notNull("reminder", reminder);
    Check.notNull("relative", relative);
    Check.notNull("citizen", citizen);
    Check.notNull("createdAt", createdAt);
    Check.notNull("status", status);
    Check.that((status == Status.SENT) == (sentVia != null), "sentVia", "is set exactly when sent");
    Check.that(
        (status == Status.PENDING) == (finishedAt == null),
        "finishedAt",
        "is set exactly when finished");
  }

  /**
   * A new pending copy.
   *
   * @param reminder the citizen's reminder, just delivered
   * @param relative the relative
   * @param now now
   * @return the copy
   */
  public static RelativeReminder pending(Reminder reminder, RelativeId relative, Instant now) {
    return new RelativeReminder(
        UUID.randomUUID(),
        reminder.id(),
        relative,
        reminder.citizen(),
        now,
        Status.PENDING,
        null,
        null,
        0);
  }

  /**
   * The idempotency key of a copy on one of the relative's channels: {@code <reminder
   * key>:relative:<relative id>}, the same on every attempt and every node.
   *
   * @param reminder the citizen's reminder
   * @param relative the relative
   * @param channel the relative's channel
   * @return the key
   */
  public static String idempotencyKey(Reminder reminder, RelativeId relative, ChannelKind channel) {
    return reminder.idempotencyKey(channel) + ":relative:" + relative;
  }

  /**
   * The copy, delivered.
   *
   * @param channel the channel
   * @param at when
   * @return the copy
   */
  public RelativeReminder sent(ChannelKind channel, Instant at) {
    return new RelativeReminder(
        id, reminder, relative, citizen, createdAt, Status.SENT, channel, at, version);
  }

  /**
   * The copy, finished without a delivery.
   *
   * @param newStatus {@link Status#UNDELIVERED} or {@link Status#WITHDRAWN}
   * @param at when
   * @return the copy
   */
  public RelativeReminder finished(Status newStatus, Instant at) {
    Check.that(
        newStatus == Status.UNDELIVERED || newStatus == Status.WITHDRAWN,
        "status",
        "must be UNDELIVERED or WITHDRAWN");
    return new RelativeReminder(
        id, reminder, relative, citizen, createdAt, newStatus, null, at, version);
  }

  /** Where a copy stands. */
  public enum Status {
    /** Still to be delivered. */
    PENDING,
    /** Delivered on {@link #sentVia}. */
    SENT,
    /** None of the relative's channels delivered it before the appointment. */
    UNDELIVERED,
    /**
     * Stopped: the appointment was cancelled or moved, or the relative's grant expired or was
     * revoked, before it went out.
     */
    WITHDRAWN
  }
}
