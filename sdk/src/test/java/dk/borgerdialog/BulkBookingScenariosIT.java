package dk.borgerdialog;

import dk.borgerdialog.persistence.testing.TestDatabases;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;

/** Bulk booking end to end, on embedded H2 and on PostgreSQL. */
class BulkBookingScenariosIT {

  @Nested
  class OnH2 extends BulkBookingScenariosContract {
    @Override
    DataSource freshDatabase() {
      return TestDatabases.freshH2();
    }
  }

  @Nested
  class OnPostgres extends BulkBookingScenariosContract {
    @Override
    DataSource freshDatabase() {
      return TestDatabases.freshPostgres();
    }
  }
}
