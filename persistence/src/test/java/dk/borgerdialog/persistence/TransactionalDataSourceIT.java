package dk.borgerdialog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.citizen.model.Citizen;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TransactionalDataSourceIT {

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

  abstract static class Contract extends DatabaseContract {
    Contract(Database database) {
      super(database);
    }

    DataSource joining() {
      return persistence.transactionalDataSource();
    }

    @Test
    void a_write_inside_a_transaction_commits_with_it_though_the_caller_committed_and_closed() {
      UUID id = UUID.randomUUID();

      persistence
          .transactions()
          .inTransaction(
              () -> {
                insertThroughJoining(id, true);
                assertThat(existsElsewhere(id)).isFalse();
                return null;
              });

      assertThat(exists(id)).isTrue();
    }

    @Test
    void a_write_inside_a_transaction_rolls_back_with_it_though_the_caller_committed() {
      UUID id = UUID.randomUUID();

      assertThatThrownBy(
              () ->
                  persistence
                      .transactions()
                      .inTransaction(
                          () -> {
                            insertThroughJoining(id, true);
                            throw new IllegalStateException("the work failed");
                          }))
          .hasMessage("the work failed");

      assertThat(exists(id)).isFalse();
    }

    @Test
    void inside_a_transaction_it_sees_what_the_transaction_wrote_through_jooq() {
      Citizen citizen = fixture.newCitizen(null);

      boolean seen =
          persistence
              .transactions()
              .inTransaction(
                  () -> {
                    persistence.citizens().add(citizen);
                    return query(
                        "SELECT COUNT(*) FROM borgerdialog.citizen WHERE id = ?",
                        citizen.id().value());
                  });

      assertThat(seen).isTrue();
    }

    @Test
    void a_nested_transaction_joins_the_outer_one() {
      UUID id = UUID.randomUUID();

      assertThatThrownBy(
              () ->
                  persistence
                      .transactions()
                      .inTransaction(
                          () -> {
                            persistence
                                .transactions()
                                .inTransaction(
                                    () -> {
                                      insertThroughJoining(id, true);
                                      return null;
                                    });
                            assertThat(exists(id)).isTrue();
                            throw new IllegalStateException("outer failed");
                          }))
          .hasMessage("outer failed");

      assertThat(exists(id)).isFalse();
    }

    @Test
    void outside_a_transaction_a_write_commits_at_once() {
      UUID id = UUID.randomUUID();

      insertThroughJoining(id, false);

      assertThat(existsElsewhere(id)).isTrue();
    }

    @Test
    void a_closed_joined_connection_is_refused_and_the_transaction_goes_on() {
      UUID id = UUID.randomUUID();

      persistence
          .transactions()
          .inTransaction(
              () -> {
                try {
                  Connection connection = joining().getConnection();
                  connection.close();
                  assertThat(connection.isClosed()).isTrue();
                  assertThatThrownBy(() -> connection.prepareStatement("SELECT 1"))
                      .isInstanceOf(SQLException.class);
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
                insertThroughJoining(id, true);
                return null;
              });

      assertThat(exists(id)).isTrue();
    }

    @Test
    void a_connection_for_another_user_is_not_supported() {
      assertThatThrownBy(() -> joining().getConnection("someone", "secret"))
          .isInstanceOf(SQLFeatureNotSupportedException.class);
    }

    /** Inserts a municipality as a library would: commit, then close. */
    private void insertThroughJoining(UUID id, boolean commitLikeALibrary) {
      try (Connection connection = joining().getConnection();
          PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO borgerdialog.municipality (id, name) VALUES (?, ?)")) {
        if (commitLikeALibrary) {
          connection.setAutoCommit(false);
        }
        insert.setObject(1, id);
        insert.setString(2, "Testkommune");
        insert.executeUpdate();
        if (commitLikeALibrary) {
          connection.commit();
          connection.rollback();
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    /** Whether the municipality exists, read through the joining data source. */
    private boolean exists(UUID id) {
      return query("SELECT COUNT(*) FROM borgerdialog.municipality WHERE id = ?", id);
    }

    private boolean existsElsewhere(UUID id) {
      return CompletableFuture.supplyAsync(() -> exists(id)).join();
    }

    /** Whether the query counts a row, read through the joining data source. */
    private boolean query(String sql, UUID id) {
      try (Connection connection = joining().getConnection();
          PreparedStatement select = connection.prepareStatement(sql)) {
        select.setObject(1, id);
        try (ResultSet rows = select.executeQuery()) {
          rows.next();
          return rows.getInt(1) > 0;
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
