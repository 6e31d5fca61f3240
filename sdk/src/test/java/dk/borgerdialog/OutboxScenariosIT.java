package dk.borgerdialog;

import dk.borgerdialog.persistence.testing.TestDatabases;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;

/** Events to the host end to end, on embedded H2 and on PostgreSQL. */
class OutboxScenariosIT {

  @Nested
  class OnH2 extends OutboxScenariosContract {
    @Override
    DataSource freshDatabase() {
      return TestDatabases.freshH2();
    }
  }

  @Nested
  class OnPostgres extends OutboxScenariosContract {
    @Override
    DataSource freshDatabase() {
      return TestDatabases.freshPostgres();
    }
  }
}
