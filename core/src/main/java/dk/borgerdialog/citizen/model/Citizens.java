package dk.borgerdialog.citizen.model;

import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.organisation.model.MunicipalityId;
import java.util.Optional;

/** The citizens (a secondary port). */
public interface Citizens {

  /**
   * Adds a citizen.
   *
   * @param citizen the citizen, with version 0
   * @throws dk.borgerdialog.common.ConflictException if the reference or CPR number is already
   *     registered in the municipality
   */
  void add(Citizen citizen);

  /**
   * Updates a citizen if the stored version is {@code citizen.version()}.
   *
   * @param citizen the changed citizen
   * @return the citizen with its new version
   * @throws dk.borgerdialog.common.ConflictException if the stored version differs
   */
  Citizen update(Citizen citizen);

  /**
   * Looks up a citizen.
   *
   * @param id the id
   * @return the citizen, if any
   */
  Optional<Citizen> byId(CitizenId id);

  /**
   * Looks up a citizen by the host's reference.
   *
   * @param municipality the municipality
   * @param ref the reference
   * @return the citizen, if any
   */
  Optional<Citizen> byRef(MunicipalityId municipality, ExternalRef ref);

  /**
   * Looks up citizens, in one read where the store allows.
   *
   * @param ids the ids
   * @return the citizens found, by id; ids that name no citizen are missing
   */
  default java.util.Map<CitizenId, Citizen> byIds(java.util.Collection<CitizenId> ids) {
    java.util.Map<CitizenId, Citizen> found = new java.util.LinkedHashMap<>();
    for (CitizenId id : ids) {
      byId(id).ifPresent(c -> found.put(id, c));
    }
    return found;
  }
}
