package dk.borgerdialog.insight.application;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessTarget;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.insight.model.Insights;
import dk.borgerdialog.insight.model.UnitInsights;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.Appointment;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Staff's view of attendance in their unit: the appointments still to be marked, and the figures of
 * a period (no-shows, cancellations, rebookings, the effect of reminders).
 *
 * <p>Both are checked under {@link Operation#VIEW_INSIGHTS}: staff of the unit and the system may,
 * citizens never. Every allowed call is audited.
 */
public final class ViewingInsights {
  /** The most appointments one list returns. */
  public static final int MAX_LIST = 200;

  /** The longest period one call covers: a year, leap day included. */
  public static final Duration MAX_PERIOD = Duration.ofDays(366);

  private final Insights insights;
  private final AccessControl access;
  private final Transactions transactions;
  private final Clock clock;

  /**
   * Creates the use cases.
   *
   * @param insights the insights port
   * @param access the access control
   * @param transactions the transactions
   * @param clock the clock, whose now is when "ended" is judged
   */
  @Inject
  public ViewingInsights(
      Insights insights, AccessControl access, Transactions transactions, Clock clock) {
    this.insights = insights;
    this.access = access;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * The unit's appointments that ended before now but are still booked, oldest first: staff should
   * mark each attended or no-show.
   *
   * @param actor staff of the unit, or the system
   * @param unit the unit
   * @param limit the most to return, 1 to {@value #MAX_LIST}
   * @return the appointments
   * @throws dk.borgerdialog.common.InvalidInputException if the unit is missing or the limit out of
   *     range
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit or the system
   */
  public List<Appointment> unmarked(Actor actor, UnitId unit, int limit) {
    Check.notNull("unit", unit);
    Check.that(limit >= 1 && limit <= MAX_LIST, "limit", "must be 1 to " + MAX_LIST);
    AccessControl.Grant grant =
        access.authorize(actor, Operation.VIEW_INSIGHTS, AccessTarget.unit(unit), null);
    return transactions.inTransaction(
        () -> {
          List<Appointment> unmarked = insights.unmarked(unit, clock.instant(), limit);
          grant.recordReadOf(unmarked.stream().map(Appointment::citizen).toList());
          return unmarked;
        });
  }

  /**
   * The unit's figures for the appointments that start in {@code [from, to)}, as defined in {@link
   * UnitInsights}.
   *
   * @param actor staff of the unit, or the system
   * @param unit the unit
   * @param from the first instant of the period
   * @param to the instant after the period: after {@code from}, at most {@link #MAX_PERIOD} later
   * @return the figures
   * @throws dk.borgerdialog.common.InvalidInputException naming {@code unit}, {@code from} or
   *     {@code to} if one is missing or the period is empty or longer than {@link #MAX_PERIOD}
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit or the system
   */
  public UnitInsights insights(Actor actor, UnitId unit, Instant from, Instant to) {
    Check.notNull("unit", unit);
    Check.notNull("from", from);
    Check.notNull("to", to);
    Check.that(from.isBefore(to), "to", "must be after from");
    Check.that(
        Duration.between(from, to).compareTo(MAX_PERIOD) <= 0,
        "to",
        "must be at most " + MAX_PERIOD.toDays() + " days after from");
    AccessControl.Grant grant =
        access.authorize(actor, Operation.VIEW_INSIGHTS, AccessTarget.unit(unit), null);
    return transactions.inTransaction(
        () -> {
          grant.record();
          return insights.of(unit, from, to);
        });
  }
}
