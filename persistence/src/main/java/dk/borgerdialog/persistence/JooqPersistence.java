package dk.borgerdialog.persistence;

import dk.borgerdialog.access.AuditLog;
import dk.borgerdialog.citizen.model.Citizens;
import dk.borgerdialog.common.DomainEvents;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.common.UnableToAccessDatabaseException;
import dk.borgerdialog.contact.model.AutoReplies;
import dk.borgerdialog.contact.model.CareTeams;
import dk.borgerdialog.contact.model.Threads;
import dk.borgerdialog.event.model.EventOutbox;
import dk.borgerdialog.gdpr.model.PersonalDataKind;
import dk.borgerdialog.insight.model.Insights;
import dk.borgerdialog.material.model.MaterialItems;
import dk.borgerdialog.material.model.MaterialProgress;
import dk.borgerdialog.material.model.Milestones;
import dk.borgerdialog.notification.model.InAppNotifications;
import dk.borgerdialog.notification.model.NoticeDeliveries;
import dk.borgerdialog.notification.model.NotificationChannel;
import dk.borgerdialog.organisation.model.Organisations;
import dk.borgerdialog.organisation.model.StaffMembers;
import dk.borgerdialog.persistence.internal.DeadConnectionTolerantProvider;
import dk.borgerdialog.persistence.internal.InAppNotificationChannel;
import dk.borgerdialog.persistence.internal.JooqAppointments;
import dk.borgerdialog.persistence.internal.JooqAuditLog;
import dk.borgerdialog.persistence.internal.JooqAutoReplies;
import dk.borgerdialog.persistence.internal.JooqCareTeams;
import dk.borgerdialog.persistence.internal.JooqCitizens;
import dk.borgerdialog.persistence.internal.JooqContactPreferences;
import dk.borgerdialog.persistence.internal.JooqCourseTemplates;
import dk.borgerdialog.persistence.internal.JooqCourses;
import dk.borgerdialog.persistence.internal.JooqDeliveryAttempts;
import dk.borgerdialog.persistence.internal.JooqDomainEvents;
import dk.borgerdialog.persistence.internal.JooqDueReminders;
import dk.borgerdialog.persistence.internal.JooqEventOutbox;
import dk.borgerdialog.persistence.internal.JooqFreeSlots;
import dk.borgerdialog.persistence.internal.JooqInAppNotifications;
import dk.borgerdialog.persistence.internal.JooqInsights;
import dk.borgerdialog.persistence.internal.JooqMaterialItems;
import dk.borgerdialog.persistence.internal.JooqMaterialProgress;
import dk.borgerdialog.persistence.internal.JooqMilestones;
import dk.borgerdialog.persistence.internal.JooqNoticeDeliveries;
import dk.borgerdialog.persistence.internal.JooqOrganisations;
import dk.borgerdialog.persistence.internal.JooqOverviews;
import dk.borgerdialog.persistence.internal.JooqPersonalData;
import dk.borgerdialog.persistence.internal.JooqPlanItems;
import dk.borgerdialog.persistence.internal.JooqPreferences;
import dk.borgerdialog.persistence.internal.JooqRelativeGrants;
import dk.borgerdialog.persistence.internal.JooqRelatives;
import dk.borgerdialog.persistence.internal.JooqReminderPolicies;
import dk.borgerdialog.persistence.internal.JooqReminders;
import dk.borgerdialog.persistence.internal.JooqStaffMembers;
import dk.borgerdialog.persistence.internal.JooqThreads;
import dk.borgerdialog.persistence.internal.JooqTransactions;
import dk.borgerdialog.persistence.internal.StorageErrors;
import dk.borgerdialog.persistence.internal.TransactionScope;
import dk.borgerdialog.persistence.internal.TransactionalDataSource;
import dk.borgerdialog.plan.model.Appointments;
import dk.borgerdialog.plan.model.CourseTemplates;
import dk.borgerdialog.plan.model.Courses;
import dk.borgerdialog.plan.model.FreeSlots;
import dk.borgerdialog.plan.model.Overviews;
import dk.borgerdialog.plan.model.PlanItems;
import dk.borgerdialog.plan.model.Preferences;
import dk.borgerdialog.relative.model.RelativeGrants;
import dk.borgerdialog.relative.model.Relatives;
import dk.borgerdialog.reminder.model.AllContactPreferences;
import dk.borgerdialog.reminder.model.DeliveryAttempts;
import dk.borgerdialog.reminder.model.DueReminders;
import dk.borgerdialog.reminder.model.ReminderPolicies;
import dk.borgerdialog.reminder.model.Reminders;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.jooq.impl.ThreadLocalTransactionProvider;

