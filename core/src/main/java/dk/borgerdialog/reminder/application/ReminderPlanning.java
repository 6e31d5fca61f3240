package dk.borgerdialog.reminder.application;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.reminder.model.AllContactPreferences;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.RelativeReminders;
import dk.borgerdialog.reminder.model.Reminder;
import dk.borgerdialog.reminder.model.ReminderId;
import dk.borgerdialog.reminder.model.ReminderPlanner;
import dk.borgerdialog.reminder.model.ReminderPolicies;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import dk.borgerdialog.reminder.model.ReminderScheduler;
import dk.borgerdialog.reminder.model.ReminderStatus;
import dk.borgerdialog.reminder.model.Reminders;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Plans and withdraws an appointment's reminders inside the transaction that books, moves or
 * cancels it, so that a reminder exists if and only if its appointment is booked.
 */
public final class ReminderPlanning {
  /** The most reminders added in one statement by {@link #planForAll}. */
  static final int BATCH = 500;

  private final Reminders reminders;
  private final ReminderPolicies policies;
  private final AllContactPreferences preferences;
  private final ReminderScheduler scheduler;
  private final RelativeReminders relativeCopies;
  private final Clock clock;

  /**
   * Creates the service.
   *
   * @param reminders the reminders
   * @param policies the units' policies
   * @param preferences the citizens' contact preferences
   * @param scheduler the scheduler that wakes the dispatcher
   * @param relativeCopies the relatives' copies of sent reminders, withdrawn with the appointment
   * @param clock the clock, for when a copy was withdrawn
   */
  @Inject
  public ReminderPlanning(
      Reminders reminders,
      ReminderPolicies policies,
      AllContactPreferences preferences,
      ReminderScheduler scheduler,
      RelativeReminders relativeCopies,
      Clock clock) {
    this.reminders = reminders;
    this.policies = policies;
    this.preferences = preferences;
    this.scheduler = scheduler;
    this.relativeCopies = relativeCopies;
    this.clock = clock;
  }

  /**
   * Plans the reminders of a booked appointment (call inside the booking's transaction).
   *
   * @param booked the appointment
   * @param citizen its citizen, for the zone
   * @param now the current instant
   * @return the planned reminders
   */
  public List<Reminder> planFor(Appointment booked, Citizen citizen, Instant now) {
    return planForAll(List.of(booked), Map.of(citizen.id(), citizen), now);
  }

  /**
   * Plans the reminders of many booked appointments at once, with the same policies as {@link
   * #planFor} (call inside the booking's transaction): each unit's policy is looked up once, the
   * contact preferences of all the citizens are read together, and the reminders are added and
   * scheduled in batches.
   *
   * @param booked the appointments
   * @param citizens the appointments' citizens, for their zones
   * @param now the current instant
   * @return the planned reminders, in the order of the appointments
   */
  public List<Reminder> planForAll(
      List<Appointment> booked, Map<CitizenId, Citizen> citizens, Instant now) {
    Map<UnitId, ReminderPolicy> unitPolicies = new HashMap<>();
    Map<CitizenId, ContactPreferences> contacts = preferences.ofAll(citizens.keySet());
    List<Reminder> planned = new ArrayList<>();
    for (Appointment appointment : booked) {
      Citizen citizen = Objects.requireNonNull(citizens.get(appointment.citizen()));
      ReminderPolicy policy =
          unitPolicies.computeIfAbsent(
              appointment.unit(), u -> policies.of(u).orElse(ReminderPolicy.DEFAULT));
      ContactPreferences contact =
          contacts.getOrDefault(citizen.id(), ContactPreferences.defaults(citizen.id()));
      planned.addAll(
          ReminderPlanner.plan(appointment, policy, contact.quietHours(), citizen.zone(), now));
    }
    for (int from = 0; from < planned.size(); from += BATCH) {
      List<Reminder> batch = planned.subList(from, Math.min(planned.size(), from + BATCH));
      reminders.addAll(batch);
      scheduler.scheduleNew(batch);
    }
    return planned;
  }

  /**
   * Withdraws the pending reminders of an appointment that is cancelled or moved, and the pending
   * relatives' copies of those already sent (call inside that transaction).
   *
   * @param appointment the appointment
   */
  public void withdrawFor(Appointment appointment) {
    List<ReminderId> sent = new ArrayList<>();
    for (Reminder reminder : reminders.of(appointment.id())) {
      if (reminder.status() == ReminderStatus.PENDING) {
        reminders.update(reminder.withStatus(ReminderStatus.WITHDRAWN));
        scheduler.unschedule(reminder.id());
      } else if (reminder.status() == ReminderStatus.SENT) {
        sent.add(reminder.id());
      }
    }
    if (!sent.isEmpty()) {
      // locks the copies: a copy's send in flight finishes first, a later one finds it withdrawn
      relativeCopies.withdrawPending(sent, clock.instant());
    }
  }
}
