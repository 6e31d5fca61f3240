package dk.borgerdialog;

import dk.borgerdialog.persistence.testing.TestDatabases;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;

/** GDPR export and erasure end to end, on both databases. */
class PersonalDataScenariosIT {

  @Nested
  class OnH2 extends PersonalDataScenariosContract {
    @Override
    DataSource freshDatabase() {
      return TestDatabases.freshH2();
    }
  }

  @Nested
  class OnPostgres extends PersonalDataScenariosContract {
    @Override
    DataSource freshDatabase() {
      return TestDatabases.freshPostgres();
    }
  }
}
