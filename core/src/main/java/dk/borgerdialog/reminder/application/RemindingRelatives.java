package dk.borgerdialog.reminder.application;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.Citizens;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.DeliveryResult;
import dk.borgerdialog.notification.model.NotificationChannels;
import dk.borgerdialog.organisation.model.Organisations;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.plan.model.Appointments;
import dk.borgerdialog.relative.model.Relative;
import dk.borgerdialog.relative.model.RelativeGrant;
import dk.borgerdialog.relative.model.RelativeGrants;
import dk.borgerdialog.relative.model.RelativeId;
import dk.borgerdialog.relative.model.Relatives;
import dk.borgerdialog.relative.model.Scope;
import dk.borgerdialog.reminder.model.DeliveryAttempt;
import dk.borgerdialog.reminder.model.QuietHours;
import dk.borgerdialog.reminder.model.RelativeReminder;
import dk.borgerdialog.reminder.model.RelativeReminderDispatcher;
import dk.borgerdialog.reminder.model.RelativeReminderScheduler;
import dk.borgerdialog.reminder.model.RelativeReminders;
import dk.borgerdialog.reminder.model.Reminder;
import dk.borgerdialog.reminder.model.ReminderDispatcher.Outcome;
import dk.borgerdialog.reminder.model.ReminderPolicies;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import dk.borgerdialog.reminder.model.ReminderTexts;
import dk.borgerdialog.reminder.model.Reminders;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reminds a citizen's relatives: plans a pending copy of a delivered reminder for every relative
 * with an active grant to {@link Scope#RECEIVE_REMINDERS}, and delivers each copy on the relative's
 * own channels, at least once.
 *
 * <p>{@link #planFor} runs in the transaction that records the citizen's delivery, so the copies
 * commit with it or not at all. {@link #dispatch} follows the reminders' rules ({@link
 * DispatchingReminders}): the relative's channels in their order; one idempotency key per channel,
 * {@link RelativeReminder#idempotencyKey}; every attempt recorded whatever its outcome; a delivered
 * attempt in the log finishes the copy without sending again; an unknown outcome is retried on the
 * same channel only; a failure is retried after {@link DispatchingReminders#BACKOFF} (or a longer
 * Retry-After) up to {@link DispatchingReminders#MAX_ATTEMPTS_PER_CHANNEL} attempts, then the next
 * channel is tried. Relatives have no quiet hours of their own: nothing is sent in the default
 * quiet hours ({@link QuietHours#DEFAULT}) in the citizen's zone, unless the unit's policy is
 * critical. Nothing is sent at or after the appointment's start.
 *
 * <p>Before every send, with the copy locked, the appointment and the grant are read again: a copy
 * of a cancelled or moved appointment, or of a relative whose grant has expired or was revoked, is
 * withdrawn and never sent. A cancel or move withdraws the pending copies in its own transaction
 * ({@link RelativeReminders#withdrawPending}), so it waits for a send in flight, and no copy goes
 * out after it has committed.
 *
 * <p>The text is the reminder's neutral text, in the relative's language.
 */
public final class RemindingRelatives implements RelativeReminderDispatcher {
  private final RelativeReminders copies;
  private final RelativeReminderScheduler scheduler;
  private final RelativeGrants grants;
  private final Relatives relatives;
  private final Reminders reminders;
  private final Appointments appointments;
  private final Citizens citizens;
  private final Organisations organisations;
  private final ReminderPolicies policies;
  private final ReminderTexts texts;
  private final NotificationChannels channels;
  private final Transactions transactions;
  private final Clock clock;

  /**
   * Creates the service.
   *
   * @param copies the relatives' copies and their log
   * @param scheduler wakes the dispatch of a copy after commit
   * @param grants the relatives' grants
   * @param relatives the relatives, for their channels and language
   * @param reminders the reminders
   * @param appointments the appointments, read again before every send
   * @param citizens the citizens, for their zone
   * @param organisations the organisation, for the unit's public name
   * @param policies the units' policies, for critical reminders
   * @param texts the texts
   * @param channels the configured channels
   * @param transactions the transactions
   * @param clock the clock
   */
  @Inject
  public RemindingRelatives(
      RelativeReminders copies,
      RelativeReminderScheduler scheduler,
      RelativeGrants grants,
      Relatives relatives,
      Reminders reminders,
      Appointments appointments,
      Citizens citizens,
      Organisations organisations,
      ReminderPolicies policies,
      ReminderTexts texts,
      NotificationChannels channels,
      Transactions transactions,
      Clock clock) {
    this.copies = copies;
    this.scheduler = scheduler;
    this.grants = grants;
    this.relatives = relatives;
    this.reminders = reminders;
    this.appointments = appointments;
    this.citizens = citizens;
    this.organisations = organisations;
    this.policies = policies;
    this.texts = texts;
    this.channels = channels;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Plans a pending copy of a delivered reminder for every relative with an active grant to receive
   * the citizen's reminders, and schedules each at once. Call inside the transaction that records
   * the citizen's delivery. A copy already planned for a relative is not planned again.
   *
   * @param delivered the citizen's reminder
   * @param now when it was delivered
   * @return the copies planned now
   */
  public List<RelativeReminder> planFor(Reminder delivered, Instant now) {
    Set<RelativeId> receiving = new LinkedHashSet<>();
    for (RelativeGrant grant : grants.ofCitizen(delivered.citizen())) {
      if (grant.allows(Scope.RECEIVE_REMINDERS, now)) {
        receiving.add(grant.relative());
      }
    }
    List<RelativeReminder> planned = new java.util.ArrayList<>();
    for (RelativeId relative : receiving) {
      RelativeReminder copy = RelativeReminder.pending(delivered, relative, now);
      if (copies.addOnce(copy)) {
        // added just now with a new random id, in this transaction: nothing can be scheduled for it
        scheduler.scheduleNew(copy.id(), now);
        planned.add(copy);
      }
    }
    return planned;
  }

  @Override
  public Outcome dispatch(UUID id) {
    Optional<RelativeReminder> found = copies.byId(id);
    if (found.isEmpty() || found.get().status() != RelativeReminder.Status.PENDING) {
      return new Outcome.Finished();
    }
    RelativeReminder copy = found.get();
    Instant now = clock.instant();
    List<DeliveryAttempt> log = copies.attempts(id);
    Optional<DeliveryAttempt> delivered =
        log.stream().filter(a -> a.outcome() == DeliveryAttempt.Outcome.DELIVERED).findFirst();
    if (delivered.isPresent()) {
      // an earlier call delivered it and stopped before recording so: never send it again
      return finish(copy.sent(delivered.get().channel(), delivered.get().attemptedAt()));
    }
    Optional<Reminder> reminder = reminders.byId(copy.reminder());
    Optional<Relative> relative = relatives.byId(copy.relative());
    Optional<Citizen> citizen = citizens.byId(copy.citizen());
    if (reminder.isEmpty()
        || relative.isEmpty()
        || citizen.isEmpty()
        || !booked(reminder.get())
        || !receives(copy, now)) {
      return finish(copy.finished(RelativeReminder.Status.WITHDRAWN, now));
    }
    Instant start = reminder.get().appointmentStart();
    if (!now.isBefore(start)) {
      return finish(copy.finished(RelativeReminder.Status.UNDELIVERED, now));
    }
    ZoneId zone = citizen.get().zone();
    boolean critical = policies.of(reminder.get().unit()).orElse(ReminderPolicy.DEFAULT).critical();
    QuietHours quiet = QuietHours.DEFAULT;
    if (!critical && quiet.contains(now, zone)) {
      Instant morning = quiet.endOfPeriod(now, zone);
      return morning.isBefore(start)
          ? new Outcome.RetryAt(morning)
          : finish(copy.finished(RelativeReminder.Status.UNDELIVERED, now));
    }
    Unit unit = organisations.unit(reminder.get().unit()).orElseThrow();
    Reminder of = reminder.get();
    Relative to = relative.get();
    ChannelWalk.End end =
        ChannelWalk.walk(
            log,
            to.channels(),
            kind -> kind == ChannelKind.EMAIL ? to.email() : to.phone(),
            channels,
            now,
            start,
            quiet,
            zone,
            critical,
            (kind, target, address) ->
                // The copy stays locked from the last check until its send is recorded: a cancel
                // or move that withdraws it waits for the send (or finds it sent).
                transactions.inTransaction(
                    () -> {
                      Optional<RelativeReminder> locked =
                          copies
                              .lockById(id)
                              .filter(c -> c.status() == RelativeReminder.Status.PENDING);
                      // statements of their own, after the lock: they see a cancel or a
                      // revocation that committed while it waited
                      if (locked.isEmpty() || !booked(of) || !receives(copy, now)) {
                        return Optional.<DeliveryResult>empty();
                      }
                      String key = RelativeReminder.idempotencyKey(of, to.id(), kind);
                      DeliveryResult outcome =
                          DispatchingReminders.send(
                              texts, target, of, zone, unit, to.language(), kind, key, address);
                      copies.addAttempt(id, attempt(of, kind, key, now, outcome));
                      if (outcome instanceof DeliveryResult.Delivered) {
                        copies.update(locked.get().sent(kind, now));
                      }
                      return Optional.of(outcome);
                    }));
    if (end instanceof ChannelWalk.End.Delivered) {
      return new Outcome.Finished();
    }
    if (end instanceof ChannelWalk.End.NoLongerDue) {
      return withdraw(id, now);
    }
    if (end instanceof ChannelWalk.End.RetryAt retry) {
      return new Outcome.RetryAt(retry.at());
    }
    return finish(copy.finished(RelativeReminder.Status.UNDELIVERED, now));
  }

  /** Whether the reminder's appointment is still booked. */
  private boolean booked(Reminder reminder) {
    return appointments
        .statusOf(reminder.appointment())
        .map(status -> status == AppointmentStatus.BOOKED)
        .orElse(false);
  }

  /** Whether the relative still holds an active grant to receive the citizen's reminders. */
  private boolean receives(RelativeReminder copy, Instant now) {
    return grants.between(copy.relative(), copy.citizen()).stream()
        .anyMatch(grant -> grant.allows(Scope.RECEIVE_REMINDERS, now));
  }

  /** Withdraws the copy if it is still pending (a cancel or move may have done so already). */
  private Outcome withdraw(UUID id, Instant now) {
    transactions.inTransaction(
        () -> {
          copies
              .byId(id)
              .filter(c -> c.status() == RelativeReminder.Status.PENDING)
              .ifPresent(c -> copies.update(c.finished(RelativeReminder.Status.WITHDRAWN, now)));
          return null;
        });
    return new Outcome.Finished();
  }

  private Outcome finish(RelativeReminder finished) {
    transactions.inTransaction(() -> copies.update(finished));
    return new Outcome.Finished();
  }

  private static DeliveryAttempt attempt(
      Reminder reminder, ChannelKind kind, String key, Instant now, DeliveryResult result) {
    return DeliveryAttempt.of(reminder.id(), kind, key, now, result);
  }
}
