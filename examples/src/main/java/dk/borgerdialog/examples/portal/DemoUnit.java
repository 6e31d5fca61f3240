package dk.borgerdialog.examples.portal;

import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.AppointmentType;
import java.util.List;

/**
 * A unit of the demo data, with the appointment types it offers free slots for.
 *
 * @param id the unit
 * @param name the internal name staff see
 * @param publicName the neutral name citizens see
 * @param municipality the municipality's name
 * @param types the appointment types, first the usual one
 */
public record DemoUnit(
    UnitId id, String name, String publicName, String municipality, List<AppointmentType> types) {

  /** Copies the types. */
  public DemoUnit {
    types = List.copyOf(types);
  }
}
