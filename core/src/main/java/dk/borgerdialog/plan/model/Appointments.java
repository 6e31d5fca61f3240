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
}
