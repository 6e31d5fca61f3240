package dk.borgerdialog.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.persistence.testing.TestDatabases;
import dk.borgerdialog.plan.model.CitizenOverview;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The quickstart's story holds on H2 and on PostgreSQL, and its output reads as promised. */
class QuickstartIT {
  private static final Instant SUNDAY_EVENING =
      Quickstart.nextSundayEvening(Instant.parse("2026-11-16T12:00:00Z"));

  @Test
  void the_story_on_h2() {
    check(TestDatabases.freshH2());
  }

  @Test
  void the_story_on_postgres() {
    check(TestDatabases.freshPostgres());
  }

  @Test
  void sunday_evening_is_20_00_in_copenhagen_before_and_after_the_clock_change() {
    assertThat(Quickstart.nextSundayEvening(Instant.parse("2026-10-20T12:00:00Z")))
        .isEqualTo(Instant.parse("2026-10-25T19:00:00Z")); // CET, after the change
    assertThat(Quickstart.nextSundayEvening(Instant.parse("2026-10-13T12:00:00Z")))
        .isEqualTo(Instant.parse("2026-10-18T18:00:00Z")); // CEST
  }

  private static void check(DataSource dataSource) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CitizenOverview overview;
    try (Borgerdialog dialog =
        Borgerdialog.builder()
            .dataSource(dataSource)
            .clock(SettableClock.at(SUNDAY_EVENING))
            .start()) {
      overview = Quickstart.run(dialog, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out)
        .contains("Now: Sun 22 Nov 20:00 in Copenhagen")
        .contains("Moved Monday 09:00 to Wed 25 Nov 13:00.")
        .contains("Cancelled Tuesday 10:00 with a reason.")
        .contains(
            "Moving Monday 07:30 was refused: The deadline for changing this appointment was"
                + " 2026-11-22 19:30.")
        .contains("Min planlægning for Jonas Berg")
        .contains("Goal: Keep a steady place to live")
        .contains("My preference: Afternoons, please")
        .contains("Next: Mon 23 Nov 07:30 at Borgercenter Nord")
        .doesNotContain("120392"); // the CPR number never reaches the output
    assertThat(overview.upcoming())
        .extracting(u -> u.appointment().start())
        .containsExactly(
            Instant.parse("2026-11-23T06:30:00Z"), Instant.parse("2026-11-25T12:00:00Z"));
  }
}
