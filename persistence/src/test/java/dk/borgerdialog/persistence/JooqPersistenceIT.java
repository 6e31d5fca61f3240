package dk.borgerdialog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqPersistenceIT {

  private static final List<String> TABLES =
      List.of(
          "appointment",
          "appointment_participant",
          "audit_chain_head",
          "audit_record",
          "centre",
          "citizen",
          "contact_preferences",
          "course",
          "course_template",
          "delivery_attempt",
          "flyway_schema_history",
          "free_slot",
          "in_app_notification",
          "municipality",
          "outbox_event",
          "plan_item",
          "preference",
          "relative",
          "relative_grant",
          "reminder",
          "reminder_policy",
          "scheduled_tasks",
          "staff_member",
          "staff_unit_role",
          "unit",
          "material_item",
          "material_variant",
          "material_release",
          "material_progress",
          // Mit netværk and calendar feeds
          "interest",
          "organiser",
          "activity",
          "activity_interest",
          "signup",
          "suggestion",
          "citizen_interest",
          "calendar_feed",
          "care_team_member",
          "unit_reply_time",
          "message_thread",
          "message",
          "message_attachment",
          "auto_reply",
          "notice_delivery",
          "notice_attempt",
          // relatives' copies of reminders
          "relative_reminder",
          "relative_reminder_attempt");

  @Nested
  class OnH2 extends Contract {
    OnH2() {
      super(Database.H2);
    }
  }

  @Nested
  class OnPostgres extends Contract {
    OnPostgres() {
      super(Database.POSTGRES);
    }
  }

  @Test
  void a_database_other_than_h2_or_postgresql_is_refused() {
    DataSource derby = fakeDataSource("Apache Derby");

    assertThatThrownBy(() -> JooqPersistence.create(derby))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("H2 or PostgreSQL")
        .hasMessageContaining("Apache Derby");
  }

  abstract static class Contract {
    private final Database database;

    Contract(Database database) {
      this.database = database;
    }

    @Test
    void all_tables_and_flyways_history_live_in_the_borgerdialog_schema() throws SQLException {
      DataSource dataSource = database.fresh();
      JooqPersistence.create(dataSource).migrate();

      assertThat(tablesBySchema(dataSource, "borgerdialog"))
          .containsExactlyInAnyOrderElementsOf(TABLES);
      assertThat(count(dataSource, "SELECT COUNT(*) FROM borgerdialog.flyway_schema_history"))
          .isPositive();
    }

    @Test
    void migrating_twice_changes_nothing() throws SQLException {
      DataSource dataSource = database.fresh();
      JooqPersistence persistence = JooqPersistence.create(dataSource);
      persistence.migrate();
      int applied = count(dataSource, "SELECT COUNT(*) FROM borgerdialog.flyway_schema_history");

      persistence.migrate();
      JooqPersistence.create(dataSource).migrate();

      assertThat(count(dataSource, "SELECT COUNT(*) FROM borgerdialog.flyway_schema_history"))
          .isEqualTo(applied);
    }

    @Test
    void the_hosts_own_tables_and_flyway_history_are_left_alone() throws SQLException {
      DataSource dataSource = database.fresh();
      execute(dataSource, "CREATE TABLE flyway_schema_history (id INTEGER)");
      execute(dataSource, "INSERT INTO flyway_schema_history VALUES (42)");

      JooqPersistence.create(dataSource).migrate();

      assertThat(count(dataSource, "SELECT COUNT(*) FROM flyway_schema_history")).isEqualTo(1);
      assertThat(tablesBySchema(dataSource, "borgerdialog")).hasSameSizeAs(TABLES);
    }
  }

  private static List<String> tablesBySchema(DataSource dataSource, String schema)
      throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      try (ResultSet rows = metaData.getTables(null, null, "%", new String[] {"TABLE"})) {
        while (rows.next()) {
          if (schema.equalsIgnoreCase(rows.getString("TABLE_SCHEM"))) {
            tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return tables;
  }

  private static int count(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** A data source whose database calls itself {@code product}, and does nothing else. */
  private static DataSource fakeDataSource(String product) {
    DatabaseMetaData metaData =
        proxy(
            DatabaseMetaData.class,
            (proxy, method, args) ->
                method.getName().equals("getDatabaseProductName") ? product : null);
    Connection connection =
        proxy(
            Connection.class,
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getMetaData" -> metaData;
                  case "isClosed" -> false;
                  default -> null;
                });
    return proxy(
        DataSource.class,
        (proxy, method, args) -> method.getName().equals("getConnection") ? connection : null);
  }

  private static <T> T proxy(Class<T> type, java.lang.reflect.InvocationHandler handler) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
