package dk.borgerdialog.internal;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Provides;
import com.google.inject.ProvisionException;
import com.google.inject.Singleton;
import com.google.inject.spi.Message;
import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.access.AccessPolicy;
import dk.borgerdialog.access.AuditLog;
import dk.borgerdialog.citizen.model.Citizens;
import dk.borgerdialog.common.DomainEvents;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.contact.model.AutoReplies;
import dk.borgerdialog.contact.model.CareTeams;
import dk.borgerdialog.contact.model.Threads;
import dk.borgerdialog.event.application.EventRelay;
import dk.borgerdialog.gdpr.application.BeforeErasure;
import dk.borgerdialog.gdpr.model.PersonalDataKind;
import dk.borgerdialog.insight.model.Insights;
import dk.borgerdialog.material.model.MarkdownRenderer;
import dk.borgerdialog.material.model.MaterialItems;
import dk.borgerdialog.material.model.MaterialProgress;
import dk.borgerdialog.material.model.Milestones;
import dk.borgerdialog.messaging.material.SafeMarkdown;
import dk.borgerdialog.network.application.SigningUp;
import dk.borgerdialog.notification.application.DeliveringNotices;
import dk.borgerdialog.notification.application.NotifyingCitizens;
import dk.borgerdialog.notification.model.InAppNotifications;
import dk.borgerdialog.notification.model.NoticeDeliveries;
import dk.borgerdialog.notification.model.NoticeDispatcher;
import dk.borgerdialog.notification.model.NoticeScheduler;
import dk.borgerdialog.notification.model.NotificationChannel;
import dk.borgerdialog.notification.model.NotificationChannels;
import dk.borgerdialog.notification.model.Notifier;
import dk.borgerdialog.organisation.model.Organisations;
import dk.borgerdialog.organisation.model.StaffMembers;
import dk.borgerdialog.persistence.JooqPersistence;
import dk.borgerdialog.plan.model.Appointments;
import dk.borgerdialog.plan.model.CourseTemplates;
import dk.borgerdialog.plan.model.Courses;
import dk.borgerdialog.plan.model.FreeSlots;
import dk.borgerdialog.plan.model.Overviews;
import dk.borgerdialog.plan.model.PlanItems;
import dk.borgerdialog.plan.model.Preferences;
import dk.borgerdialog.relative.model.RelativeGrants;
import dk.borgerdialog.relative.model.Relatives;
import dk.borgerdialog.reminder.application.DispatchingReminders;
import dk.borgerdialog.reminder.model.AllContactPreferences;
import dk.borgerdialog.reminder.model.DeliveryAttempts;
import dk.borgerdialog.reminder.model.DueReminders;
import dk.borgerdialog.reminder.model.ReminderDispatcher;
import dk.borgerdialog.reminder.model.ReminderPolicies;
import dk.borgerdialog.reminder.model.ReminderScheduler;
import dk.borgerdialog.reminder.model.ReminderTexts;
import dk.borgerdialog.reminder.model.Reminders;
import dk.borgerdialog.scheduling.DbSchedulerReminders;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Wires core's use cases to the jOOQ adapters: the one place where the modules meet.
 *
 * <p>Ports are bound to the instances of one {@link JooqPersistence}, which is migrated when it is
 * first provided.
 */
public final class InternalModule extends AbstractModule {
  private final DataSource dataSource;
  private final Settings settings;
  private final @Nullable EmbeddedH2 embedded;

  /**
   * Creates the module.
   *
   * @param dataSource the database
   * @param settings what the builder collected
   * @param embedded the embedded database Borgerdialog owns, or null if the host owns it
   */
  public InternalModule(DataSource dataSource, Settings settings, @Nullable EmbeddedH2 embedded) {
    this.dataSource = dataSource;
    this.settings = settings;
    this.embedded = embedded;
  }

  @Override
  protected void configure() {
    bind(Clock.class).toInstance(settings.clock());
    bind(ZoneId.class).toInstance(settings.zone());
    bind(AccessPolicy.class).toInstance(AccessPolicy.standard());
    bind(ReminderTexts.class).toInstance(settings.texts());
    bind(ReminderDispatcher.class).to(DispatchingReminders.class);
    bind(Notifier.class).to(NotifyingCitizens.class);
    bind(MarkdownRenderer.class).toInstance(new SafeMarkdown());
    bind(dk.borgerdialog.network.model.Recurrences.class)
        .toInstance(new dk.borgerdialog.ical.Ical4jRecurrences());
    bind(dk.borgerdialog.calendar.model.CalendarWriter.class)
        .toInstance(new dk.borgerdialog.ical.Ical4jCalendarWriter());
    bind(NoticeDispatcher.class).to(DeliveringNotices.class);
    bind(dk.borgerdialog.reminder.model.RelativeReminderDispatcher.class)
        .to(dk.borgerdialog.reminder.application.RemindingRelatives.class);
    bind(dk.borgerdialog.retention.model.RetentionPolicy.class).toInstance(settings.retention());
  }

