package dk.borgerdialog;

import dk.borgerdialog.insight.model.UnitInsights;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.Appointment;
import java.time.Instant;
import java.util.List;

/**
 * Attendance and the effect of reminders, as one actor: staff of a unit (for example the centre
 * manager) or the system. Citizens are always refused.
 *
 * <p>The figures are aggregated by the database; see {@link UnitInsights} for the exact definition
 * of each.
 */
public interface InsightOperations {

  /** The most appointments {@link #unmarkedAppointments(UnitId)} returns. */
  int UNMARKED_LIMIT = 100;

  /**
   * The unit's appointments that have ended but are still booked, oldest first, at most {@value
   * #UNMARKED_LIMIT}: staff should mark each attended or no-show.
   *
   * @param unit the unit
   * @return the appointments
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit or the system
   */
  List<Appointment> unmarkedAppointments(UnitId unit);

  /**
   * The unit's figures for the appointments that start in {@code [from, to)}.
   *
   * @param unit the unit
   * @param from the first instant of the period
   * @param to the instant after the period: after {@code from}, at most 366 days later
   * @return the figures
   * @throws dk.borgerdialog.common.InvalidInputException naming {@code to} if the period is empty
   *     or longer than 366 days
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit or the system
   */
  UnitInsights insights(UnitId unit, Instant from, Instant to);
}
