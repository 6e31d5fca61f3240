package dk.borgerdialog.testfixtures;

import dk.borgerdialog.insight.model.Insights;
import dk.borgerdialog.insight.model.UnitInsights;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.reminder.model.Reminder;
import dk.borgerdialog.reminder.model.ReminderStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Insights computed in Java from the in-memory appointments and reminders, by the definitions of
 * {@link UnitInsights}: the reference the SQL adapter is checked against in spirit.
 */
public final class InMemoryInsights implements Insights {
  private final InMemoryAppointments appointments;
  private final InMemoryReminders reminders;

  /**
   * Creates the fake over the other fakes.
   *
   * @param appointments the appointments
   * @param reminders the reminders
   */
  public InMemoryInsights(InMemoryAppointments appointments, InMemoryReminders reminders) {
    this.appointments = appointments;
    this.reminders = reminders;
  }

  @Override
  public List<Appointment> unmarked(UnitId unit, Instant endedBefore, int limit) {
    return appointments.all().stream()
        .filter(a -> a.unit().equals(unit))
        .filter(a -> a.status() == AppointmentStatus.BOOKED)
        .filter(a -> a.end().isBefore(endedBefore))
        .sorted(
            Comparator.comparing(Appointment::end).thenComparing(a -> a.id().value().toString()))
        .limit(limit)
        .toList();
  }

  @Override
  public UnitInsights of(UnitId unit, Instant from, Instant to) {
    List<Appointment> all = appointments.all();
    List<Appointment> counted =
        all.stream()
            .filter(a -> a.unit().equals(unit))
            .filter(a -> !a.start().isBefore(from) && a.start().isBefore(to))
            .filter(a -> a.status() != AppointmentStatus.MOVED)
            .toList();
    long attended = count(counted, AppointmentStatus.ATTENDED);
    long noShows = count(counted, AppointmentStatus.NO_SHOW);
    List<Appointment> cancelled =
        counted.stream().filter(a -> a.status() == AppointmentStatus.CANCELLED).toList();
    Map<CancellationReasonCode, Long> byReason = new EnumMap<>(CancellationReasonCode.class);
    for (Appointment a : cancelled) {
      CancellationReason reason = Objects.requireNonNull(a.cancellation());
      byReason.merge(reason.code(), 1L, Long::sum);
    }
    long rebooked = cancelled.stream().filter(a -> rebooked(a, all)).count();

    List<Reminder> sent =
        reminders.all().stream().filter(r -> r.status() == ReminderStatus.SENT).toList();
    Set<AppointmentId> reminded =
        sent.stream().map(Reminder::appointment).collect(Collectors.toSet());
    List<Appointment> marked =
        counted.stream()
            .filter(
                a ->
                    a.status() == AppointmentStatus.ATTENDED
                        || a.status() == AppointmentStatus.NO_SHOW)
            .toList();
    List<Appointment> with = marked.stream().filter(a -> reminded.contains(a.id())).toList();
    List<Appointment> without = marked.stream().filter(a -> !reminded.contains(a.id())).toList();

    Map<Duration, Double> byOffset = new TreeMap<>();
    Map<Duration, Set<AppointmentId>> sentByOffset = new HashMap<>();
    for (Reminder r : sent) {
      sentByOffset.computeIfAbsent(r.offset(), o -> new java.util.HashSet<>()).add(r.appointment());
    }
    sentByOffset.forEach(
        (offset, ids) -> {
          List<Appointment> group = marked.stream().filter(a -> ids.contains(a.id())).toList();
          if (!group.isEmpty()) {
            byOffset.put(offset, rate(group));
          }
        });

    return new UnitInsights(
        unit,
        from,
        to,
        counted.size(),
        attended,
        noShows,
        UnitInsights.noShowRate(attended, noShows),
        cancelled.size(),
        byReason,
        rebooked,
        with.size(),
        rate(with),
        without.size(),
        rate(without),
        byOffset);
  }

  private static boolean rebooked(Appointment cancelled, List<Appointment> all) {
    Instant at = cancelled.changedAt();
    Instant until = at.plus(UnitInsights.REBOOKING_WINDOW);
    return all.stream()
        .anyMatch(
            b ->
                b.course().equals(cancelled.course())
                    && !b.id().equals(cancelled.id())
                    && b.replaces() == null
                    && !b.bookedAt().isBefore(at)
                    && !b.bookedAt().isAfter(until));
  }

  private static long count(List<Appointment> list, AppointmentStatus status) {
    return list.stream().filter(a -> a.status() == status).count();
  }

  private static double rate(List<Appointment> marked) {
    return UnitInsights.noShowRate(
        count(marked, AppointmentStatus.ATTENDED), count(marked, AppointmentStatus.NO_SHOW));
  }
}
