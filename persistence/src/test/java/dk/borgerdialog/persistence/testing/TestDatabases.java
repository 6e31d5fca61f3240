package dk.borgerdialog.persistence.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Fresh, empty databases for tests, one per call: an in-memory H2, or a new database on an embedded
 * PostgreSQL that is shared by the whole JVM. Every module's tests take their databases from here.
 *
 * <p>Neither runs migrations: pass the data source to {@code JooqPersistence.create(...)} and call
 * {@code migrate()}. Both data sources are pooled, with room for {@value #MAX_CONNECTIONS}
 * connections, so that concurrency tests can hold many transactions open at once. A PostgreSQL
 * database can also be had with its URL ({@link #freshPostgresDatabase()}), so that a child JVM can
 * join it and a test can reach it outside the pool.
 */
public final class TestDatabases {
  /** The most connections one test database's pool opens. */
  public static final int MAX_CONNECTIONS = 80;

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final Object LOCK = new Object();
  private static @Nullable EmbeddedPostgres postgres;

  private TestDatabases() {}

  /**
   * A new, empty in-memory H2 database that lives until the JVM ends.
   *
   * @return a pooled data source
   */
  public static DataSource freshH2() {
    String url = "jdbc:h2:mem:borgerdialog_" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
    pool.setMaxConnections(MAX_CONNECTIONS);
    return pool;
  }

  /** A PostgreSQL database: its name, JDBC URL (user {@code postgres}, no password) and a pool. */
  public record Postgres(String name, String url, int port, DataSource dataSource) {

    /**
     * Opens a connection outside the pool, e.g. to terminate other backends.
     *
     * @return a new connection
     * @throws SQLException if PostgreSQL cannot be reached
     */
    public Connection admin() throws SQLException {
      return DriverManager.getConnection(url, "postgres", "");
    }

    /**
     * Opens a connection to the server's {@code postgres} database, e.g. to alter this one.
     *
     * @return a new connection
     * @throws SQLException if PostgreSQL cannot be reached
     */
    public Connection server() throws SQLException {
      return DriverManager.getConnection(
          "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
    }
  }

  /**
   * A new, empty database on the JVM's embedded PostgreSQL, which is started by the first call and
   * stopped when the JVM ends.
   *
   * @return a pooled data source
   * @throws IllegalStateException if PostgreSQL cannot be started or the database created
   */
  public static DataSource freshPostgres() {
    return freshPostgresDatabase().dataSource();
  }

  /**
   * A new, empty database on the JVM's embedded PostgreSQL, with its URL.
   *
   * @return the database
   * @throws IllegalStateException if PostgreSQL cannot be started or the database created
   */
  public static Postgres freshPostgresDatabase() {
    EmbeddedPostgres server = postgres();
    String name = "borgerdialog_" + COUNTER.incrementAndGet();
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the test database " + name, e);
    }
    String url = "jdbc:postgresql://localhost:" + server.getPort() + "/" + name;
    return new Postgres(name, url, server.getPort(), pool(url));
  }

  /**
   * A pooled data source for a PostgreSQL URL, as a child JVM opens one.
   *
   * @param url a PostgreSQL JDBC URL
   * @return a pool
   */
  public static DataSource pool(String url) {
    PGConnectionPoolDataSource connections = new PGConnectionPoolDataSource();
    connections.setURL(url);
    connections.setUser("postgres");
    JdbcConnectionPool pool = JdbcConnectionPool.create(connections);
    pool.setMaxConnections(MAX_CONNECTIONS);
    return pool;
  }

  private static EmbeddedPostgres postgres() {
    synchronized (LOCK) {
      EmbeddedPostgres server = postgres;
      if (server == null) {
        try {
          // every test database keeps a pool of idle connections until the JVM ends
          server = EmbeddedPostgres.builder().setServerConfig("max_connections", "600").start();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
        EmbeddedPostgres started = server;
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        started.close();
                      } catch (IOException e) {
                        // the JVM is ending; the data directory is temporary anyway
                      }
                    },
                    "embedded-postgres-shutdown"));
        postgres = server;
      }
      return server;
    }
  }
}
