package dk.borgerdialog.scheduling.internal;

import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.JdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.PostgreSqlJdbcCustomization;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The databases the scheduler runs on, and how db-scheduler talks to each.
 *
 * <p>The time columns of {@code scheduled_tasks} are {@code TIMESTAMP WITH TIME ZONE} on both. They
 * are bound and read as {@link OffsetDateTime} in UTC rather than as {@link java.sql.Timestamp},
 * which passes through the JVM's default zone and can shift an instant by an hour on H2 around a
 * daylight-saving change.
 */
public enum DatabaseKind {
  /** Embedded, single node: fetch due executions, then lock each one as it is executed. */
  H2 {
    @Override
    public JdbcCustomization jdbcCustomization() {
      return new DefaultJdbcCustomization(false) {
        @Override
        public void setInstant(PreparedStatement p, int index, @Nullable Instant value)
            throws SQLException {
          setUtc(p, index, value);
        }

        @Override
        public @Nullable Instant getInstant(ResultSet rs, String columnName) throws SQLException {
          return getUtc(rs, columnName);
        }
      };
    }
  },
  /**
   * Production, several nodes: lock and fetch a batch in one statement ({@code SELECT … FOR UPDATE
   * SKIP LOCKED}), so nodes never contend for the same execution.
   */
  POSTGRESQL {
    @Override
    public JdbcCustomization jdbcCustomization() {
      return new PostgreSqlJdbcCustomization(false, false) {
        @Override
        public void setInstant(PreparedStatement p, int index, @Nullable Instant value)
            throws SQLException {
          setUtc(p, index, value);
        }

        @Override
        public @Nullable Instant getInstant(ResultSet rs, String columnName) throws SQLException {
          return getUtc(rs, columnName);
        }
      };
    }

    @Override
    public boolean locksAndFetches() {
      return true;
    }
  };

  /**
   * db-scheduler's SQL dialect for this database.
   *
   * @return the customization
   */
  public abstract JdbcCustomization jdbcCustomization();

  /**
   * Whether the scheduler claims due executions in batches with lock-and-fetch.
   *
   * @return true on PostgreSQL
   */
  public boolean locksAndFetches() {
    return false;
  }

  /**
   * Detects the database behind a data source from its metadata.
   *
   * @param dataSource the data source
   * @return its kind
   * @throws IllegalArgumentException if it is neither H2 nor PostgreSQL
   * @throws SQLException if no connection can be had
   */
  public static DatabaseKind of(DataSource dataSource) throws SQLException {
    String product;
    try (Connection connection = dataSource.getConnection()) {
      product = connection.getMetaData().getDatabaseProductName();
    }
    if ("H2".equalsIgnoreCase(product)) {
      return H2;
    }
    if ("PostgreSQL".equalsIgnoreCase(product)) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException(
        "Borgerdialog schedules on H2 or PostgreSQL, but the data source is " + product);
  }

  private static void setUtc(PreparedStatement p, int index, @Nullable Instant value)
      throws SQLException {
    if (value == null) {
      p.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      p.setObject(index, value.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
    }
  }

  private static @Nullable Instant getUtc(ResultSet rs, String columnName) throws SQLException {
    OffsetDateTime value = rs.getObject(columnName, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
