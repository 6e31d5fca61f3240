package dk.borgerdialog;

import dk.borgerdialog.access.Actor;

/**
 * The operations of one authenticated actor, by capability. Obtain one with {@link
 * Borgerdialog#as(Actor)}; it is cheap, thread-safe and may be kept for the actor's request or
 * session.
 */
public interface Session {

  /**
   * The actor every call is made as.
   *
   * @return the actor
   */
  Actor actor();

  /**
   * Min planlægning: the overview, appointments, plan items, preferences, free slots and courses.
   *
   * @return the plan operations
   */
  PlanOperations plan();

  /**
   * Reminders and notifications: contact preferences, in-app notifications, reminder policies and
   * undelivered reminders.
   *
   * @return the reminder operations
   */
  ReminderOperations reminders();

  /**
   * Attendance and the effect of reminders: a unit's unmarked appointments and its figures per
   * period (staff of the unit and the system only).
   *
   * @return the insight operations
   */
  InsightOperations insights();

  /**
   * Setting up the organisation, staff, citizens and course templates (the system actor only, by
   * the standard policy).
   *
   * @return the set-up operations
   */
  SetupOperations setup();

  /**
   * Information material: the texts, links and videos released along the citizen's courses, views
   * and "understood", and for staff what was released, seen and understood.
   *
   * @return the material operations
   */
  MaterialOperations material();

  /**
   * Mit netværk: activities and communities in the local area, signups with a waiting list, staff
   * suggestions and the citizen's interests.
   *
   * @return the network operations
   */
  NetworkOperations network();

  /**
   * Calendars: .ics of an appointment or an activity occurrence, and the citizen's revocable feed.
   *
   * @return the calendar operations
   */
  CalendarOperations calendar();

  /**
   * Mine kontakter: the care team and message threads.
   *
   * @return the operations
   */
  ContactOperations contacts();

  /**
   * A unit inbox and its response times, for staff.
   *
   * @return the operations
   */
  InboxOperations inbox();

  /**
   * Relatives and proxies: grants given by the citizen or registered by staff, revocations, and the
   * relative's own grants and contact details.
   *
   * @return the relative operations
   */
  RelativeOperations relatives();

  /**
   * The audit trail: the citizen's access log, and the verification of the trail (the system).
   *
   * @return the audit operations
   */
  AuditOperations audit();

  /**
   * The citizen's rights over their data: export (the citizen or the system) and erasure (the
   * system).
   *
   * @return the personal data operations
   */
  PersonalDataOperations personalData();
}
