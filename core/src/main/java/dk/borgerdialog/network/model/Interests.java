package dk.borgerdialog.network.model;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.organisation.model.MunicipalityId;
import java.util.List;
import java.util.Set;

/** The managed list of interests and the interests citizens state (a secondary port). */
public interface Interests {

  /**
   * Adds an interest to a municipality's list, or renames it.
   *
   * @param municipality the municipality
   * @param interest the interest
   */
  void define(MunicipalityId municipality, Interest interest);

  /**
   * A municipality's list, by code.
   *
   * @param municipality the municipality
   * @return the interests
   */
  List<Interest> of(MunicipalityId municipality);

  /**
   * Replaces the interests a citizen states.
   *
   * @param citizen the citizen
   * @param codes the interest codes
   */
  void state(CitizenId citizen, Set<String> codes);

  /**
   * The interests a citizen stated, by code.
   *
   * @param citizen the citizen
   * @return the codes
   */
  List<String> statedBy(CitizenId citizen);
}
