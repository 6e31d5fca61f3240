package dk.borgerdialog.testfixtures;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.plan.model.Appointments;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Appointments in a map, with optimistic versions. */
public final class InMemoryAppointments implements Appointments {
  private final Map<AppointmentId, Appointment> store = new ConcurrentHashMap<>();

  @Override
  public void add(Appointment appointment) {
    Versioned.add(store, appointment.id(), appointment, appointment.version(), "appointment");
  }

  @Override
  public Appointment update(Appointment appointment) {
    return Versioned.update(
        store,
        appointment.id(),
        appointment,
        Appointment::version,
        InMemoryAppointments::incremented,
        "appointment");
  }

  @Override
  public Optional<Appointment> byId(AppointmentId id) {
    return Optional.ofNullable(store.get(id));
  }

  @Override
  public java.util.List<Appointment> ofCitizen(
      dk.borgerdialog.citizen.model.CitizenId citizen, java.time.Instant from, int limit) {
    return store.values().stream()
        .filter(a -> a.citizen().equals(citizen) && !a.start().isBefore(from))
        .sorted(java.util.Comparator.comparing(Appointment::start))
        .limit(limit)
        .toList();
  }

  /**
   * A citizen's appointments of any status, earliest start first.
   *
   * @param citizen the citizen
   * @return the appointments
   */
  public List<Appointment> of(CitizenId citizen) {
    return store.values().stream()
        .filter(a -> a.citizen().equals(citizen))
        .sorted(Comparator.comparing(Appointment::start).thenComparing(Appointment::bookedAt))
        .toList();
  }

  /**
   * A citizen's appointments in one status, earliest start first.
   *
   * @param citizen the citizen
   * @param status the status
   * @return the appointments
   */
  public List<Appointment> of(CitizenId citizen, AppointmentStatus status) {
    return of(citizen).stream().filter(a -> a.status() == status).toList();
  }

  /**
   * Every stored appointment, earliest start first.
   *
   * @return the appointments
   */
  public List<Appointment> all() {
    return store.values().stream().sorted(Comparator.comparing(Appointment::start)).toList();
  }

  private static Appointment incremented(Appointment a) {
    return new Appointment(
        a.id(),
        a.course(),
        a.citizen(),
        a.unit(),
        a.type(),
        a.start(),
        a.end(),
        a.mode(),
        a.participants(),
        a.status(),
        a.cancellation(),
        a.cancelledBy(),
        a.replaces(),
        a.replacedBy(),
        a.slot(),
        a.bookedAt(),
        a.changedAt(),
        a.version() + 1);
  }
}
