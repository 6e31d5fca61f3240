package dk.borgerdialog.testing;

import dk.borgerdialog.Borgerdialog;
import java.time.Clock;

/**
 * Starts Borgerdialog for a host's tests: a fresh in-memory H2 database, migrated, with the clock
 * the test controls, usually a {@link dk.borgerdialog.common.SettableClock}. Close it after each
 * test.
 *
 * <pre>{@code
 * SettableClock clock = SettableClock.at("2026-11-23T09:00", "Europe/Copenhagen");
 * try (Borgerdialog dialog = BorgerdialogTesting.inMemory(clock)) {
 *   ...
 * }
 * }</pre>
 */
public final class BorgerdialogTesting {
  private BorgerdialogTesting() {}

  /**
   * A started Borgerdialog on a fresh in-memory H2 database.
   *
   * @param clock the clock, usually a {@link dk.borgerdialog.common.SettableClock}
   * @return the started instance
   */
  public static Borgerdialog inMemory(Clock clock) {
    return Borgerdialog.builder().inMemoryH2().clock(clock).start();
  }
}
