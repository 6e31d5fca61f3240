package dk.borgerdialog.scheduling;

/** Reminder dispatch on an in-memory H2 database, single node. */
class H2ReminderDispatchIT extends ReminderDispatchContract {
  @Override
  ScheduledTasksDatabase newDatabase() {
    return ScheduledTasksDatabase.h2();
  }
}
