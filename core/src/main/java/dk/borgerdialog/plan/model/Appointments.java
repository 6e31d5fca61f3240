package dk.borgerdialog.plan.model;

import java.util.Optional;

/** Appointments (a secondary port). */
public interface Appointments {

  /**
   * Adds an appointment.
   *
   * @param appointment the appointment, with version 0
   */
  void add(Appointment appointment);

  /**
   * Updates an appointment if the stored version is {@code appointment.version()}.
   *
   * @param appointment the changed appointment
   * @return the appointment with its new version
   * @throws dk.borgerdialog.common.ConflictException if the stored version differs
   */
  Appointment update(Appointment appointment);

  /**
   * Looks up an appointment.
   *
   * @param id the id
   * @return the appointment, if any
   */
  Optional<Appointment> byId(AppointmentId id);

  /**
   * The status of an appointment, read fresh, without its participants.
   *
   * @param id the id
   * @return the status, if the appointment exists
   */
  default Optional<AppointmentStatus> statusOf(AppointmentId id) {
    return byId(id).map(Appointment::status);
  }

  /**
   * A citizen's appointments in every status (cancelled and moved ones too) that start at or after
   * {@code from}, earliest first: what the citizen's calendar feed shows.
   *
   * @param citizen the citizen
   * @param from the earliest start
   * @param limit the most appointments to return
   * @return the appointments
   */
  java.util.List<Appointment> ofCitizen(
      dk.borgerdialog.citizen.model.CitizenId citizen, java.time.Instant from, int limit);

  /**
   * Adds appointments, in batches where the store allows (call inside a transaction, so that they
   * are added together or not at all).
   *
   * @param appointments the appointments, each with version 0
   */
  default void addAll(java.util.List<Appointment> appointments) {
    for (Appointment appointment : appointments) {
      add(appointment);
    }
  }
}
