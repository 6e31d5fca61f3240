package dk.borgerdialog.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.PlanOperations;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.common.UnableToAccessDatabaseException;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.persistence.testing.TestDatabases;
import dk.borgerdialog.plan.application.CancelAppointmentCommand;
import dk.borgerdialog.plan.application.MoveAppointmentCommand;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.reliability.support.Figures;
import dk.borgerdialog.reliability.support.KillSwitch;
import dk.borgerdialog.reliability.support.SchemaFingerprint;
import dk.borgerdialog.reliability.support.Seed;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database connection dies in the middle of a use case ({@code pg_terminate_backend} before
 * each of its statements in turn): the caller gets an {@link UnableToAccessDatabaseException},
 * nothing is half-written, and the next call succeeds. Then the database refuses all connections
 * for a while, and the SDK works again as soon as it is back.
 */
class DatabaseFaultsIT {

  @Test
  void a_backend_killed_before_any_statement_of_a_use_case_leaves_nothing_half_written()
      throws Exception {
    TestDatabases.Postgres database = TestDatabases.freshPostgresDatabase();
    PGSimpleDataSource direct = new PGSimpleDataSource();
    direct.setURL(database.url());
    direct.setUser("postgres");
    KillSwitch killSwitch = new KillSwitch(direct, database);
    SettableClock clock = SettableClock.at("2026-11-22T19:00", "Europe/Copenhagen");
    SchemaFingerprint fingerprint = new SchemaFingerprint(database.dataSource(), Set.of());
    try (Borgerdialog dialog =
        Borgerdialog.builder()
            .dataSource(killSwitch)
            .clock(clock)
            .dispatchReminders(false)
            .start()) {
      Seed seed =
          Seed.organisation(dialog, "Københavns Kommune", ReminderPolicy.hoursBefore(24, 2));
      Seed.Booked citizen =
          seed.citizen("D-1", null, List.of(ChannelKind.SMS), null, Seed.phone(1));
      PlanOperations staff = seed.staffPlan();
      Instant monday = Instant.parse("2026-11-30T09:00:00Z");

      List<String> figures = new ArrayList<>();
      figures.add(
          killEveryStatement(
              "move",
              killSwitch,
              fingerprint,
              i -> seed.book(citizen, monday.plus(Duration.ofHours(i))).appointment(),
              a ->
                  staff.move(
                      MoveAppointmentCommand.toTime(
                          a.id(),
                          a.version(),
                          a.start().plus(Duration.ofDays(2)),
                          a.end().plus(Duration.ofDays(2))))));
      figures.add(
          killEveryStatement(
              "cancel",
              killSwitch,
              fingerprint,
              i ->
                  seed.book(citizen, monday.plus(Duration.ofDays(5)).plus(Duration.ofHours(i)))
                      .appointment(),
              a ->
                  staff.cancel(
                      new CancelAppointmentCommand(
                          a.id(),
                          a.version(),
                          CancellationReason.of(CancellationReasonCode.ILLNESS)))));
      figures.add(
          killEveryStatement(
              "book",
              killSwitch,
              fingerprint,
              i ->
                  seed.book(citizen, monday.plus(Duration.ofDays(10)).plus(Duration.ofHours(i)))
                      .appointment(),
              a -> seed.book(citizen, a.start().plus(Duration.ofDays(20))).appointment()));
      Figures.record(
          "database/killed backend",
          "%s; %d backends terminated",
          String.join("; ", figures),
          killSwitch.kills());
    }
  }

