package dk.borgerdialog.testfixtures;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.relative.model.RelativeGrant;
import dk.borgerdialog.relative.model.RelativeGrantId;
import dk.borgerdialog.relative.model.RelativeGrants;
import dk.borgerdialog.relative.model.RelativeId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Grants in a map, with optimistic versions; lists are newest first. */
public final class InMemoryRelativeGrants implements RelativeGrants {
  private final Map<RelativeGrantId, RelativeGrant> store = new LinkedHashMap<>();

  @Override
  public synchronized void add(RelativeGrant grant) {
    Versioned.add(store, grant.id(), grant, grant.version(), "grant");
  }

  @Override
  public synchronized RelativeGrant update(RelativeGrant grant) {
    return Versioned.update(
        store,
        grant.id(),
        grant,
        RelativeGrant::version,
        g ->
            new RelativeGrant(
                g.id(),
                g.citizen(),
                g.relative(),
                g.relation(),
                g.scopes(),
                g.basis(),
                g.grantedAt(),
                g.grantedBy(),
                g.expiresAt(),
                g.revokedAt(),
                g.revokedBy(),
                g.revokeReason(),
                g.version() + 1),
        "grant");
  }

  @Override
  public synchronized Optional<RelativeGrant> byId(RelativeGrantId id) {
    return Optional.ofNullable(store.get(id));
  }

  @Override
  public synchronized List<RelativeGrant> ofCitizen(CitizenId citizen) {
    return newestFirst(g -> g.citizen().equals(citizen));
  }

  @Override
  public synchronized List<RelativeGrant> ofRelative(RelativeId relative) {
    return newestFirst(g -> g.relative().equals(relative));
  }

  @Override
  public synchronized List<RelativeGrant> between(RelativeId relative, CitizenId citizen) {
    return newestFirst(g -> g.relative().equals(relative) && g.citizen().equals(citizen));
  }

  private List<RelativeGrant> newestFirst(Predicate<RelativeGrant> filter) {
    List<RelativeGrant> result = new ArrayList<>();
    for (RelativeGrant g : store.values()) {
      if (filter.test(g)) {
        result.add(0, g);
      }
    }
    result.sort(Comparator.comparing(RelativeGrant::grantedAt).reversed());
    return List.copyOf(result);
  }
}