  @Provides
  @Singleton
  Lifecycle lifecycle(DbSchedulerReminders scheduling) {
    return new Lifecycle(settings.dispatchReminders() ? scheduling : null, embedded);
  }

  @Provides
  @Singleton
  DbSchedulerReminders scheduling(
      JooqPersistence p,
      ReminderDispatcher dispatcher,
      NoticeDispatcher notices,
      dk.borgerdialog.reminder.model.RelativeReminderDispatcher relativeReminders,
      com.google.inject.Provider<dk.borgerdialog.retention.application.PurgingExpiredData>
          purging) {
    DbSchedulerReminders.Builder builder =
        DbSchedulerReminders.builder(dataSource, p.transactionalDataSource(), dispatcher)
            .noticeDispatcher(notices)
            .relativeReminderDispatcher(relativeReminders)
            .clock(settings.clock())
            .pollingInterval(settings.reminderPolling());
    if (!settings.eventListeners().isEmpty()) {
      // reads and marks through the plain data source: only committed events are visible
      builder.eventRelay(
          EventRelay.of(p.eventOutbox(), settings.eventListeners(), settings.clock()),
          DbSchedulerReminders.DEFAULT_EVENT_RELAY_INTERVAL);
    }
    java.time.Duration purgeInterval = settings.retentionPurgeInterval();
    if (purgeInterval != null) {
      builder.retentionPurge(
          () -> purging.get().purgeDue(dk.borgerdialog.access.Actor.system("retention")),
          purgeInterval);
    }
    return builder.build();
  }

  @Provides
  ReminderScheduler reminderScheduler(DbSchedulerReminders scheduling) {
    return scheduling.reminderScheduler();
  }

  @Provides
  @Singleton
  NotificationChannels channels(JooqPersistence p) {
    List<NotificationChannel> all = new ArrayList<>(settings.channels());
    all.add(p.inAppChannel(settings.clock()));
    return NotificationChannels.of(all);
  }

  @Provides
  Insights insights(JooqPersistence p) {
    return p.insights();
  }

  @Provides
  Reminders reminders(JooqPersistence p) {
    return p.reminders();
  }

  @Provides
  ReminderPolicies reminderPolicies(JooqPersistence p) {
    return p.reminderPolicies();
  }

  @Provides
  AllContactPreferences contactPreferences(JooqPersistence p) {
    return p.contactPreferences();
  }

  @Provides
  dk.borgerdialog.notification.model.NoticeRecipients noticeRecipients(JooqPersistence p) {
    return p.noticeRecipients();
  }

  @Provides
  DeliveryAttempts deliveryAttempts(JooqPersistence p) {
    return p.deliveryAttempts();
  }

  @Provides
  DueReminders dueReminders(JooqPersistence p) {
    return p.dueReminders();
  }

  @Provides
  InAppNotifications inAppNotifications(JooqPersistence p) {
    return p.inAppNotifications();
  }

  @Provides
  @Singleton
  JooqPersistence persistence() {
    JooqPersistence persistence = JooqPersistence.create(dataSource);
    persistence.migrate();
    return persistence;
  }

  @Provides
  Transactions transactions(JooqPersistence p) {
    return p.transactions();
  }

  @Provides
  Organisations organisations(JooqPersistence p) {
    return p.organisations();
  }

  @Provides
  StaffMembers staffMembers(JooqPersistence p) {
    return p.staffMembers();
  }

  @Provides
  Citizens citizens(JooqPersistence p) {
    return p.citizens();
  }

  @Provides
  CourseTemplates courseTemplates(JooqPersistence p) {
    return p.courseTemplates();
  }

  @Provides
  Courses courses(JooqPersistence p) {
    return p.courses();
  }

  @Provides
  PlanItems planItems(JooqPersistence p) {
    return p.planItems();
  }

  @Provides
  Preferences preferences(JooqPersistence p) {
    return p.preferences();
  }

  @Provides
  Appointments appointments(JooqPersistence p) {
    return p.appointments();
  }

  @Provides
  FreeSlots freeSlots(JooqPersistence p) {
    return p.freeSlots();
  }

  @Provides
  Overviews overviews(JooqPersistence p) {
    return p.overviews();
  }

  @Provides
  DomainEvents domainEvents(JooqPersistence p) {
    return p.domainEvents();
  }

  @Provides
  AuditLog auditLog(JooqPersistence p) {
    return p.auditLog();
  }

  @Provides
  MaterialItems materialItems(JooqPersistence p) {
    return p.materialItems();
  }

  @Provides
  MaterialProgress materialProgress(JooqPersistence p) {
    return p.materialProgress();
  }

