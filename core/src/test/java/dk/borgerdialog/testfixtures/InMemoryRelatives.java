package dk.borgerdialog.testfixtures;

import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.relative.model.Relative;
import dk.borgerdialog.relative.model.RelativeId;
import dk.borgerdialog.relative.model.Relatives;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Relatives in a map, with optimistic versions; the reference is unique. */
public final class InMemoryRelatives implements Relatives {
  private final Map<RelativeId, Relative> store = new LinkedHashMap<>();

  @Override
  public synchronized void add(Relative relative) {
    if (byRef(relative.ref()).isPresent()) {
      throw new ConflictException("relative " + relative.ref() + " exists");
    }
    Versioned.add(store, relative.id(), relative, relative.version(), "relative");
  }

  @Override
  public synchronized Relative update(Relative relative) {
    return Versioned.update(
        store,
        relative.id(),
        relative,
        Relative::version,
        r ->
            new Relative(
                r.id(),
                r.ref(),
                r.name(),
                r.language(),
                r.channels(),
                r.email(),
                r.phone(),
                r.version() + 1),
        "relative");
  }

  @Override
  public synchronized Optional<Relative> byId(RelativeId id) {
    return Optional.ofNullable(store.get(id));
  }

  @Override
  public synchronized Optional<Relative> byRef(ExternalRef ref) {
    return store.values().stream().filter(r -> r.ref().equals(ref)).findFirst();
  }
}
