package dk.borgerdialog;

import dk.borgerdialog.persistence.testing.TestDatabases;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;

/** Mine kontakter end to end, on embedded H2 and on PostgreSQL. */
class ContactScenariosIT {

  @Nested
  class OnH2 extends ContactScenariosContract {
    @Override
    DataSource freshDatabase() {
      return TestDatabases.freshH2();
    }
  }

  @Nested
  class OnPostgres extends ContactScenariosContract {
    @Override
    DataSource freshDatabase() {
      return TestDatabases.freshPostgres();
    }
  }
}
