package dk.borgerdialog.benchmarks;

import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.plan.application.ViewingOverview;
import dk.borgerdialog.plan.model.CitizenOverview;
import dk.borgerdialog.plan.model.CourseSummary;
import dk.borgerdialog.plan.model.UpcomingAppointment;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The citizen's overview through the SDK against one hand-written JDBC query that returns the same
 * data: the citizen, their courses with template and unit, the next upcoming appointments with
 * their unit's rules and participants, and the unread count of their in-app notifications.
 */
final class OverviewComparison {
  /** The baseline: one query, one round trip. */
  static final String QUERY =
      "SELECT c.id, c.name, c.language_code, c.zone_id,"
          + " co.id AS course_id, co.state, co.opened_at, co.version AS course_version,"
          + " t.name AS template_name, t.kind, cu.public_name AS course_unit,"
          + " a.id AS appointment_id, a.appointment_type, a.starts_at, a.ends_at, a.mode_kind,"
          + " a.mode_address, a.mode_link, a.status, a.version AS appointment_version,"
          + " au.public_name AS appointment_unit, au.deadline_seconds, au.citizens_may_cancel,"
          + " au.citizens_may_move, s.id AS staff_id, s.name AS staff_name, s.title,"
          + " (SELECT COUNT(*) FROM borgerdialog.in_app_notification n"
          + "   WHERE n.citizen_id = c.id AND n.read_at IS NULL) AS unread"
          + " FROM borgerdialog.citizen c"
          + " LEFT JOIN borgerdialog.course co ON co.citizen_id = c.id"
          + " LEFT JOIN borgerdialog.course_template t ON t.id = co.template_id"
          + " LEFT JOIN borgerdialog.unit cu ON cu.id = co.unit_id"
          + " LEFT JOIN borgerdialog.appointment a ON a.citizen_id = c.id AND a.course_id = co.id"
          + "   AND a.status = 'BOOKED' AND a.ends_at > ?"
          + " LEFT JOIN borgerdialog.unit au ON au.id = a.unit_id"
          + " LEFT JOIN borgerdialog.appointment_participant p ON p.appointment_id = a.id"
          + " LEFT JOIN borgerdialog.staff_member s ON s.id = p.staff_member_id"
          + " WHERE c.id = ?"
          + " ORDER BY a.starts_at, a.id, p.position_no";

  /** What both sides must agree on: course ids, upcoming appointment ids in order, unread. */
  record Essence(List<UUID> courses, List<UUID> upcoming, long unread) {}

  private final Borgerdialog dialog;
  private final DataSource dataSource;
  private final Clock clock;

  OverviewComparison(Borgerdialog dialog, DataSource dataSource, Clock clock) {
    this.dialog = dialog;
    this.dataSource = dataSource;
    this.clock = clock;
  }

  CitizenOverview ours(CitizenId citizen) {
    return dialog.as(Actor.citizen(citizen, AssuranceLevel.SUBSTANTIAL)).plan().overview(citizen);
  }

  static Essence essence(CitizenOverview overview) {
    return new Essence(
        overview.courses().stream().map(CourseSummary::course).map(c -> c.id().value()).toList(),
        overview.upcoming().stream()
            .map(UpcomingAppointment::appointment)
            .map(a -> a.id().value())
            .toList(),
        overview.unreadNotifications());
  }

  /** The baseline: the query, read into the same essence (first upcoming ten appointments). */
  Essence baseline(CitizenId citizen) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(QUERY)) {
      s.setTimestamp(1, Timestamp.from(clock.instant()));
      s.setObject(2, citizen.value());
      Set<UUID> courses = new LinkedHashSet<>();
      Set<UUID> upcoming = new LinkedHashSet<>();
      long unread = 0;
      int columns = -1;
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          // read every column, as a mapper would
          if (columns < 0) {
            columns = rs.getMetaData().getColumnCount();
          }
          for (int i = 1; i <= columns; i++) {
            rs.getObject(i);
          }
          UUID course = rs.getObject("course_id", UUID.class);
          if (course != null) {
            courses.add(course);
          }
          UUID appointment = rs.getObject("appointment_id", UUID.class);
          if (appointment != null && upcoming.size() < ViewingOverview.DEFAULT_UPCOMING) {
            upcoming.add(appointment);
          }
          unread = rs.getLong("unread");
        }
      }
      return new Essence(new ArrayList<>(courses), new ArrayList<>(upcoming), unread);
    }
  }

  /**
   * Checks that both sides return the same data for some citizens, then measures both in turns on
   * the same random citizens.
   *
   * @return ours and the baseline's latencies, and how many citizens disagreed
   */
  Measured measure(List<CitizenId> citizens, int warmup, int samples, PrintStream out)
      throws SQLException {
    int disagreements = 0;
    for (CitizenId citizen : citizens.subList(0, Math.min(50, citizens.size()))) {
      Essence ours = essence(ours(citizen));
      Essence base = baseline(citizen);
      if (!Objects.equals(ours, base)) {
        disagreements++;
        if (disagreements == 1) {
          out.println("  overview data differ for " + citizen + ": ours " + ours + " vs " + base);
        }
      }
    }
    Random random = new Random(42);
    for (int i = 0; i < warmup; i++) {
      CitizenId citizen = citizens.get(random.nextInt(citizens.size()));
      ours(citizen);
      baseline(citizen);
    }
    long[] oursNanos = new long[samples];
    long[] baseNanos = new long[samples];
    long blackhole = 0;
    for (int i = 0; i < samples; i++) {
      CitizenId citizen = citizens.get(random.nextInt(citizens.size()));
      // alternate which side goes first, so that neither always finds the warmer cache
      if (i % 2 == 0) {
        long t0 = System.nanoTime();
        blackhole += ours(citizen).upcoming().size();
        long t1 = System.nanoTime();
        blackhole += baseline(citizen).upcoming().size();
        long t2 = System.nanoTime();
        oursNanos[i] = t1 - t0;
        baseNanos[i] = t2 - t1;
      } else {
        long t0 = System.nanoTime();
        blackhole += baseline(citizen).upcoming().size();
        long t1 = System.nanoTime();
        blackhole += ours(citizen).upcoming().size();
        long t2 = System.nanoTime();
        baseNanos[i] = t1 - t0;
        oursNanos[i] = t2 - t1;
      }
    }
    if (blackhole < 0) {
      out.println(blackhole);
    }
    return new Measured(Latencies.ofNanos(oursNanos), Latencies.ofNanos(baseNanos), disagreements);
  }

  record Measured(Latencies ours, Latencies baseline, int disagreements) {}
}
