package dk.borgerdialog.examples;

import dk.borgerdialog.Borgerdialog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The quickstart on PostgreSQL. Borgerdialog creates its schema {@code borgerdialog} in the
 * database and migrates it; the database itself must exist.
 *
 * <p>Run it with {@code mvn -q -pl examples -am package -DskipTests exec:java
 * -Dexample=PostgresQuickstart -Djdbc.url=jdbc:postgresql://localhost:5432/borgerdialog
 * -Djdbc.user=... -Djdbc.password=...}. In production, pass a pooled data source (HikariCP or the
 * application server's).
 */
public final class PostgresQuickstart {
  private PostgresQuickstart() {}

  /**
   * Runs the quickstart on the PostgreSQL database named by the system properties {@code jdbc.url},
   * {@code jdbc.user} and {@code jdbc.password}.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(
        System.getProperty("jdbc.url", "jdbc:postgresql://localhost:5432/borgerdialog"));
    dataSource.setUser(System.getProperty("jdbc.user", "postgres"));
    dataSource.setPassword(System.getProperty("jdbc.password", ""));
    Clock sundayEvening =
        Clock.fixed(Quickstart.nextSundayEvening(Instant.now()), ZoneId.of("Europe/Copenhagen"));
    try (Borgerdialog dialog =
        Borgerdialog.builder().dataSource(dataSource).clock(sundayEvening).start()) {
      Quickstart.run(dialog, System.out);
    }
  }
}
