package dk.borgerdialog.organisation.model;

import java.util.List;
import java.util.Optional;

/** Municipalities, centres and units (a secondary port). */
public interface Organisations {

  /**
   * Adds a municipality.
   *
   * @param municipality the municipality
   */
  void add(Municipality municipality);

  /**
   * Adds a centre.
   *
   * @param centre the centre
   */
  void add(Centre centre);

  /**
   * Adds a unit.
   *
   * @param unit the unit, with version 0
   */
  void add(Unit unit);

  /**
   * Updates a unit if its stored version is {@code unit.version()}.
   *
   * @param unit the changed unit
   * @return the unit with its new version
   * @throws dk.borgerdialog.common.ConflictException if the stored version differs
   */
  Unit update(Unit unit);

  /**
   * Looks up a municipality.
   *
   * @param id the id
   * @return the municipality, if any
   */
  Optional<Municipality> municipality(MunicipalityId id);

  /**
   * Looks up a centre.
   *
   * @param id the id
   * @return the centre, if any
   */
  Optional<Centre> centre(CentreId id);

  /**
   * Looks up a unit.
   *
   * @param id the id
   * @return the unit, if any
   */
  Optional<Unit> unit(UnitId id);

  /**
   * The units of a municipality, by name.
   *
   * @param municipality the municipality
   * @return the units
   */
  List<Unit> units(MunicipalityId municipality);
}
