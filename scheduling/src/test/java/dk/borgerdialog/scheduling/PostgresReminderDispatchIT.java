package dk.borgerdialog.scheduling;

/** Reminder dispatch on an embedded PostgreSQL, with lock-and-fetch polling. */
class PostgresReminderDispatchIT extends ReminderDispatchContract {
  @Override
  ScheduledTasksDatabase newDatabase() {
    return ScheduledTasksDatabase.postgres();
  }
}
