package dk.borgerdialog.reminder.model;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.AppointmentId;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A reminder of one appointment, planned in the same transaction as the appointment's booking or
 * move, and withdrawn with its cancellation or move.
 *
 * @param id the id
 * @param appointment the appointment
 * @param citizen the citizen
 * @param unit the unit
 * @param offset the policy's offset it was planned for
 * @param dueAt when it goes out, in UTC; earlier than start − offset if quiet hours moved it
 * @param appointmentStart the appointment's start: nothing is sent at or after it
 * @param status the status
 * @param sentVia the channel it was delivered on, or null
 * @param sentAt when it was delivered, or null
 * @param version the optimistic version
 */
public record Reminder(
    ReminderId id,
    AppointmentId appointment,
    CitizenId citizen,
    UnitId unit,
    Duration offset,
    Instant dueAt,
    Instant appointmentStart,
    ReminderStatus status,
    @Nullable ChannelKind sentVia,
    @Nullable Instant sentAt,
    long version) {

  /** Validates the reminder. */
  public Reminder {
    Check.notNull("id", id);
    Check.notNull("appointment", appointment);
    Check.notNull("citizen", citizen);
    Check.notNull("unit", unit);
    Check.notNull("offset", offset);
    Check.notNull("dueAt", dueAt);
    Check.notNull("appointmentStart", appointmentStart);
    Check.that(dueAt.isBefore(appointmentStart), "dueAt", "must be before the appointment");
    Check.notNull("status", status);
    Check.that(
        (status == ReminderStatus.SENT) == (sentVia != null && sentAt != null),
        "sentVia",
        "must be set exactly when the reminder is sent");
  }

  /**
   * The idempotency key for one channel: the same for every attempt of this reminder on that
   * channel, on any node, so that a provider can drop a duplicate.
   *
   * @param channel the channel
   * @return the key
   */
  public String idempotencyKey(ChannelKind channel) {
    return "reminder-" + id + "-" + channel.name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * This reminder, delivered.
   *
   * @param channel the channel it went out on
   * @param at when
   * @return the sent reminder, same version
   */
  public Reminder sent(ChannelKind channel, Instant at) {
    return new Reminder(
        id,
        appointment,
        citizen,
        unit,
        offset,
        dueAt,
        appointmentStart,
        ReminderStatus.SENT,
        channel,
        at,
        version);
  }

  /**
   * This reminder with another status (withdrawn or undelivered).
   *
   * @param newStatus the status
   * @return the changed reminder, same version
   */
  public Reminder withStatus(ReminderStatus newStatus) {
    Check.that(newStatus != ReminderStatus.SENT, "status", "use sent(...) for SENT");
    return new Reminder(
        id,
        appointment,
        citizen,
        unit,
        offset,
        dueAt,
        appointmentStart,
        newStatus,
        null,
        null,
        version);
  }
}
