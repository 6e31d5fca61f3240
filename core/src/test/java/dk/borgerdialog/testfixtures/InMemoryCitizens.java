package dk.borgerdialog.testfixtures;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.citizen.model.Citizens;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.organisation.model.MunicipalityId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Citizens in a map, with optimistic versions; the reference and the CPR number are unique per
 * municipality.
 */
public final class InMemoryCitizens implements Citizens {
  private final Map<CitizenId, Citizen> store = new LinkedHashMap<>();

  @Override
  public synchronized void add(Citizen citizen) {
    requireUnique(citizen);
    Versioned.add(store, citizen.id(), citizen, citizen.version(), "citizen");
  }

  @Override
  public synchronized Citizen update(Citizen citizen) {
    requireUnique(citizen);
    return Versioned.update(
        store,
        citizen.id(),
        citizen,
        Citizen::version,
        c ->
            new Citizen(
                c.id(),
                c.municipality(),
                c.ref(),
                c.cpr(),
                c.name(),
                c.language(),
                c.zone(),
                c.version() + 1),
        "citizen");
  }

  @Override
  public synchronized Optional<Citizen> byId(CitizenId id) {
    return Optional.ofNullable(store.get(id));
  }

  @Override
  public synchronized Optional<Citizen> byRef(MunicipalityId municipality, ExternalRef ref) {
    return store.values().stream()
        .filter(c -> c.municipality().equals(municipality) && c.ref().equals(ref))
        .findFirst();
  }

  /**
   * Every citizen, in the order they were added.
   *
   * @return the citizens
   */
  public synchronized List<Citizen> all() {
    return List.copyOf(store.values());
  }

  private void requireUnique(Citizen citizen) {
    for (Citizen other : store.values()) {
      if (other.id().equals(citizen.id()) || !other.municipality().equals(citizen.municipality())) {
        continue;
      }
      if (other.ref().equals(citizen.ref())) {
        throw new ConflictException("the reference is already registered in the municipality");
      }
      if (citizen.cpr() != null && Objects.equals(other.cpr(), citizen.cpr())) {
        throw new ConflictException("the CPR number is already registered in the municipality");
      }
    }
  }
}
