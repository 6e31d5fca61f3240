package dk.borgerdialog.insight.model;

import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.Appointment;
import java.time.Instant;
import java.util.List;

/**
 * The read side of attendance: figures per unit and period, aggregated where the data lives, and
 * the appointments nobody has marked yet.
 *
 * <p>A secondary port: the storage implements it with aggregate queries, so that no appointment row
 * is loaded to compute a figure. The exact definitions are in {@link UnitInsights}.
 */
public interface Insights {

  /**
   * The unit's appointments that are still {@code BOOKED} although they ended before a time: staff
   * should mark them attended or no-show. Oldest end first, then by id.
   *
   * @param unit the unit
   * @param endedBefore the instant their end must lie before (normally now)
   * @param limit the most to return, at least 1
   * @return the appointments
   */
  List<Appointment> unmarked(UnitId unit, Instant endedBefore, int limit);

  /**
   * The unit's figures for the appointments that start in {@code [from, to)}.
   *
   * @param unit the unit
   * @param from the first instant of the period
   * @param to the instant after the period, after {@code from}
   * @return the figures
   */
  UnitInsights of(UnitId unit, Instant from, Instant to);
}