/**
 * Borgerdialog's storage on H2 or PostgreSQL: every repository port of core implemented with jOOQ,
 * the Flyway migrations of the {@value #SCHEMA} schema, and the transactions the use cases run in.
 *
 * <p>Create one instance per database and share it: it is thread-safe and holds the caches of
 * reference data (municipalities, centres, units, course templates, staff members, reminder
 * policies).
 *
 * <pre>{@code
 * JooqPersistence persistence = JooqPersistence.create(dataSource);
 * persistence.migrate();
 * Appointments appointments = persistence.appointments();
 * }</pre>
 *
 * <p>Every table lives in the schema {@value #SCHEMA}, with Flyway's history in {@code
 * borgerdialog.flyway_schema_history}, so Borgerdialog can share a host's database.
 */
public final class JooqPersistence {
  /** The schema all tables live in. */
  public static final String SCHEMA = "borgerdialog";

  /** The table, in {@link #SCHEMA}, in which Flyway records the applied migrations. */
  public static final String HISTORY_TABLE = "flyway_schema_history";

  private static final String MIGRATIONS = "classpath:dk/borgerdialog/persistence/migration";

  private final DataSource dataSource;
  private final IdentifierCase identifiers;
  private final JooqTransactions transactions;
  private final JooqOrganisations organisations;
  private final JooqStaffMembers staffMembers;
  private final JooqCitizens citizens;
  private final JooqCourseTemplates courseTemplates;
  private final JooqCourses courses;
  private final JooqPlanItems planItems;
  private final JooqPreferences preferences;
  private final JooqAppointments appointments;
  private final JooqFreeSlots freeSlots;
  private final JooqOverviews overviews;
  private final JooqDomainEvents domainEvents;
  private final JooqEventOutbox eventOutbox;
  private final JooqAuditLog auditLog;
  private final JooqReminders reminders;
  private final JooqReminderPolicies reminderPolicies;
  private final JooqContactPreferences contactPreferences;
  private final dk.borgerdialog.persistence.internal.JooqNoticeRecipients noticeRecipients;
  private final JooqDeliveryAttempts deliveryAttempts;
  private final JooqDueReminders dueReminders;
  private final JooqInAppNotifications inAppNotifications;
  private final JooqInsights insights;
  private final JooqMaterialItems materialItems;
  private final JooqMaterialProgress materialProgress;
  private final JooqMilestones milestones;
  private final JooqCareTeams careTeams;
  private final JooqThreads threads;
  private final JooqAutoReplies autoReplies;
  private final JooqNoticeDeliveries noticeDeliveries;
  private final dk.borgerdialog.persistence.internal.JooqRelativeReminders relativeReminders;
  private final JooqRelatives relatives;
  private final JooqRelativeGrants relativeGrants;
  private final JooqPersonalData personalData;
  private final dk.borgerdialog.persistence.internal.JooqExpiredData expiredData;
  private final TransactionalDataSource transactionalDataSource;
  private final dk.borgerdialog.persistence.internal.JooqOrganisers organisers;
  private final dk.borgerdialog.persistence.internal.JooqActivities activities;
  private final dk.borgerdialog.persistence.internal.JooqSignups signups;
  private final dk.borgerdialog.persistence.internal.JooqSuggestions suggestions;
  private final dk.borgerdialog.persistence.internal.JooqInterests interests;
  private final dk.borgerdialog.persistence.internal.JooqCalendarFeeds calendarFeeds;

