package dk.borgerdialog.network.model;

import dk.borgerdialog.organisation.model.UnitId;
import java.util.List;
import java.util.Optional;

/** Organisers of activities (a secondary port). */
public interface Organisers {

  /**
   * Adds an organiser.
   *
   * @param organiser the organiser
   */
  void add(Organiser organiser);

  /**
   * Looks up an organiser.
   *
   * @param id the id
   * @return the organiser, if any
   */
  Optional<Organiser> byId(OrganiserId id);

  /**
   * The organisers a unit manages, by name.
   *
   * @param unit the unit
   * @return the organisers
   */
  List<Organiser> ofUnit(UnitId unit);
}
