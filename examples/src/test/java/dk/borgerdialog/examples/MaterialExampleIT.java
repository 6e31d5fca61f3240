package dk.borgerdialog.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.material.model.ItemStatus;
import dk.borgerdialog.persistence.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The material example's story holds on H2 and on PostgreSQL, and its output reads as promised. */
class MaterialExampleIT {

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
    SettableClock clock = SettableClock.at("2026-11-18T10:00", "Europe/Copenhagen");
    List<ItemStatus> report;
    try (Borgerdialog dialog = Borgerdialog.builder().dataSource(dataSource).clock(clock).start()) {
      report =
          MaterialExample.run(dialog, clock, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out)
        .contains("Wed 18 Nov 10:00 Jonas sees: Velkommen til Borgercenter Nord\n")
        .contains(
            "Sat 21 Nov 09:30 Jonas sees: Velkommen til Borgercenter Nord,"
                + " Vis Vej: vejen til centret")
        .contains("Jonas watches \"Vis Vej: vejen til centret\" (154 s, captions on): view 1")
        .contains("Mon 23 Nov 08:40 Jonas re-watches it before he leaves: view 2")
        .contains("  Vis Vej: vejen til centret: released, 2 view(s), understood")
        .contains("  Velkommen til Borgercenter Nord: released, 0 view(s)");
    assertThat(report).filteredOn(ItemStatus::understood).hasSize(1);
  }
}
