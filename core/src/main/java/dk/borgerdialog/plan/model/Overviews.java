package dk.borgerdialog.plan.model;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.organisation.model.UnitId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The citizen's overview as one read path (a secondary port). An adapter answers it with a fixed
 * number of queries, whatever the number of courses and appointments.
 */
public interface Overviews {

  /**
   * A citizen's overview.
   *
   * @param citizen the citizen
   * @param now the current instant; appointments that ended before it are left out
   * @param maxUpcoming the most upcoming appointments to include
   * @param onlyUnits the units whose courses to include, or null for all
   * @return the overview, or empty if there is no such citizen
   */
  Optional<CitizenOverview> of(
      CitizenId citizen, Instant now, int maxUpcoming, @Nullable Set<UnitId> onlyUnits);
}
