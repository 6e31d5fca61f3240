package dk.borgerdialog.network.model;

import dk.borgerdialog.common.internal.Check;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The active signups of one activity and the rule that decides seats: at every occurrence, the
 * seated signups for it and for the series together never exceed the capacity.
 *
 * <p>Use cases build a roster inside a transaction that holds the activity's lock, so that two
 * signups never both take the last seat.
 */
public final class Roster {
  private final Activity activity;
  private final List<Signup> active;

  /**
   * Creates the roster.
   *
   * @param activity the activity
   * @param active its seated and waitlisted signups
   */
  public Roster(Activity activity, List<Signup> active) {
    this.activity = Check.notNull("activity", activity);
    this.active =
        Check.list("active", active).stream()
            .filter(s -> s.status() != SignupStatus.LEFT)
            .sorted(Comparator.comparingLong(Signup::position))
            .toList();
  }

  /**
   * The seats taken at an occurrence.
   *
   * @param start the occurrence's start
   * @return the number of seated signups for it and for the series
   */
  public int seatsTaken(Instant start) {
    return (int) active.stream().filter(s -> s.seatedAt(start)).count();
  }

  /**
   * The seats still free at an occurrence.
   *
   * @param start the occurrence's start
   * @return the free seats, never negative
   */
  public int seatsLeft(Instant start) {
    return Math.max(0, activity.capacity() - seatsTaken(start));
  }

  /**
   * Whether a signup would fit: for an occurrence, a free seat there; for the series, a free seat
   * at every upcoming occurrence.
   *
   * @param occurrence the occurrence's start, or null for the series
   * @param upcoming the starts of the occurrences still open for signup
   * @return true if it fits
   */
  public boolean fits(@Nullable Instant occurrence, List<Instant> upcoming) {
    return fits(active, occurrence, upcoming);
  }

  /**
   * The citizen's active signup that covers the occurrence (or the series), if any.
   *
   * @param citizen the citizen
   * @param occurrence the occurrence's start, or null for the series
   * @return the signup, or null
   */
  public @Nullable Signup existing(
      dk.borgerdialog.citizen.model.CitizenId citizen, @Nullable Instant occurrence) {
    for (Signup s : active) {
      if (s.citizen().equals(citizen)
          && (s.occurrence() == null || occurrence == null || s.occurrence().equals(occurrence))) {
        return s;
      }
    }
    return null;
  }

  /**
   * The waitlisted signups that fit now, first come first served: each one that fits takes its seat
   * before the next is considered.
   *
   * @param upcoming the starts of the occurrences still open for signup
   * @return the signups to promote, in order
   */
  public List<Signup> promotable(List<Instant> upcoming) {
    List<Signup> simulated = new ArrayList<>(active);
    List<Signup> promoted = new ArrayList<>();
    for (int i = 0; i < simulated.size(); i++) {
      Signup s = simulated.get(i);
      if (s.status() != SignupStatus.WAITLISTED) {
        continue;
      }
      if (s.occurrence() != null && !upcoming.contains(s.occurrence())) {
        continue;
      }
      List<Signup> others = new ArrayList<>(simulated);
      others.remove(i);
      if (fits(others, s.occurrence(), upcoming)) {
        Signup seated = s.withStatus(SignupStatus.SEATED);
        simulated.set(i, seated);
        promoted.add(seated);
      }
    }
    return promoted;
  }

  private boolean fits(List<Signup> signups, @Nullable Instant occurrence, List<Instant> upcoming) {
    List<Instant> starts = occurrence == null ? upcoming : List.of(occurrence);
    if (starts.isEmpty()) {
      return false;
    }
    for (Instant start : starts) {
      long taken = signups.stream().filter(s -> s.seatedAt(start)).count();
      if (taken >= activity.capacity()) {
        return false;
      }
    }
    return true;
  }
}