  /** Runs a use case once per statement it makes, killing the connection before that statement. */
  private static String killEveryStatement(
      String name,
      KillSwitch killSwitch,
      SchemaFingerprint fingerprint,
      Function<Integer, Appointment> fresh,
      Function<Appointment, Object> useCase) {
    // a dry run counts the statements
    Appointment probe = fresh.apply(0);
    killSwitch.disarm();
    useCase.apply(probe);
    int statements = killSwitch.statements();
    assertThat(statements).isPositive();
    long recoveryNanos = 0;
    int failed = 0;
    int completed = 0;
    for (int n = 1; n <= statements; n++) {
      Appointment target = fresh.apply(n);
      Map<String, String> before = fingerprint.take();
      killSwitch.armAt(n);
      RuntimeException error = null;
      try {
        useCase.apply(target);
      } catch (RuntimeException e) {
        error = e;
      }
      killSwitch.disarm();
      if (error != null) {
        failed++;
        assertThat(error)
            .as("%s killed before statement %d", name, n)
            .isInstanceOf(UnableToAccessDatabaseException.class);
        assertThat(fingerprint.take())
            .as("%s killed before statement %d wrote something", name, n)
            .isEqualTo(before);
        long recovering = System.nanoTime();
        try {
          useCase.apply(target); // the SDK works again at once
        } catch (RuntimeException e) {
          throw new AssertionError(
              name + " failed again after the connection was killed before statement " + n, e);
        }
        recoveryNanos = Math.max(recoveryNanos, System.nanoTime() - recovering);
      } else {
        // the kill fell after the commit: the whole change is there
        completed++;
        assertThat(fingerprint.take()).isNotEqualTo(before);
      }
    }
    return String.format(
        "%s: %d statements, killed before each: %d typed errors with nothing written, %d after"
            + " commit, next call succeeded every time (slowest %d ms)",
        name, statements, failed, completed, recoveryNanos / 1_000_000);
  }

  @Test
  void the_sdk_works_again_as_soon_as_the_database_is_back() throws Exception {
    TestDatabases.Postgres database = TestDatabases.freshPostgresDatabase();
    PGSimpleDataSource direct = new PGSimpleDataSource();
    direct.setURL(database.url());
    direct.setUser("postgres");
    direct.setConnectTimeout(2);
    SettableClock clock = SettableClock.at("2026-11-22T19:00", "Europe/Copenhagen");
    try (Borgerdialog dialog =
        Borgerdialog.builder().dataSource(direct).clock(clock).dispatchReminders(false).start()) {
      Seed seed = Seed.organisation(dialog, "Københavns Kommune", ReminderPolicy.DEFAULT);
      Seed.Booked citizen =
          seed.book(
              seed.citizen("D-2", null, List.of(ChannelKind.IN_APP), null, null),
              clock.instant().plus(Duration.ofDays(3)));
      PlanOperations plan =
          dialog.as(Actor.citizen(citizen.citizen(), AssuranceLevel.SUBSTANTIAL)).plan();
      assertThat(plan.overview(citizen.citizen()).upcoming()).hasSize(1);

      try (Connection admin = database.server();
          Statement statement = admin.createStatement()) {
        statement.execute("ALTER DATABASE " + database.name() + " ALLOW_CONNECTIONS false");
        statement.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                + database.name()
                + "' AND pid <> pg_backend_pid()");
        int refused = 0;
        long down = System.nanoTime();
        while (System.nanoTime() - down < Duration.ofSeconds(2).toNanos()) {
          try {
            plan.overview(citizen.citizen());
          } catch (UnableToAccessDatabaseException e) {
            refused++;
          }
        }
        assertThat(refused).isPositive();
        statement.execute("ALTER DATABASE " + database.name() + " ALLOW_CONNECTIONS true");
        long back = System.nanoTime();
        int failures = 0;
        while (true) {
          try {
            assertThat(plan.overview(citizen.citizen()).upcoming()).hasSize(1);
            break;
          } catch (UnableToAccessDatabaseException e) {
            failures++;
            assertThat(System.nanoTime() - back).isLessThan(Duration.ofSeconds(10).toNanos());
          }
        }
        long recovery = System.nanoTime() - back;
        Figures.record(
            "database/outage",
            "database refused connections for 2 s: %d calls refused with"
                + " UnableToAccessDatabaseException; back: first call succeeded after %d ms (%d"
                + " failures in between)",
            refused,
            recovery / 1_000_000,
            failures);
      }
    }
  }
}
