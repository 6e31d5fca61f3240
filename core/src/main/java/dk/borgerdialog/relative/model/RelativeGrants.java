package dk.borgerdialog.relative.model;

import dk.borgerdialog.citizen.model.CitizenId;
import java.util.List;
import java.util.Optional;

/** The grants between relatives and citizens (a secondary port). */
public interface RelativeGrants {

  /**
   * Adds a grant.
   *
   * @param grant the grant, version 0
   */
  void add(RelativeGrant grant);

  /**
   * Stores a changed grant.
   *
   * @param grant the grant, with the version that was read
   * @return the stored grant, with the next version
   * @throws dk.borgerdialog.common.ConflictException if it changed since it was read
   */
  RelativeGrant update(RelativeGrant grant);

  /**
   * Looks a grant up.
   *
   * @param id the id
   * @return the grant
   */
  Optional<RelativeGrant> byId(RelativeGrantId id);

  /**
   * Every grant of a citizen, active or not, newest first.
   *
   * @param citizen the citizen
   * @return the grants
   */
  List<RelativeGrant> ofCitizen(CitizenId citizen);

  /**
   * Every grant a relative holds, active or not, newest first.
   *
   * @param relative the relative
   * @return the grants
   */
  List<RelativeGrant> ofRelative(RelativeId relative);

  /**
   * The grants between one relative and one citizen, active or not (the access check filters them
   * by the clock).
   *
   * @param relative the relative
   * @param citizen the citizen
   * @return the grants
   */
  List<RelativeGrant> between(RelativeId relative, CitizenId citizen);
}
