package dk.borgerdialog.plan.application;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessTarget;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.CitizenOverview;
import dk.borgerdialog.plan.model.Overviews;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Min planlægning: the citizen's overview, with the newest in-app notifications. Staff see only the
 * courses of their own units, so a caseworker never learns of a treatment course in another unit,
 * and never the citizen's notifications.
 */
public final class ViewingOverview {
  /** How many upcoming appointments an overview shows unless asked otherwise. */
  public static final int DEFAULT_UPCOMING = 10;

  /** The most upcoming appointments one overview shows. */
  public static final int MAX_UPCOMING = 100;

  private final Overviews overviews;
  private final AccessControl access;
  private final Transactions transactions;
  private final Clock clock;

  /** How many in-app notifications the citizen's overview shows. */
  public static final int NOTIFICATIONS = 5;

  @Inject
  ViewingOverview(
      Overviews overviews, AccessControl access, Transactions transactions, Clock clock) {
    this.overviews = overviews;
    this.access = access;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * A citizen's overview.
   *
   * @param actor the citizen, staff of one of the citizen's units, or the system
   * @param citizen the citizen
   * @param maxUpcoming the most upcoming appointments, 1 to {@value #MAX_UPCOMING}
   * @return the overview
   * @throws dk.borgerdialog.common.InvalidInputException if maxUpcoming is out of range
   * @throws NoSuchEntityException if the citizen does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen, or staff of one of the
   *     citizen's units
   */
  public CitizenOverview overview(Actor actor, CitizenId citizen, int maxUpcoming) {
    Check.notNull("citizen", citizen);
    Check.that(
        maxUpcoming >= 1 && maxUpcoming <= MAX_UPCOMING,
        "maxUpcoming",
        "must be 1 to " + MAX_UPCOMING);
    Set<UnitId> visible = access.visibleUnits(actor);
    // the in-app inbox is the citizen's own: staff and relatives see the plan, not the citizen's
    // messages
    boolean ownInbox = !(actor instanceof Actor.Staff || actor instanceof Actor.Relative);
    // One read answers both the access decision (the units of all the citizen's courses) and the
    // overview; nothing of it leaves this method unless access is granted and recorded.
    Optional<Overviews.Read> read =
        overviews.read(
            citizen, clock.instant(), maxUpcoming, visible, ownInbox ? NOTIFICATIONS : 0);
    Set<UnitId> units = read.map(Overviews.Read::courseUnits).orElse(Set.of());
    AccessControl.Grant grant =
        access.authorize(
            actor, Operation.VIEW_OVERVIEW, new AccessTarget(citizen, units), citizen.value());
    // checked after access, so that only those who may see the citizen learn whether they exist
    CitizenOverview overview =
        read.orElseThrow(() -> new NoSuchEntityException("citizen", citizen)).overview();
    transactions.inTransaction(
        () -> {
          grant.record();
          return null;
        });
    return overview;
  }
}
