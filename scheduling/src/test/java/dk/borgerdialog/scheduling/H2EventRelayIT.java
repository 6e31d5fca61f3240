package dk.borgerdialog.scheduling;

/** The event relay hook on an in-memory H2 database, single node. */
class H2EventRelayIT extends EventRelayContract {
  @Override
  ScheduledTasksDatabase newDatabase() {
    return ScheduledTasksDatabase.h2();
  }
}
