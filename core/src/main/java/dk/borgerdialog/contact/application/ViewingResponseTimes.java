package dk.borgerdialog.contact.application;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessTarget;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.contact.model.CareTeams;
import dk.borgerdialog.contact.model.MessageThread;
import dk.borgerdialog.contact.model.ResponseTimes;
import dk.borgerdialog.contact.model.Threads;
import dk.borgerdialog.organisation.model.UnitId;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A unit's response times to citizens' messages, for staff such as the centre manager. */
public final class ViewingResponseTimes {
  /** The longest period. */
  public static final Duration MAX_PERIOD = Duration.ofDays(366);

  /** The most overdue threads listed. */
  public static final int OVERDUE_LIMIT = 100;

  private final Threads threads;
  private final CareTeams careTeams;
  private final AccessControl access;
  private final Transactions transactions;
  private final Clock clock;

  @Inject
  ViewingResponseTimes(
      Threads threads,
      CareTeams careTeams,
      AccessControl access,
      Transactions transactions,
      Clock clock) {
    this.threads = threads;
    this.careTeams = careTeams;
    this.access = access;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * The unit's response times for the threads opened in {@code [from, to)}, and its overdue threads
   * now.
   *
   * @param actor staff of the unit, or the system
   * @param unit the unit
   * @param from the first instant of the period
   * @param to the instant after the period, at most {@link #MAX_PERIOD} later
   * @return the figures
   * @throws dk.borgerdialog.common.InvalidInputException naming {@code to} if the period is empty
   *     or too long
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit or the system
   */
  public ResponseTimes responseTimes(Actor actor, UnitId unit, Instant from, Instant to) {
    Check.notNull("unit", unit);
    Check.notNull("from", from);
    Check.notNull("to", to);
    // a period of weeks or months: not Check.interval, which is for one appointment's 24 hours
    Check.that(from.isBefore(to), "to", "must be after from");
    Check.that(
        Duration.between(from, to).compareTo(MAX_PERIOD) <= 0, "to", "must be at most 366 days");
    AccessControl.Grant grant =
        access.authorize(actor, Operation.VIEW_INSIGHTS, AccessTarget.unit(unit), unit.value());
    Instant now = clock.instant();
    return transactions.inTransaction(
        () -> {
          List<MessageThread> opened = threads.openedByCitizens(unit, from, to);
          List<Duration> times =
              opened.stream()
                  .map(MessageThread::firstResponseTime)
                  .flatMap(Optional::stream)
                  .sorted()
                  .toList();
          Duration expected = careTeams.expectedReply(unit);
          List<MessageThread> overdue =
              threads.unansweredSince(unit, now.minus(expected), OVERDUE_LIMIT);
          grant.record();
          return new ResponseTimes(
              unit,
              from,
              to,
              opened.size(),
              times.size(),
              ResponseTimes.percentile(times, 50),
              ResponseTimes.percentile(times, 90),
              expected,
              overdue);
        });
  }
}