  @Provides
  Milestones milestones(JooqPersistence p) {
    return p.milestones();
  }

  @Provides
  dk.borgerdialog.network.model.Organisers organisers(JooqPersistence p) {
    return p.organisers();
  }

  @Provides
  dk.borgerdialog.network.model.Activities activities(JooqPersistence p) {
    return p.activities();
  }

  @Provides
  dk.borgerdialog.network.model.Signups signups(JooqPersistence p) {
    return p.signups();
  }

  @Provides
  dk.borgerdialog.network.model.Suggestions suggestions(JooqPersistence p) {
    return p.suggestions();
  }

  @Provides
  dk.borgerdialog.network.model.Interests interests(JooqPersistence p) {
    return p.interests();
  }

  @Provides
  dk.borgerdialog.calendar.model.CalendarFeeds calendarFeeds(JooqPersistence p) {
    return p.calendarFeeds();
  }

  @Provides
  CareTeams careTeams(JooqPersistence p) {
    return p.careTeams();
  }

  @Provides
  Threads threads(JooqPersistence p) {
    return p.threads();
  }

  @Provides
  AutoReplies autoReplies(JooqPersistence p) {
    return p.autoReplies();
  }

  @Provides
  NoticeScheduler noticeScheduler(DbSchedulerReminders scheduling) {
    return scheduling.noticeScheduler();
  }

  @Provides
  NoticeDeliveries noticeDeliveries(JooqPersistence p) {
    return p.noticeDeliveries();
  }

  @Provides
  dk.borgerdialog.reminder.model.RelativeReminders relativeReminders(JooqPersistence p) {
    return p.relativeReminders();
  }

  @Provides
  dk.borgerdialog.reminder.model.RelativeReminderScheduler relativeReminderScheduler(
      com.google.inject.Provider<DbSchedulerReminders> scheduling) {
    // the dispatcher that plans copies is itself a dependency of the scheduler: resolve it late
    return new dk.borgerdialog.reminder.model.RelativeReminderScheduler() {
      @Override
      public void schedule(java.util.UUID copy, java.time.Instant at) {
        scheduling.get().relativeReminderScheduler().schedule(copy, at);
      }

      @Override
      public void scheduleNew(java.util.UUID copy, java.time.Instant at) {
        scheduling.get().relativeReminderScheduler().scheduleNew(copy, at);
      }
    };
  }

  @Provides
  Relatives relatives(JooqPersistence p) {
    return p.relatives();
  }

  @Provides
  RelativeGrants relativeGrants(JooqPersistence p) {
    return p.relativeGrants();
  }

  /**
   * Every kind of personal data, for export and erasure, in registration order (erasure runs in
   * reverse): a capability adds its kinds here.
   */
  @Provides
  @Singleton
  Set<PersonalDataKind> personalDataKinds(JooqPersistence p) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(p.personalDataKinds()));
  }

  /**
   * What lets go of a citizen before their data is erased: their seats on activities go to those
   * waiting.
   */
  @Provides
  @Singleton
  Set<BeforeErasure> beforeErasure(SigningUp signingUp) {
    return Set.of(signingUp::leaveAll);
  }

  /**
   * Where each kind of data is purged when past its retention.
   *
   * @param p the persistence
   * @return the purges
   */
  @Provides
  java.util.Collection<dk.borgerdialog.retention.model.ExpiredData> expiredData(JooqPersistence p) {
    return p.expiredData();
  }

  /**
   * Wires and starts Borgerdialog: migrates the database and returns the façade.
   *
   * @param dataSource the database
   * @param settings what the builder collected
   * @param embedded the embedded database Borgerdialog owns, closed if the start fails
   * @return the started instance
   */
  public static Borgerdialog start(
      DataSource dataSource, Settings settings, @Nullable EmbeddedH2 embedded) {
    try {
      return Guice.createInjector(new InternalModule(dataSource, settings, embedded))
          .getInstance(Borgerdialog.class);
    } catch (RuntimeException e) {
      if (embedded != null) {
        embedded.close();
      }
      throw unwrap(e);
    }
  }

  /**
   * Turns Guice's wrapping of a failure during start into the failure itself, so that a host sees
   * "cannot connect" rather than a Guice error listing.
   *
   * @param e what Guice threw
   * @return the exception to throw instead
   */
  static RuntimeException unwrap(RuntimeException e) {
    Iterable<Message> messages =
        e instanceof CreationException c
            ? c.getErrorMessages()
            : e instanceof ProvisionException p ? p.getErrorMessages() : java.util.List.of();
    for (Message message : messages) {
      Throwable cause = message.getCause();
      if (cause instanceof RuntimeException runtime) {
        return runtime;
      }
      if (cause != null) {
        return new IllegalStateException(
            "Borgerdialog could not start: " + cause.getMessage(), cause);
      }
    }
    return e;
  }
}
