package dk.borgerdialog.ical;

import dk.borgerdialog.network.model.Recurrences;
import dk.borgerdialog.network.model.Schedule;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.Recur;

/**
 * Expands schedules with ical4j's RFC 5545 recurrence rules. The seed is the first start in the
 * schedule's zone, so occurrences keep their local time across daylight saving changes.
 */
public final class Ical4jRecurrences implements Recurrences {

  /** Creates the expander. */
  public Ical4jRecurrences() {}

  @Override
  public List<Instant> starts(Schedule schedule, Instant from, Instant to, int limit) {
    if (limit <= 0 || !from.isBefore(to)) {
      return List.of();
    }
    ZonedDateTime seed = schedule.firstStart().atZone(schedule.zone());
    String rule = schedule.rrule();
    if (rule == null) {
      Instant start = seed.toInstant();
      return !start.isBefore(from) && start.isBefore(to) ? List.of(start) : List.of();
    }
    Recur<ZonedDateTime> recur = new Recur<>(rule);
    List<Instant> starts = new ArrayList<>();
    for (ZonedDateTime date :
        recur.getDates(seed, from.atZone(schedule.zone()), to.atZone(schedule.zone()))) {
      Instant start = date.toInstant();
      if (!start.isBefore(from) && start.isBefore(to)) {
        starts.add(start);
        if (starts.size() == limit) {
          break;
        }
      }
    }
    starts.sort(null);
    return List.copyOf(starts);
  }
}
