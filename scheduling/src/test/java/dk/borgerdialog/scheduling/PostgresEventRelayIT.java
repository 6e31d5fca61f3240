package dk.borgerdialog.scheduling;

/** The event relay hook on an embedded PostgreSQL, with lock-and-fetch polling. */
class PostgresEventRelayIT extends EventRelayContract {
  @Override
  ScheduledTasksDatabase newDatabase() {
    return ScheduledTasksDatabase.postgres();
  }
}
