package dk.borgerdialog.examples.portal;

import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.organisation.model.UnitId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The host's own knowledge of its people and units: who can sign in, and which citizens have a
 * course in which unit. In a real portal this is the municipality's case system and identity
 * provider; here it is what the demo data created.
 *
 * @param people the people, citizens first
 * @param units the units
 */
public record Directory(List<DemoPerson> people, List<DemoUnit> units) {

  /** Copies the lists. */
  public Directory {
    people = List.copyOf(people);
    units = List.copyOf(units);
  }

  /**
   * A person by key.
   *
   * @param key the key, such as {@code "jonas"}
   * @return the person, if any
   */
  public Optional<DemoPerson> person(String key) {
    return people.stream().filter(p -> p.key().equals(key)).findFirst();
  }

  /**
   * A person by kind and id.
   *
   * @param kind citizen or staff
   * @param id the id
   * @return the person, if any
   */
  public Optional<DemoPerson> person(ActorKind kind, UUID id) {
    return people.stream().filter(p -> p.kind() == kind && p.id().equals(id)).findFirst();
  }

  /**
   * A unit by id.
   *
   * @param id the unit
   * @return the unit, if it is one of the demo's
   */
  public Optional<DemoUnit> unit(UnitId id) {
    return units.stream().filter(u -> u.id().equals(id)).findFirst();
  }

  /**
   * The citizens with a course in a unit.
   *
   * @param unit the unit
   * @return their ids
   */
  public List<CitizenId> citizensOf(UnitId unit) {
    return people.stream()
        .filter(p -> p.kind() == ActorKind.CITIZEN && p.units().contains(unit))
        .map(p -> new CitizenId(p.id()))
        .toList();
  }
}
