package dk.borgerdialog.plan.model;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.organisation.model.UnitId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The citizen's overview as one read path (a secondary port). An adapter answers it with a fixed
 * number of queries, whatever the number of courses and appointments.
 */
public interface Overviews {

  /**
   * What one read of the overview found: the overview, and the units of all the citizen's courses,
   * those left out of the overview included, so that access can be decided on the same read.
   *
   * @param overview the overview
   * @param courseUnits the units of all the citizen's courses
   */
  record Read(CitizenOverview overview, Set<UnitId> courseUnits) {
    /** Checks and copies. */
    public Read {
      Objects.requireNonNull(overview, "overview");
      courseUnits = Set.copyOf(courseUnits);
    }
  }

  /**
   * Reads a citizen's overview and the units of their courses, in one consistent read.
   *
   * @param citizen the citizen
   * @param now the current instant; appointments that ended before it are left out
   * @param maxUpcoming the most upcoming appointments to include
   * @param onlyUnits the units whose courses and appointments to include, or null for all
   * @param notifications how many of the newest in-app notifications to include, with the count of
   *     the unread; 0 for none (and an unread count of 0)
   * @return what was read, or empty if there is no such citizen
   */
  Optional<Read> read(
      CitizenId citizen,
      Instant now,
      int maxUpcoming,
      @Nullable Set<UnitId> onlyUnits,
      int notifications);

  /**
   * A citizen's overview, without notifications.
   *
   * @param citizen the citizen
   * @param now the current instant; appointments that ended before it are left out
   * @param maxUpcoming the most upcoming appointments to include
   * @param onlyUnits the units whose courses to include, or null for all
   * @return the overview, or empty if there is no such citizen
   */
  default Optional<CitizenOverview> of(
      CitizenId citizen, Instant now, int maxUpcoming, @Nullable Set<UnitId> onlyUnits) {
    return read(citizen, now, maxUpcoming, onlyUnits, 0).map(Read::overview);
  }
}
