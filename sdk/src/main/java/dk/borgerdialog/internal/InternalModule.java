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
import java.time.Clock;
import java.time.ZoneId;
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
  private final Clock clock;
  private final ZoneId zone;
  private final @Nullable EmbeddedH2 embedded;

  /**
   * Creates the module.
   *
   * @param dataSource the database
   * @param clock the clock
   * @param zone the zone of citizens who state none
   * @param embedded the embedded database Borgerdialog owns, or null if the host owns it
   */
  public InternalModule(
      DataSource dataSource, Clock clock, ZoneId zone, @Nullable EmbeddedH2 embedded) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.zone = zone;
    this.embedded = embedded;
  }

  @Override
  protected void configure() {
    bind(Clock.class).toInstance(clock);
    bind(ZoneId.class).toInstance(zone);
    bind(AccessPolicy.class).toInstance(AccessPolicy.standard());
    bind(Lifecycle.class).toInstance(new Lifecycle(embedded));
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

  /**
   * Wires and starts Borgerdialog: migrates the database and returns the façade.
   *
   * @param dataSource the database
   * @param clock the clock
   * @param zone the zone of citizens who state none
   * @param embedded the embedded database Borgerdialog owns, closed if the start fails
   * @return the started instance
   */
  public static Borgerdialog start(
      DataSource dataSource, Clock clock, ZoneId zone, @Nullable EmbeddedH2 embedded) {
    try {
      return Guice.createInjector(new InternalModule(dataSource, clock, zone, embedded))
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