  private JooqPersistence(DataSource dataSource, SQLDialect dialect, IdentifierCase identifiers) {
    this.dataSource = dataSource;
    this.identifiers = identifiers;
    DataSourceConnectionProvider connections = new DataSourceConnectionProvider(dataSource);
    DSLContext dsl =
        new DefaultConfiguration()
            .set(connections)
            // a transaction whose connection died must not stay bound to the thread
            .set(
                new ThreadLocalTransactionProvider(new DeadConnectionTolerantProvider(connections)))
            .set(dialect)
            // unquoted names fold to upper case on H2 (as generated) and lower case on PostgreSQL
            .set(new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED))
            // no jOOQ or driver exception crosses the ports
            .set(new DefaultExecuteListenerProvider(new StorageErrors()))
            .dsl();
    TransactionScope scope = new TransactionScope();
    this.transactions = new JooqTransactions(dsl, scope);
    this.organisations = new JooqOrganisations(dsl, scope);
    this.staffMembers = new JooqStaffMembers(dsl, transactions, scope);
    this.citizens = new JooqCitizens(dsl);
    this.courseTemplates = new JooqCourseTemplates(dsl, scope);
    this.courses = new JooqCourses(dsl);
    this.planItems = new JooqPlanItems(dsl);
    this.preferences = new JooqPreferences(dsl);
    this.appointments = new JooqAppointments(dsl, transactions);
    this.freeSlots = new JooqFreeSlots(dsl);
    this.overviews = new JooqOverviews(dsl);
    this.domainEvents = new JooqDomainEvents(dsl);
    this.eventOutbox = new JooqEventOutbox(dsl);
    this.auditLog = new JooqAuditLog(dsl, transactions, scope);
    this.relatives = new JooqRelatives(dsl);
    this.relativeGrants = new JooqRelativeGrants(dsl);
    this.personalData = new JooqPersonalData(dsl);
    this.expiredData = new dk.borgerdialog.persistence.internal.JooqExpiredData(dsl, auditLog);
    this.reminders = new JooqReminders(dsl);
    this.reminderPolicies = new JooqReminderPolicies(dsl, scope);
    this.contactPreferences = new JooqContactPreferences(dsl);
    this.noticeRecipients = new dk.borgerdialog.persistence.internal.JooqNoticeRecipients(dsl);
    this.deliveryAttempts = new JooqDeliveryAttempts(dsl);
    this.dueReminders = new JooqDueReminders(dsl);
    this.inAppNotifications = new JooqInAppNotifications(dsl);
    this.insights = new JooqInsights(dsl);
    this.materialItems = new JooqMaterialItems(dsl);
    this.materialProgress = new JooqMaterialProgress(dsl);
    this.milestones = new JooqMilestones(dsl);
    this.organisers = new dk.borgerdialog.persistence.internal.JooqOrganisers(dsl);
    this.activities = new dk.borgerdialog.persistence.internal.JooqActivities(dsl);
    this.signups = new dk.borgerdialog.persistence.internal.JooqSignups(dsl);
    this.suggestions = new dk.borgerdialog.persistence.internal.JooqSuggestions(dsl);
    this.interests = new dk.borgerdialog.persistence.internal.JooqInterests(dsl);
    this.calendarFeeds = new dk.borgerdialog.persistence.internal.JooqCalendarFeeds(dsl);
    this.careTeams = new JooqCareTeams(dsl);
    this.threads = new JooqThreads(dsl);
    this.autoReplies = new JooqAutoReplies(dsl);
    this.noticeDeliveries = new JooqNoticeDeliveries(dsl);
    this.relativeReminders = new dk.borgerdialog.persistence.internal.JooqRelativeReminders(dsl);
    // with a ThreadLocalTransactionProvider, the configuration's provider is the thread-bound one
    this.transactionalDataSource =
        new TransactionalDataSource(dataSource, dsl.configuration().connectionProvider(), scope);
  }

  /**
   * Creates the persistence on a data source, detecting whether it is H2 or PostgreSQL.
   *
   * <p>This borrows one connection to read the database's metadata; it does not change the
   * database. Call {@link #migrate()} to create or update the schema.
   *
   * @param dataSource the host's data source, ideally pooled
   * @return the persistence
   * @throws IllegalArgumentException if the database is neither H2 nor PostgreSQL
   * @throws UnableToAccessDatabaseException if no connection can be had
   */
  public static JooqPersistence create(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      String product = metaData.getDatabaseProductName();
      SQLDialect dialect;
      if ("H2".equalsIgnoreCase(product)) {
        dialect = SQLDialect.H2;
      } else if ("PostgreSQL".equalsIgnoreCase(product)) {
        dialect = SQLDialect.POSTGRES;
      } else {
        throw new IllegalArgumentException(
            "Borgerdialog stores its data in H2 or PostgreSQL, but the data source is " + product);
      }
      IdentifierCase identifiers =
          metaData.storesUpperCaseIdentifiers()
              ? IdentifierCase.UPPER
              : metaData.storesLowerCaseIdentifiers() ? IdentifierCase.LOWER : IdentifierCase.AS_IS;
      return new JooqPersistence(dataSource, dialect, identifiers);
    } catch (SQLException e) {
      throw StorageErrors.failure(
          "cannot connect to the database to detect its kind", e.getSQLState(), e);
    }
  }

  /**
   * Creates or updates the {@value #SCHEMA} schema to the current version with Flyway.
   *
   * <p>Idempotent: a database that is up to date is left as it is. Flyway's history table is {@code
   * borgerdialog.flyway_schema_history}, separate from any history the host keeps.
   *
   * @throws UnableToAccessDatabaseException if a migration fails or the history does not match the
   *     migrations shipped with this version
   */
  public void migrate() {
    try {
      Flyway.configure(JooqPersistence.class.getClassLoader())
          .dataSource(dataSource)
          // Flyway quotes these names; the migrations' unquoted names are folded by the database
          .schemas(identifiers.fold(SCHEMA))
          .createSchemas(true)
          .table(identifiers.fold(HISTORY_TABLE))
          .locations(MIGRATIONS)
          .load()
          .migrate();
    } catch (FlywayException e) {
      // Flyway's messages name migrations and checksums, not data values
      throw new UnableToAccessDatabaseException(
          "the schema " + SCHEMA + " could not be migrated: " + e.getMessage(), null, e);
    }
  }

  /**
   * The transactions that use cases run in; repository calls on the same thread join them.
   *
   * @return the transactions
   */
  public Transactions transactions() {
    return transactions;
  }

  /**
   * Municipalities, centres and units.
   *
   * @return the port
   */
  public Organisations organisations() {
    return organisations;
  }

  /**
   * The staff directory.
   *
   * @return the port
   */
  public StaffMembers staffMembers() {
    return staffMembers;
  }

  /**
   * The citizens.
   *
   * @return the port
   */
  public Citizens citizens() {
    return citizens;
  }

  /**
   * The course templates.
   *
   * @return the port
   */
  public CourseTemplates courseTemplates() {
    return courseTemplates;
  }

  /**
   * The courses.
   *
   * @return the port
   */
  public Courses courses() {
    return courses;
  }

  /**
   * The plan items.
   *
   * @return the port
   */
  public PlanItems planItems() {
    return planItems;
  }

  /**
   * The citizens' preferences.
   *
   * @return the port
   */
  public Preferences preferences() {
    return preferences;
  }

  /**
   * The appointments.
   *
   * @return the port
   */
  public Appointments appointments() {
    return appointments;
  }

  /**
   * The free slots.
   *
   * @return the port
   */
  public FreeSlots freeSlots() {
    return freeSlots;
  }

  /**
   * The citizens' overviews, each read in a fixed number of queries.
   *
   * @return the port
   */
  public Overviews overviews() {
    return overviews;
  }

  /**
   * The outbox of domain events.
   *
   * @return the port
   */
  public DomainEvents domainEvents() {
    return domainEvents;
  }

  /**
   * The outbox as the event relay reads it: committed events not yet delivered, in order.
   *
   * @return the port
   */
  public EventOutbox eventOutbox() {
    return eventOutbox;
  }

  /**
   * The audit trail.
   *
   * @return the port
   */
  public AuditLog auditLog() {
    return auditLog;
  }

  /**
   * The relatives.
   *
   * @return the port
   */
  public Relatives relatives() {
    return relatives;
  }

  /**
   * The grants between relatives and citizens.
   *
   * @return the port
   */
  public RelativeGrants relativeGrants() {
    return relativeGrants;
  }

  /**
   * The personal data the foundation's capabilities hold, for export and erasure, in registration
   * order.
   *
   * @return the kinds
   */
  public List<PersonalDataKind> personalDataKinds() {
    return personalData.kinds();
  }

  /**
   * The retention purge of every kind of data, one per {@link
   * dk.borgerdialog.retention.model.RetentionKind}; the audit trail's keeps its hash chain
   * verifiable from an anchor.
   *
   * @return the purges
   */
  public List<dk.borgerdialog.retention.model.ExpiredData> expiredData() {
    return expiredData.kinds();
  }

  /**
   * The reminders planned for appointments.
   *
   * @return the port
   */
  public Reminders reminders() {
    return reminders;
  }

  /**
   * The units' reminder policies, read through a cache of reference data.
   *
   * @return the port
   */
  public ReminderPolicies reminderPolicies() {
    return reminderPolicies;
  }

  /**
   * The citizens' contact preferences.
   *
   * @return the port
   */
  public AllContactPreferences contactPreferences() {
    return contactPreferences;
  }

  /**
   * The citizens with their contact preferences, as the notifier reads them.
   *
   * @return the port
   */
  public dk.borgerdialog.notification.model.NoticeRecipients noticeRecipients() {
    return noticeRecipients;
  }

  /**
   * The log of attempts to deliver reminders.
   *
   * @return the port
   */
  public DeliveryAttempts deliveryAttempts() {
    return deliveryAttempts;
  }

  /**
   * The citizens' in-app notifications.
   *
   * @return the port
   */
  public InAppNotifications inAppNotifications() {
    return inAppNotifications;
  }

  /**
   * The units' attendance figures and unmarked appointments, as aggregate queries.
   *
   * @return the port
   */
  public Insights insights() {
    return insights;
  }

  /**
   * The items of information material.
   *
   * @return the port
   */
  public MaterialItems materialItems() {
    return materialItems;
  }

  /**
   * The citizens' views and "understood" marks, and releases of material by hand.
   *
   * @return the port
   */
  public MaterialProgress materialProgress() {
    return materialProgress;
  }

  /**
   * A course's appointments as the release rules of information material see them.
   *
   * @return the port
   */
  public Milestones milestones() {
    return milestones;
  }

  /**
   * A notification channel that delivers into the citizens' in-app notifications.
   *
   * <p>The address of a notification is the citizen's id; its idempotency key makes a repeated
   * delivery a no-op that is still reported as delivered. The channel never throws for a storage
   * problem: it returns a retryable failure.
   *
   * @param clock the clock that stamps the notifications
   * @return a new channel
   */
  public NotificationChannel inAppChannel(Clock clock) {
    return new InAppNotificationChannel(inAppNotifications, Objects.requireNonNull(clock, "clock"));
  }

  /**
   * A data source whose connections take part in the transaction open on the calling thread, for
   * libraries that write through JDBC themselves, such as db-scheduler's client scheduling a
   * reminder in the same transaction as the booking.
   *
   * <p>Called on a thread inside {@link #transactions()}{@code .inTransaction(...)}, {@code
   * getConnection()} returns that transaction's connection, wrapped so that {@code close()}, {@code
   * commit()}, {@code rollback()} and {@code setAutoCommit(...)} do nothing: the transaction
   * commits or rolls back everything written through it together with the rest of its work. Such a
   * connection must not be kept beyond the transaction. Called outside a transaction, it returns a
   * new connection of the underlying data source, as that source configures it (normally in
   * auto-commit mode).
   *
   * <p>A library must therefore leave the connection's transaction to its owner. db-scheduler's
   * {@code SchedulerClient} does: it never commits a connection whose auto-commit is off (nor does
   * its {@code Scheduler}, unless built with {@code commitWhenAutocommitDisabled(true)}). Point it
   * at the table with {@code tableName("borgerdialog.scheduled_tasks")}.
   *
   * @return the data source; the same instance on every call
   */
  public DataSource transactionalDataSource() {
    return transactionalDataSource;
  }

  /**
   * The organisers of activities (Mit netværk).
   *
   * @return the port
   */
  public dk.borgerdialog.network.model.Organisers organisers() {
    return organisers;
  }

  /**
   * Activities and their search (Mit netværk).
   *
   * @return the port
   */
  public dk.borgerdialog.network.model.Activities activities() {
    return activities;
  }

  /**
   * Signups for activities, seated and waitlisted.
   *
   * @return the port
   */
  public dk.borgerdialog.network.model.Signups signups() {
    return signups;
  }

  /**
   * Staff's suggestions of activities to citizens.
   *
   * @return the port
   */
  public dk.borgerdialog.network.model.Suggestions suggestions() {
    return suggestions;
  }

  /**
   * The managed list of interests and the interests citizens state.
   *
   * @return the port
   */
  public dk.borgerdialog.network.model.Interests interests() {
    return interests;
  }

  /**
   * The citizens' calendar feed tokens, by hash.
   *
   * @return the port
   */
  public dk.borgerdialog.calendar.model.CalendarFeeds calendarFeeds() {
    return calendarFeeds;
  }

  private enum IdentifierCase {
    UPPER,
    LOWER,
    AS_IS;

    String fold(String name) {
      return switch (this) {
        case UPPER -> name.toUpperCase(Locale.ROOT);
        case LOWER -> name.toLowerCase(Locale.ROOT);
        case AS_IS -> name;
      };
    }
  }

  /**
   * The care teams of courses, and units' expected reply times.
   *
   * @return the port
   */
  public CareTeams careTeams() {
    return careTeams;
  }

  /**
   * Message threads, their messages and attachments.
   *
   * @return the port
   */
  public Threads threads() {
    return threads;
  }

  /**
   * Staff members' auto-replies.
   *
   * @return the port
   */
  public AutoReplies autoReplies() {
    return autoReplies;
  }

  /**
   * The deliveries of notices on e-mail and SMS, and their attempts.
   *
   * @return the port
   */
  public NoticeDeliveries noticeDeliveries() {
    return noticeDeliveries;
  }

  /**
   * Relatives' copies of reminders, and their attempts.
   *
   * @return the port
   */
  public dk.borgerdialog.reminder.model.RelativeReminders relativeReminders() {
    return relativeReminders;
  }

  /**
   * Due reminders with what their dispatch depends on, in one read.
   *
   * @return the port
   */
  public DueReminders dueReminders() {
    return dueReminders;
  }
}
