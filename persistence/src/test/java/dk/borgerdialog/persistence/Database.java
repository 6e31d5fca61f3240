package dk.borgerdialog.persistence;

import dk.borgerdialog.persistence.testing.TestDatabases;
import java.util.function.Supplier;
import javax.sql.DataSource;

/** The databases every contract test runs on. */
enum Database {
  H2(TestDatabases::freshH2),
  POSTGRES(TestDatabases::freshPostgres);

  private final Supplier<DataSource> fresh;

  Database(Supplier<DataSource> fresh) {
    this.fresh = fresh;
  }

  DataSource fresh() {
    return fresh.get();
  }
}
