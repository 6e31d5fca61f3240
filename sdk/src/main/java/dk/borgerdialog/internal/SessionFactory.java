package dk.borgerdialog.internal;

import dk.borgerdialog.AuditOperations;
import dk.borgerdialog.ContactOperations;
import dk.borgerdialog.InboxOperations;
import dk.borgerdialog.InsightOperations;
import dk.borgerdialog.MaterialOperations;
import dk.borgerdialog.PersonalDataOperations;
import dk.borgerdialog.PlanOperations;
import dk.borgerdialog.RelativeOperations;
import dk.borgerdialog.ReminderOperations;
import dk.borgerdialog.Session;
import dk.borgerdialog.SetupOperations;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.audit.application.ViewingAccessLog;
import dk.borgerdialog.contact.application.ExchangingMessages;
import dk.borgerdialog.contact.application.ManagingCareTeams;
import dk.borgerdialog.contact.application.ViewingResponseTimes;
import dk.borgerdialog.gdpr.application.HandlingPersonalData;
import dk.borgerdialog.insight.application.ViewingInsights;
import dk.borgerdialog.material.application.AskingAboutMaterial;
import dk.borgerdialog.material.application.AttachingMaterial;
import dk.borgerdialog.material.application.ReadingMaterial;
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
  private final AttachingMaterial attachingMaterial;
  private final ReadingMaterial readingMaterial;
  private final AskingAboutMaterial askingAboutMaterial;
  private final ActorNetworkOperations.NetworkUseCases network;
  private final dk.borgerdialog.calendar.application.ExportingCalendars calendars;
  private final ContactUseCases contacts;
  private final ManagingGrants grants;
  private final ViewingAccessLog accessLog;
  private final HandlingPersonalData personalData;
  private final dk.borgerdialog.retention.application.PurgingExpiredData purging;

  @Inject
  SessionFactory(
      PlanUseCases plan,
      SettingUp setup,
      ManagingReminders reminders,
      ViewingInsights insights,
      AttachingMaterial attachingMaterial,
      ReadingMaterial readingMaterial,
      AskingAboutMaterial askingAboutMaterial,
      ActorNetworkOperations.NetworkUseCases network,
      dk.borgerdialog.calendar.application.ExportingCalendars calendars,
      ContactUseCases contacts,
      ManagingGrants grants,
      ViewingAccessLog accessLog,
      HandlingPersonalData personalData,
      dk.borgerdialog.retention.application.PurgingExpiredData purging) {
    this.plan = plan;
    this.setup = setup;
    this.reminders = reminders;
    this.insights = insights;
    this.attachingMaterial = attachingMaterial;
    this.readingMaterial = readingMaterial;
    this.askingAboutMaterial = askingAboutMaterial;
    this.network = network;
    this.calendars = calendars;
    this.contacts = contacts;
    this.grants = grants;
    this.accessLog = accessLog;
    this.personalData = personalData;
    this.purging = purging;
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
    MaterialOperations materialOperations =
        new ActorMaterialOperations(actor, attachingMaterial, readingMaterial, askingAboutMaterial);
    dk.borgerdialog.NetworkOperations networkOperations =
        new ActorNetworkOperations(actor, network);
    dk.borgerdialog.CalendarOperations calendarOperations =
        new ActorCalendarOperations(actor, calendars);
    ContactOperations contactOperations =
        new ActorContactOperations(actor, contacts.teams(), contacts.messages());
    InboxOperations inboxOperations =
        new ActorInboxOperations(
            actor, contacts.messages(), contacts.teams(), contacts.responseTimes());
    RelativeOperations relativeOperations = new ActorRelativeOperations(actor, grants);
    AuditOperations auditOperations = new ActorAuditOperations(actor, accessLog);
    PersonalDataOperations personalDataOperations =
        new ActorPersonalDataOperations(actor, personalData, purging);
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
      public MaterialOperations material() {
        return materialOperations;
      }

      @Override
      public dk.borgerdialog.NetworkOperations network() {
        return networkOperations;
      }

      @Override
      public dk.borgerdialog.CalendarOperations calendar() {
        return calendarOperations;
      }

      @Override
      public ContactOperations contacts() {
        return contactOperations;
      }

      @Override
      public InboxOperations inbox() {
        return inboxOperations;
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

  record ContactUseCases(
      ManagingCareTeams teams, ExchangingMessages messages, ViewingResponseTimes responseTimes) {
    @Inject
    ContactUseCases {}
  }
}
