package dk.borgerdialog.persistence;

import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The base of the contract tests: one freshly migrated database per test class. Tests stay
 * independent by creating their own municipality, citizens and so on with random ids.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatabaseContract {
  private final Database database;
  DataSource dataSource;
  JooqPersistence persistence;
  Fixture fixture;

  DatabaseContract(Database database) {
    this.database = database;
  }

  @BeforeAll
  final void migrateFreshDatabase() {
    dataSource = database.fresh();
    persistence = JooqPersistence.create(dataSource);
    persistence.migrate();
  }

  /** A new organisation for each test, in the class's database. */
  @org.junit.jupiter.api.BeforeEach
  final void newOrganisation() {
    fixture = Fixture.create(persistence);
  }

  /** A second, freshly migrated database, for tests that need one to themselves. */
  JooqPersistence freshPersistence() {
    JooqPersistence fresh = JooqPersistence.create(database.fresh());
    fresh.migrate();
    return fresh;
  }

  Database database() {
    return database;
  }
}
