package dk.borgerdialog.internal;

import dk.borgerdialog.AuditOperations;
import dk.borgerdialog.InsightOperations;
import dk.borgerdialog.PersonalDataOperations;
import dk.borgerdialog.PlanOperations;
import dk.borgerdialog.RelativeOperations;
import dk.borgerdialog.ReminderOperations;
import dk.borgerdialog.Session;
import dk.borgerdialog.SetupOperations;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.audit.application.ViewingAccessLog;
import dk.borgerdialog.gdpr.application.HandlingPersonalData;
import dk.borgerdialog.insight.application.ViewingInsights;
import dk.borgerdialog.organisation.application.SettingUp;
import dk.borgerdialog.plan.application.BookingAppointments;
import dk.borgerdialog.plan.application.CancelingAppointments;
import dk.borgerdialog.plan.application.ManagingCourses;
import dk.borgerdialog.plan.application.ManagingFreeSlots;
import dk.borgerdialog.plan.application.MovingAppointments;
import dk.borgerdialog.plan.application.RecordingAttendance;
import dk.borgerdialog.plan.application.StatingPreferences;
import dk.borgerdialog.plan.application.ViewingOverview;
import dk.borgerdialog.plan.application.WritingPlanItems;
import dk.borgerdialog.relative.application.ManagingGrants;
import dk.borgerdialog.reminder.application.ManagingReminders;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Holds the use cases once, and binds them to an actor per session. */
@Singleton
public final class SessionFactory {
  private final PlanUseCases plan;
  private final SettingUp setup;

  private final ManagingReminders reminders;
  private final ViewingInsights insights;
  private final ManagingGrants grants;
  private final ViewingAccessLog accessLog;
  private final HandlingPersonalData personalData;

  @Inject
  SessionFactory(
      PlanUseCases plan,
      SettingUp setup,
      ManagingReminders reminders,
      ViewingInsights insights,
      ManagingGrants grants,
      ViewingAccessLog accessLog,
      HandlingPersonalData personalData) {
    this.plan = plan;
    this.setup = setup;
    this.reminders = reminders;
    this.insights = insights;
    this.grants = grants;
    this.accessLog = accessLog;
    this.personalData = personalData;
  }

  /**
   * A session bound to an actor.
   *
   * @param actor the actor
   * @return the session
   */
  public Session sessionFor(Actor actor) {
    PlanOperations planOperations = new ActorPlanOperations(actor, plan);
    SetupOperations setupOperations = new ActorSetupOperations(actor, setup);
    ReminderOperations reminderOperations = new ActorReminderOperations(actor, reminders);
    InsightOperations insightOperations = new ActorInsightOperations(actor, insights);
    RelativeOperations relativeOperations = new ActorRelativeOperations(actor, grants);
    AuditOperations auditOperations = new ActorAuditOperations(actor, accessLog);
    PersonalDataOperations personalDataOperations =
        new ActorPersonalDataOperations(actor, personalData);
    return new Session() {
      @Override
      public Actor actor() {
        return actor;
      }

      @Override
      public PlanOperations plan() {
        return planOperations;
      }

      @Override
      public ReminderOperations reminders() {
        return reminderOperations;
      }

      @Override
      public InsightOperations insights() {
        return insightOperations;
      }

      @Override
      public SetupOperations setup() {
        return setupOperations;
      }

      @Override
      public RelativeOperations relatives() {
        return relativeOperations;
      }

      @Override
      public AuditOperations audit() {
        return auditOperations;
      }

      @Override
      public PersonalDataOperations personalData() {
        return personalDataOperations;
      }
    };
  }

  /** The use cases behind {@link PlanOperations}, created once. */
  record PlanUseCases(
      ViewingOverview overview,
      BookingAppointments booking,
      MovingAppointments moving,
      CancelingAppointments canceling,
      RecordingAttendance attendance,
      WritingPlanItems planItems,
      StatingPreferences preferences,
      ManagingFreeSlots slots,
      ManagingCourses courses) {
    @Inject
    PlanUseCases {}
  }
}
