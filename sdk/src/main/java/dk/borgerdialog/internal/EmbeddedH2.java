package dk.borgerdialog.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/** The embedded H2 database that Borgerdialog creates when the host gives no data source. */
public final class EmbeddedH2 implements AutoCloseable {
  private static final int MAX_CONNECTIONS = 16;

  private final JdbcConnectionPool pool;

  private EmbeddedH2(String url) {
    this.pool = JdbcConnectionPool.create(url, "sa", "");
    this.pool.setMaxConnections(MAX_CONNECTIONS);
  }

  /**
   * A fresh in-memory database, gone after {@link #close()}.
   *
   * @return the database
   */
  public static EmbeddedH2 inMemory() {
    return new EmbeddedH2("jdbc:h2:mem:borgerdialog-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  /**
   * A database in files under a directory, kept between runs.
   *
   * @param directory the directory, created if missing
   * @return the database
   */
  public static EmbeddedH2 inDirectory(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the H2 directory", e);
    }
    return new EmbeddedH2(
        "jdbc:h2:file:"
            + directory.toAbsolutePath().resolve("borgerdialog")
            + ";DB_CLOSE_DELAY=-1");
  }

  /**
   * The pooled data source.
   *
   * @return the data source
   */
  public DataSource dataSource() {
    return pool;
  }

  /** Shuts the database down and closes the pool. */
  @Override
  public void close() {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    } catch (SQLException e) {
      // already shut down: nothing left to release
    } finally {
      pool.dispose();
    }
  }
}
