package dk.borgerdialog.scheduling;

import dk.borgerdialog.persistence.testing.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A fresh test database with the scheduler's table {@code borgerdialog.scheduled_tasks}, created
 * here with db-scheduler's DDL (in production the persistence module's migrations create it).
 */
final class ScheduledTasksDatabase {

  private static final String POSTGRES_DDL =
      """
      CREATE SCHEMA IF NOT EXISTS borgerdialog;
      CREATE TABLE borgerdialog.scheduled_tasks (
        task_name TEXT NOT NULL,
        task_instance TEXT NOT NULL,
        task_data BYTEA,
        execution_time TIMESTAMP WITH TIME ZONE NOT NULL,
        picked BOOLEAN NOT NULL,
        picked_by TEXT,
        last_success TIMESTAMP WITH TIME ZONE,
        last_failure TIMESTAMP WITH TIME ZONE,
        consecutive_failures INT,
        last_heartbeat TIMESTAMP WITH TIME ZONE,
        version BIGINT NOT NULL,
        priority SMALLINT,
        PRIMARY KEY (task_name, task_instance)
      );
      CREATE INDEX execution_time_idx ON borgerdialog.scheduled_tasks (execution_time);
      CREATE INDEX last_heartbeat_idx ON borgerdialog.scheduled_tasks (last_heartbeat);
      CREATE INDEX priority_execution_time_idx
        ON borgerdialog.scheduled_tasks (priority DESC, execution_time ASC);
      """;

  // H2 has no BYTEA, and its TEXT is a CLOB, which cannot be part of a key
  private static final String H2_DDL =
      """
      CREATE SCHEMA IF NOT EXISTS borgerdialog;
      CREATE TABLE borgerdialog.scheduled_tasks (
        task_name VARCHAR(100) NOT NULL,
        task_instance VARCHAR(100) NOT NULL,
        task_data VARBINARY,
        execution_time TIMESTAMP WITH TIME ZONE NOT NULL,
        picked BOOLEAN NOT NULL,
        picked_by VARCHAR(50),
        last_success TIMESTAMP WITH TIME ZONE,
        last_failure TIMESTAMP WITH TIME ZONE,
        consecutive_failures INT,
        last_heartbeat TIMESTAMP WITH TIME ZONE,
        version BIGINT NOT NULL,
        priority SMALLINT,
        PRIMARY KEY (task_name, task_instance)
      );
      CREATE INDEX execution_time_idx ON borgerdialog.scheduled_tasks (execution_time);
      CREATE INDEX last_heartbeat_idx ON borgerdialog.scheduled_tasks (last_heartbeat);
      """;

  final DataSource dataSource;

  private ScheduledTasksDatabase(DataSource dataSource, String ddl) {
    this.dataSource = dataSource;
    execute(ddl);
  }

  /** A new in-memory H2 database, pooled. */
  static ScheduledTasksDatabase h2() {
    return new ScheduledTasksDatabase(TestDatabases.freshH2(), H2_DDL);
  }

  /** A new database on the JVM's embedded PostgreSQL, pooled. */
  static ScheduledTasksDatabase postgres() {
    return new ScheduledTasksDatabase(TestDatabases.freshPostgres(), POSTGRES_DDL);
  }

  /** Runs SQL statements separated by semicolons, in autocommit. */
  void execute(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String part : sql.split(";")) {
        if (!part.isBlank()) {
          statement.execute(part);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + sql, e);
    }
  }

  /** The number of rows in the table. */
  int rows() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT COUNT(*) FROM borgerdialog.scheduled_tasks")) {
      rows.next();
      return rows.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The most reminders one node has claimed (picked) at this moment. */
  int mostPickedByOneNode() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT COUNT(*) FROM borgerdialog.scheduled_tasks WHERE picked"
                    + " GROUP BY picked_by")) {
      int most = 0;
      while (rows.next()) {
        most = Math.max(most, rows.getInt(1));
      }
      return most;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The execution time of a reminder's instance, read with a connection of its own. */
  Optional<Instant> executionTime(String instance) {
    return executionTime(DbSchedulerReminders.TASK_NAME, instance);
  }

  /** The execution time of an instance of a task, read with a connection of its own. */
  Optional<Instant> executionTime(String task, String instance) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT execution_time FROM borgerdialog.scheduled_tasks"
                    + " WHERE task_name = ? AND task_instance = ?")) {
      statement.setString(1, task);
      statement.setString(2, instance);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next()
            ? Optional.of(rows.getObject(1, OffsetDateTime.class).toInstant())
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
