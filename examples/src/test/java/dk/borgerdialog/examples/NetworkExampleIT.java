package dk.borgerdialog.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.persistence.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The network example's story holds on H2 and on PostgreSQL, and its output reads as promised. */
class NetworkExampleIT {
  private static final Instant MONDAY =
      NetworkExample.nextMondayMorning(Instant.parse("2026-10-07T12:00:00Z"));

  @Test
  void the_story_on_h2() {
    check(TestDatabases.freshH2());
  }

  @Test
  void the_story_on_postgres() {
    check(TestDatabases.freshPostgres());
  }

  private static void check(DataSource dataSource) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String feed;
    SettableClock clock = SettableClock.at(MONDAY);
    try (Borgerdialog dialog = Borgerdialog.builder().dataSource(dataSource).clock(clock).start()) {
      feed =
          NetworkExample.run(dialog, clock, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out)
        .contains("Now: Mon 12 Oct 08:00 in Copenhagen")
        .contains("Suggested by your contact person Lise Dahl: Torsdagsfrokost i seniorcentret")
        .contains("Tue 13 Oct 09:30  Morgengåtur i Frederiksberg Have (12 seats left)")
        .contains("Thu 15 Oct 12:00  Torsdagsfrokost i seniorcentret (30 seats left)")
        .contains("Search \"gåtur\" in Frederiksberg C: 8 walks")
        .contains("Signed up for every Morgengåtur i Frederiksberg Have: SEATED")
        .contains("Signed up for Torsdagsfrokost i seniorcentret Thu 15 Oct 12:00: SEATED")
        .contains("The feed holds 9 events")
        .doesNotContain("Fællessang", "Foredrag");
    assertThat(feed)
        .contains("BEGIN:VTIMEZONE", "TZID:Europe/Copenhagen")
        .contains("DTSTART;TZID=Europe/Copenhagen:20261013T093000")
        .contains("DTSTART;TZID=Europe/Copenhagen:20261027T093000");
  }
}
