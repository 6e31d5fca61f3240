package dk.borgerdialog;

import dk.borgerdialog.persistence.testing.TestDatabases;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;

/**
 * Relatives, the access matrix, the access log and the audit chain end to end, on both databases.
 */
class RelativeScenariosIT {

  @Nested
  class OnH2 extends RelativeScenariosContract {
    @Override
    DataSource freshDatabase() {
      return TestDatabases.freshH2();
    }
  }

  @Nested
  class OnPostgres extends RelativeScenariosContract {
    @Override
    DataSource freshDatabase() {
      return TestDatabases.freshPostgres();
    }
  }
}
