package dk.borgerdialog.testfixtures;

import dk.borgerdialog.organisation.model.Centre;
import dk.borgerdialog.organisation.model.CentreId;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.MunicipalityId;
import dk.borgerdialog.organisation.model.Organisations;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Municipalities, centres and units in maps; units have optimistic versions. */
public final class InMemoryOrganisations implements Organisations {
  private final Map<MunicipalityId, Municipality> municipalities = new ConcurrentHashMap<>();
  private final Map<CentreId, Centre> centres = new ConcurrentHashMap<>();
  private final Map<UnitId, Unit> units = new ConcurrentHashMap<>();

  @Override
  public void add(Municipality municipality) {
    Versioned.add(municipalities, municipality.id(), municipality, 0, "municipality");
  }

  @Override
  public void add(Centre centre) {
    if (!municipalities.containsKey(centre.municipality())) {
      throw new IllegalStateException("no municipality " + centre.municipality());
    }
    Versioned.add(centres, centre.id(), centre, 0, "centre");
  }

  @Override
  public void add(Unit unit) {
    if (!centres.containsKey(unit.centre())) {
      throw new IllegalStateException("no centre " + unit.centre());
    }
    Versioned.add(units, unit.id(), unit, unit.version(), "unit");
  }

  @Override
  public Unit update(Unit unit) {
    return Versioned.update(
        units,
        unit.id(),
        unit,
        Unit::version,
        u ->
            new Unit(
                u.id(),
                u.centre(),
                u.municipality(),
                u.name(),
                u.publicName(),
                u.rules(),
                u.version() + 1),
        "unit");
  }

  @Override
  public Optional<Municipality> municipality(MunicipalityId id) {
    return Optional.ofNullable(municipalities.get(id));
  }

  @Override
  public Optional<Centre> centre(CentreId id) {
    return Optional.ofNullable(centres.get(id));
  }

  @Override
  public Optional<Unit> unit(UnitId id) {
    return Optional.ofNullable(units.get(id));
  }

  @Override
  public List<Unit> units(MunicipalityId municipality) {
    return units.values().stream()
        .filter(u -> u.municipality().equals(municipality))
        .sorted(Comparator.comparing(Unit::name))
        .toList();
  }
}
