package dk.borgerdialog.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.persistence.testing.TestDatabases;
import dk.borgerdialog.reliability.support.Figures;
import dk.borgerdialog.reliability.support.LogLeaks;
import dk.borgerdialog.reliability.support.Seed;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Reminders fall at the right local time across daylight saving, for any offsets and any
 * appointment time in 2026–2030, booked through the SDK and read back from the database.
 *
 * <p>The expected times are worked out here on the wall clock of Europe/Copenhagen, independently
 * of the planner: due at start − offset as an instant; if that is in the quiet hours 21:00–08:00,
 * 15 minutes before 21:00 that evening, or 08:00 the next morning if that evening has passed; only
 * times after now and before the start; equal times once.
 */
class DaylightSavingIT {
  static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
  static final LocalTime QUIET_FROM = LocalTime.of(21, 0);
  static final LocalTime QUIET_UNTIL = LocalTime.of(8, 0);

  static Borgerdialog dialog;
  static DataSource database;
  static SettableClock clock;
  static Seed seed;
  static Seed.Booked citizen;
  static final AtomicInteger CASES = new AtomicInteger();
  static final AtomicInteger ACROSS_DST = new AtomicInteger();
  static final AtomicInteger REMINDERS = new AtomicInteger();

  @BeforeContainer
  static void start() {
    LogLeaks.start();
    database = TestDatabases.freshH2();
    clock = SettableClock.at("2026-01-01T00:00", "Europe/Copenhagen");
    dialog =
        Borgerdialog.builder().dataSource(database).clock(clock).dispatchReminders(false).start();
    seed = Seed.organisation(dialog, "Frederiksberg Kommune", ReminderPolicy.DEFAULT);
    citizen = seed.citizen("K-1", null, List.of(ChannelKind.IN_APP), null, null);
  }

  @AfterContainer
  static void stop() {
    Figures.record(
        "time/planning",
        "%d appointments in 2026-2030 with random offsets and booking times: %d reminders, %d"
            + " with a clock change between reminder and appointment, all at the expected instant",
        CASES.get(),
        REMINDERS.get(),
        ACROSS_DST.get());
    dialog.close();
    LogLeaks.verify("DaylightSavingIT");
  }

  @Provide
  Arbitrary<LocalDateTime> appointmentTimes() {
    LocalDateTime from = LocalDateTime.of(2026, 1, 2, 0, 0);
    long minutes = Duration.between(from, LocalDateTime.of(2030, 12, 31, 23, 0)).toMinutes();
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, minutes / 5).map(m -> from.plusMinutes(m * 5)),
        // the weekends the clocks change, where it goes wrong if anywhere
        Arbitraries.of(
                LocalDate.of(2026, 3, 29),
                LocalDate.of(2026, 10, 25),
                LocalDate.of(2027, 3, 28),
                LocalDate.of(2027, 10, 31),
                LocalDate.of(2028, 3, 26),
                LocalDate.of(2028, 10, 29),
                LocalDate.of(2029, 3, 25),
                LocalDate.of(2029, 10, 28),
                LocalDate.of(2030, 3, 31),
                LocalDate.of(2030, 10, 27))
            .flatMap(
                day ->
                    Arbitraries.integers()
                        .between(-2 * 24 * 4, 2 * 24 * 4)
                        .map(q -> day.atStartOfDay().plusMinutes(q * 15L))));
  }

  @Provide
  Arbitrary<List<Duration>> offsets() {
    return Arbitraries.oneOf(
            Arbitraries.longs().between(1, 30L * 24 * 60).map(Duration::ofMinutes),
            Arbitraries.of(1L, 2L, 3L, 24L, 25L, 48L, 72L, 23L).map(Duration::ofHours))
        .list()
        .ofMinSize(1)
        .ofMaxSize(5)
        .uniqueElements();
  }

  @Property(tries = 1500, seed = "20261025")
  void reminders_fall_at_the_expected_instant(
      @ForAll("appointmentTimes") LocalDateTime local,
      @ForAll("offsets") List<Duration> offsets,
      @ForAll boolean critical,
      @ForAll("leads") Duration lead)
      throws SQLException {
    Instant start = local.atZone(CPH).toInstant();
    Instant now = start.minus(lead);
    clock.set(now);
    ReminderPolicy policy = new ReminderPolicy(offsets, critical);
    dialog
        .as(dk.borgerdialog.access.Actor.system("dst"))
        .reminders()
        .setReminderPolicy(seed.unit(), policy);
    Seed.Booked booked = seed.book(citizen, start);

    TreeSet<Instant> expected = new TreeSet<>();
    for (Duration offset : offsets) {
      Instant due = start.minus(offset);
      if (!critical && quiet(due)) {
        ZonedDateTime at = due.atZone(CPH);
        LocalDate evening =
            at.toLocalTime().isBefore(QUIET_UNTIL)
                ? at.toLocalDate().minusDays(1)
                : at.toLocalDate();
        Instant before =
            evening.atTime(QUIET_FROM).atZone(CPH).toInstant().minus(Duration.ofMinutes(15));
        due =
            before.isAfter(now)
                ? before
                : evening.plusDays(1).atTime(QUIET_UNTIL).atZone(CPH).toInstant();
      }
      if (due.isAfter(now) && due.isBefore(start)) {
        expected.add(due);
      }
    }
    List<Instant> planned = dueTimes(booked);
    assertThat(planned)
        .as(
            "appointment %s (local %s), offsets %s, critical %s, booked %s before",
            start, local, offsets, critical, lead)
        .containsExactlyElementsOf(expected);
    for (Instant due : planned) {
      if (!critical) {
        assertThat(quiet(due)).as("%s is in the quiet hours", due.atZone(CPH)).isFalse();
      }
      if (!CPH.getRules().getOffset(due).equals(CPH.getRules().getOffset(start))) {
        ACROSS_DST.incrementAndGet();
      }
    }
    CASES.incrementAndGet();
    REMINDERS.addAndGet(planned.size());
  }

  @Provide
  Arbitrary<Duration> leads() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(31L * 24 * 60, 40L * 24 * 60).map(Duration::ofMinutes),
        Arbitraries.longs().between(10, 3L * 24 * 60).map(Duration::ofMinutes));
  }

  static boolean quiet(Instant instant) {
    LocalTime time = instant.atZone(CPH).toLocalTime();
    return !time.isBefore(QUIET_FROM) || time.isBefore(QUIET_UNTIL);
  }

  static List<Instant> dueTimes(Seed.Booked booked) throws SQLException {
    List<Instant> due = new ArrayList<>();
    try (Connection connection = database.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT due_at FROM borgerdialog.reminder WHERE appointment_id = ? AND status ="
                    + " 'PENDING' ORDER BY due_at")) {
      statement.setObject(1, booked.appointment().id().value());
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          due.add(rows.getObject(1, OffsetDateTime.class).toInstant());
        }
      }
    }
    return due;
  }
}
