package dk.borgerdialog.reminder.application;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.DomainEvents;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.DeliveryResult;
import dk.borgerdialog.notification.model.Notification;
import dk.borgerdialog.notification.model.NotificationChannel;
import dk.borgerdialog.notification.model.NotificationChannels;
import dk.borgerdialog.organisation.model.Organisations;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.plan.model.Appointments;
import dk.borgerdialog.relative.model.Scope;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.DeliveryAttempt;
import dk.borgerdialog.reminder.model.DeliveryAttempts;
import dk.borgerdialog.reminder.model.DueReminders;
import dk.borgerdialog.reminder.model.QuietHours;
import dk.borgerdialog.reminder.model.Reminder;
import dk.borgerdialog.reminder.model.ReminderDispatcher;
import dk.borgerdialog.reminder.model.ReminderId;
import dk.borgerdialog.reminder.model.ReminderPolicies;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import dk.borgerdialog.reminder.model.ReminderSent;
import dk.borgerdialog.reminder.model.ReminderStatus;
import dk.borgerdialog.reminder.model.ReminderTexts;
import dk.borgerdialog.reminder.model.ReminderUndelivered;
import dk.borgerdialog.reminder.model.Reminders;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Delivers a due reminder on the citizen's channels in their order, at least once.
 *
 * <p>For each channel: the message is sent outside any transaction, with the reminder's idempotency
 * key for that channel; the attempt is recorded whatever its outcome. A delivered message marks the
 * reminder sent, also on a later call if the log shows a delivery the reminder does not yet. A
 * retryable failure or an unknown outcome is retried on the same channel with the same key, with
 * growing waits ({@link #BACKOFF}, or the provider's Retry-After), up to {@link
 * #MAX_ATTEMPTS_PER_CHANNEL} attempts, as long as the retry falls before the appointment and
 * outside the citizen's quiet hours; then the next channel is tried. A reminder no channel could
 * deliver is marked undelivered, for staff to see.
 *
 * <p>A reminder whose appointment is no longer booked is withdrawn and never sent, whatever the
 * scheduler still held.
 */
public final class DispatchingReminders implements ReminderDispatcher {
  /** Attempts on one channel before the next is tried. */
  public static final int MAX_ATTEMPTS_PER_CHANNEL = 3;

  /** The wait before the second and third attempt on a channel. */
  public static final List<Duration> BACKOFF =
      List.of(Duration.ofMinutes(1), Duration.ofMinutes(5));

  private final Reminders reminders;
  private final DeliveryAttempts attempts;
  private final Appointments appointments;
  private final DueReminders due;
  private final Organisations organisations;
  private final ReminderPolicies policies;
  private final ReminderTexts texts;
  private final NotificationChannels channels;
  private final DomainEvents events;
  private final Transactions transactions;
  private final Clock clock;
  private final @Nullable RemindingRelatives relatives;

  /**
   * Creates a dispatcher that reminds citizens only, not their relatives.
   *
   * @param reminders the reminders
   * @param attempts the delivery log
   * @param appointments the appointments
   * @param due the due reminders with their appointment's status, citizen and contact preferences
   * @param organisations the organisation, for the unit's public name
   * @param policies the units' policies, for critical reminders
   * @param texts the texts
   * @param channels the configured channels
   * @param events the outbox
   * @param transactions the transactions
   * @param clock the clock
   */
  public DispatchingReminders(
      Reminders reminders,
      DeliveryAttempts attempts,
      Appointments appointments,
      DueReminders due,
      Organisations organisations,
      ReminderPolicies policies,
      ReminderTexts texts,
      NotificationChannels channels,
      DomainEvents events,
      Transactions transactions,
      Clock clock) {
    this(
        reminders,
        attempts,
        appointments,
        due,
        organisations,
        policies,
        texts,
        channels,
        events,
        transactions,
        clock,
        (RemindingRelatives) null);
  }

  /**
   * Creates the dispatcher; a reminder delivered to the citizen plans, in the same transaction, a
   * copy for every relative with an active grant with {@link Scope#RECEIVE_REMINDERS}, delivered
   * after commit on the relative's own channels ({@link RemindingRelatives}).
   *
   * @param reminders the reminders
   * @param attempts the delivery log
   * @param appointments the appointments
   * @param due the due reminders with their appointment's status, citizen and contact preferences
   * @param organisations the organisation, for the unit's public name
   * @param policies the units' policies, for critical reminders
   * @param texts the texts
   * @param channels the configured channels
   * @param events the outbox
   * @param transactions the transactions
   * @param clock the clock
   * @param relatives plans the relatives' copies of a delivered reminder; null for none
   */
  @Inject
  public DispatchingReminders(
      Reminders reminders,
      DeliveryAttempts attempts,
      Appointments appointments,
      DueReminders due,
      Organisations organisations,
      ReminderPolicies policies,
      ReminderTexts texts,
      NotificationChannels channels,
      DomainEvents events,
      Transactions transactions,
      Clock clock,
      @Nullable RemindingRelatives relatives) {
    this.reminders = reminders;
    this.attempts = attempts;
    this.appointments = appointments;
    this.due = due;
    this.organisations = organisations;
    this.policies = policies;
    this.texts = texts;
    this.channels = channels;
    this.events = events;
    this.transactions = transactions;
    this.clock = clock;
    this.relatives = relatives;
  }

  @Override
  public Outcome dispatch(ReminderId id) {
    // the reminder, its log, its appointment's status, the citizen and their preferences: one read
    Optional<DueReminders.Due> found = due.of(id);
    if (found.isEmpty() || found.get().reminder().status() != ReminderStatus.PENDING) {
      return new Outcome.Finished();
    }
    DueReminders.Due read = found.get();
    Reminder reminder = read.reminder();
    Instant now = clock.instant();
    List<DeliveryAttempt> log = read.attempts();
    Optional<DeliveryAttempt> delivered =
        log.stream().filter(a -> a.outcome() == DeliveryAttempt.Outcome.DELIVERED).findFirst();
    if (delivered.isPresent()) {
      // an earlier call delivered it and stopped before marking it sent: never send it again
      return markSent(
          reminder,
          delivered.get().channel(),
          delivered.get().attemptedAt(),
          read.mayHaveRelatives(),
          now);
    }
    if (read.appointmentStatus() != AppointmentStatus.BOOKED) {
      return withdraw(id);
    }
    if (!now.isBefore(reminder.appointmentStart())) {
      return giveUp(reminder, now);
    }
    Citizen citizen = Optional.ofNullable(read.citizen()).orElseThrow();
    Unit unit = organisations.unit(reminder.unit()).orElseThrow();
    ContactPreferences stated = read.contact();
    ContactPreferences contact =
        stated != null ? stated : ContactPreferences.defaults(citizen.id());
    boolean critical = policies.of(reminder.unit()).orElse(ReminderPolicy.DEFAULT).critical();
    QuietHours quiet = contact.quietHours();
    if (!critical && quiet.contains(now, citizen.zone())) {
      // late (an outage, a backlog, changed quiet hours): wait for the morning, never send at night
      Instant morning = quiet.endOfPeriod(now, citizen.zone());
      return morning.isBefore(reminder.appointmentStart())
          ? new Outcome.RetryAt(morning)
          : giveUp(reminder, now);
    }
    // The reminder stays locked from the last check until its send is recorded: a cancel or move
    // that withdraws it waits for the send (or finds it sent), so nothing goes out after the
    // cancel has committed. The attempt, and the reminder's sent status, commit with it.
    ChannelWalk.End end =
        ChannelWalk.walk(
            log,
            contact.usableChannels(),
            contact::address,
            channels,
            now,
            reminder.appointmentStart(),
            quiet,
            citizen.zone(),
            critical,
            (kind, target, address) ->
                transactions.inTransaction(
                    () -> {
                      if (!stillDue(reminder)) {
                        return Optional.<DeliveryResult>empty();
                      }
                      String key = reminder.idempotencyKey(kind);
                      DeliveryResult outcome =
                          send(
                              texts,
                              target,
                              reminder,
                              citizen.zone(),
                              unit,
                              citizen.language(),
                              kind,
                              key,
                              address);
                      attempts.add(record(reminder, kind, key, now, outcome));
                      if (outcome instanceof DeliveryResult.Delivered) {
                        markSent(reminder, kind, now, read.mayHaveRelatives(), now);
                      }
                      return Optional.of(outcome);
                    }));
    if (end instanceof ChannelWalk.End.Delivered) {
      return new Outcome.Finished();
    }
    if (end instanceof ChannelWalk.End.NoLongerDue) {
      return withdraw(id);
    }
    if (end instanceof ChannelWalk.End.RetryAt retry) {
      return new Outcome.RetryAt(retry.at());
    }
    return giveUp(reminder, now);
  }

  /**
   * Whether the reminder is still pending and its appointment still booked; locks the reminder
   * until the caller's transaction ends.
   */
  private boolean stillDue(Reminder reminder) {
    boolean pending =
        reminders
            .lockById(reminder.id())
            .map(r -> r.status() == ReminderStatus.PENDING)
            .orElse(false);
    // a statement of its own, after the lock: it sees a cancel that committed while it waited
    boolean booked =
        appointments
            .statusOf(reminder.appointment())
            .map(status -> status == AppointmentStatus.BOOKED)
            .orElse(false);
    return pending && booked;
  }

  /**
   * Renders and sends; a channel or template that throws is turned into an outcome: unknown if the
   * channel threw (it may have sent), a retryable failure if the text could not be made. The
   * citizen's reminders and the relatives' copies of them are sent through it, each in the
   * receiver's language and the citizen's zone.
   */
  static DeliveryResult send(
      ReminderTexts texts,
      NotificationChannel channel,
      Reminder reminder,
      ZoneId zone,
      Unit unit,
      Language language,
      ChannelKind kind,
      String key,
      String address) {
    ReminderTexts.Text text;
    try {
      text =
          texts.reminder(
              reminder.appointmentStart(),
              zone,
              unit.publicName(),
              language,
              kind == ChannelKind.SMS);
    } catch (RuntimeException e) {
      return DeliveryResult.retryable(
          "the text could not be made: " + e.getClass().getSimpleName());
    }
    try {
      return channel.send(
          new Notification(key, kind, address, language, text.subject(), text.body()));
    } catch (RuntimeException e) {
      return DeliveryResult.unknown("the channel threw " + e.getClass().getSimpleName());
    }
  }

  /** A retry that would fall in quiet hours waits for their end instead (unless critical). */
  static Instant outOfQuietHours(Instant retry, QuietHours quiet, ZoneId zone, boolean critical) {
    return !critical && quiet.contains(retry, zone) ? quiet.endOfPeriod(retry, zone) : retry;
  }

  /** Withdraws the reminder if it is still pending (a cancel or move may have done so already). */
  private Outcome withdraw(ReminderId id) {
    transactions.inTransaction(
        () -> {
          reminders
              .byId(id)
              .filter(r -> r.status() == ReminderStatus.PENDING)
              .ifPresent(r -> reminders.update(r.withStatus(ReminderStatus.WITHDRAWN)));
          return null;
        });
    return new Outcome.Finished();
  }

  /**
   * Marks the reminder sent and, in the same transaction, plans the relatives' copies, so that a
   * crash between the two cannot lose a copy.
   */
  private Outcome markSent(
      Reminder reminder, ChannelKind kind, Instant at, boolean mayHaveRelatives, Instant now) {
    transactions.inTransaction(
        () -> {
          Reminder sent = reminders.update(reminder.sent(kind, at));
          events.record(ReminderSent.now(sent, kind, at));
          if (mayHaveRelatives && relatives != null) {
            relatives.planFor(sent, now);
          }
          return sent;
        });
    return new Outcome.Finished();
  }

  private Outcome giveUp(Reminder reminder, Instant now) {
    transactions.inTransaction(
        () -> {
          Reminder undelivered = reminders.update(reminder.withStatus(ReminderStatus.UNDELIVERED));
          events.record(ReminderUndelivered.now(undelivered, now));
          return undelivered;
        });
    return new Outcome.Finished();
  }

  static @Nullable Instant retryTime(DeliveryResult result, long tries, Instant now) {
    if (tries >= MAX_ATTEMPTS_PER_CHANNEL) {
      return null;
    }
    Duration wait = BACKOFF.get((int) Math.min(tries - 1, BACKOFF.size() - 1));
    if (result instanceof DeliveryResult.Failed failed) {
      if (!failed.retryable()) {
        return null;
      }
      if (failed.retryAfter() != null && failed.retryAfter().compareTo(wait) > 0) {
        wait = failed.retryAfter();
      }
    }
    return now.plus(wait);
  }

  /**
   * A channel is exhausted when it refused for good, used up its attempts, or was given up for a
   * later one: once a reminder has moved on from a channel, it never comes back to it, so that a
   * retry that would have come too late or at night is not made on the next call instead.
   */
  static boolean exhausted(List<DeliveryAttempt> log, ChannelKind kind, List<ChannelKind> order) {
    List<DeliveryAttempt> onChannel = log.stream().filter(a -> a.channel() == kind).toList();
    if (onChannel.isEmpty()) {
      return false;
    }
    if (onChannel.size() >= MAX_ATTEMPTS_PER_CHANNEL
        || onChannel.stream().anyMatch(a -> a.outcome() == DeliveryAttempt.Outcome.REFUSED)) {
      return true;
    }
    Instant last = onChannel.get(onChannel.size() - 1).attemptedAt();
    // attempts in one call share an instant; there, only a channel later in the order moved on
    return log.stream()
        .filter(a -> a.channel() != kind)
        .anyMatch(
            a ->
                a.attemptedAt().isAfter(last)
                    || (a.attemptedAt().equals(last)
                        && order.indexOf(a.channel()) > order.indexOf(kind)));
  }

  private static DeliveryAttempt record(
      Reminder reminder, ChannelKind kind, String key, Instant now, DeliveryResult result) {
    return DeliveryAttempt.of(reminder.id(), kind, key, now, result);
  }
}
