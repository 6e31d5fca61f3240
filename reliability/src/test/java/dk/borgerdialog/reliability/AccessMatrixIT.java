package dk.borgerdialog.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.Session;
import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessPolicy;
import dk.borgerdialog.access.AccessRule;
import dk.borgerdialog.access.AccessTarget;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.BorgerdialogException;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.persistence.JooqPersistence;
import dk.borgerdialog.plan.application.BookAppointmentCommand;
import dk.borgerdialog.plan.application.CancelAppointmentCommand;
import dk.borgerdialog.plan.application.MoveAppointmentCommand;
import dk.borgerdialog.plan.application.PublishFreeSlotCommand;
import dk.borgerdialog.plan.application.StatePreferenceCommand;
import dk.borgerdialog.plan.application.WritePlanItemCommand;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.plan.model.CourseState;
import dk.borgerdialog.plan.model.PlanItem;
import dk.borgerdialog.plan.model.PlanItemKind;
import dk.borgerdialog.plan.model.PreferenceKind;
import dk.borgerdialog.reliability.support.Databases;
import dk.borgerdialog.reliability.support.Figures;
import dk.borgerdialog.reliability.support.Seed;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.QuietHours;
import dk.borgerdialog.reminder.model.ReminderId;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every operation as every kind of actor at every NSIS level, on its own data and on another
 * tenant's, compared with {@link AccessPolicy#standard()}: through the SDK for every operation the
 * SDK offers, and through {@link AccessControl} for every operation of the enum. No refused read
 * returns data, and every refusal is in the audit log.
 */
class AccessMatrixIT {

  /** Which side a target is on, seen from the actor. */
  enum Relation {
    OWN,
    FOREIGN
  }

  /** One tenant's data. */
  record Tenant(
      Seed seed, CitizenId citizen, Seed.Booked booked, PlanItem item, ReminderId reminder) {}

  /** An SDK call that exercises one operation on a tenant's data. */
  record Probe(
      String name,
      dk.borgerdialog.access.Operation operation,
      boolean read,
      Function<Context, Object> call) {}

  record Context(Session session, Tenant target, int n) {}

  static final AccessPolicy POLICY = AccessPolicy.standard();
  private final AtomicInteger counter = new AtomicInteger();

  @Test
  void every_sdk_operation_as_every_actor_matches_the_access_policy() throws Exception {
    Databases.Postgres database = Databases.freshPostgres();
    SettableClock clock = SettableClock.at("2026-11-22T19:00", "Europe/Copenhagen");
    try (Borgerdialog dialog =
        Borgerdialog.builder()
            .dataSource(database.dataSource())
            .clock(clock)
            .dispatchReminders(false)
            .start()) {
      Tenant a = tenant(dialog, "Københavns Kommune", clock, database.dataSource());
      Tenant b = tenant(dialog, "Frederiksberg Kommune", clock, database.dataSource());
      List<Probe> probes = probes(clock);
      Set<dk.borgerdialog.access.Operation> probed =
          EnumSet.noneOf(dk.borgerdialog.access.Operation.class);
      probes.forEach(p -> probed.add(p.operation()));

      int cells = 0;
      int allowed = 0;
      int refused = 0;
      List<String> mismatches = new ArrayList<>();
      for (Probe probe : probes) {
        for (ActorKind kind : ActorKind.values()) {
          for (AssuranceLevel level : levels(kind)) {
            for (Relation relation : Relation.values()) {
              Optional<Actor> actor = actor(kind, level, a);
              if (actor.isEmpty()) {
                continue;
              }
              Tenant target = relation == Relation.OWN ? a : b;
              boolean expected = expected(kind, level, relation, probe.operation());
              int refusalsBefore = refusals(database.dataSource());
              Object outcome;
              try {
                outcome =
                    probe
                        .call()
                        .apply(
                            new Context(dialog.as(actor.get()), target, counter.incrementAndGet()));
              } catch (BorgerdialogException e) {
                outcome = e;
              }
              cells++;
              boolean wasRefused = outcome instanceof AccessDeniedException;
              int newRefusals = refusals(database.dataSource()) - refusalsBefore;
              String cell =
                  probe.name() + " as " + kind + "/" + level + " on " + relation + " data";
              if (wasRefused == expected) {
                mismatches.add(
                    cell + ": expected " + (expected ? "allowed" : "refused") + ", got " + outcome);
              }
              if (wasRefused) {
                refused++;
                assertThat(newRefusals).as("audited refusal of %s", cell).isEqualTo(1);
                assertThat(lastAuditedOperation(database.dataSource()))
                    .as("operation audited for %s", cell)
                    .isEqualTo(probe.operation().name());
              } else {
                allowed++;
                assertThat(newRefusals).as("no refusal audited for %s", cell).isZero();
              }
            }
          }
        }
      }
      assertThat(mismatches).isEmpty();

      // the policy for every operation of the enum, also those the SDK does not offer yet
      AccessControl access =
          new AccessControl(
              POLICY,
              JooqPersistence.create(database.dataSource()).staffMembers(),
              JooqPersistence.create(database.dataSource()).relativeGrants(),
              JooqPersistence.create(database.dataSource()).auditLog(),
              JooqPersistence.create(database.dataSource()).transactions(),
              clock);
      int coreCells = 0;
      for (dk.borgerdialog.access.Operation operation : dk.borgerdialog.access.Operation.values()) {
        for (ActorKind kind : ActorKind.values()) {
          for (AssuranceLevel level : levels(kind)) {
            for (Relation relation : Relation.values()) {
              Optional<Actor> actor = actor(kind, level, a);
              if (actor.isEmpty()) {
                continue;
              }
              Tenant target = relation == Relation.OWN ? a : b;
              boolean expected = expected(kind, level, relation, operation);
              int refusalsBefore = refusals(database.dataSource());
              boolean granted;
              try {
                access.authorize(
                    actor.get(),
                    operation,
                    AccessTarget.of(target.citizen(), target.seed().unit()),
                    null);
                granted = true;
              } catch (AccessDeniedException e) {
                granted = false;
              }
              coreCells++;
              assertThat(granted)
                  .as("%s as %s/%s on %s data", operation, kind, level, relation)
                  .isEqualTo(expected);
              assertThat(refusals(database.dataSource()) - refusalsBefore)
                  .isEqualTo(granted ? 0 : 1);
            }
          }
        }
      }
      Set<dk.borgerdialog.access.Operation> unprobed =
          EnumSet.allOf(dk.borgerdialog.access.Operation.class);
      unprobed.removeAll(probed);
      Figures.record(
          "access",
          "%d SDK cells (%d probes over %d operations x %d actor kinds x levels x own/foreign):"
              + " %d allowed, %d refused, 0 mismatches, every refusal audited; %d AccessControl"
              + " cells over all %d operations; operations without an SDK probe: %s",
          cells,
          probes.size(),
          probed.size(),
          ActorKind.values().length,
          allowed,
          refused,
          coreCells,
          dk.borgerdialog.access.Operation.values().length,
          unprobed);
    }
  }

  static List<AssuranceLevel> levels(ActorKind kind) {
    // the host's system actor always acts at HIGH
    return kind == ActorKind.SYSTEM
        ? List.of(AssuranceLevel.HIGH)
        : List.of(AssuranceLevel.values());
  }

  /** The actor of a kind in tenant A; empty for a kind this suite cannot make yet. */
  static Optional<Actor> actor(ActorKind kind, AssuranceLevel level, Tenant a) {
    return switch (kind.name()) {
      case "CITIZEN" -> Optional.of(Actor.citizen(a.citizen(), level));
      case "STAFF" -> Optional.of(Actor.staff(a.seed().caseworker(), level));
      case "SYSTEM" -> Optional.of(Actor.system("access-matrix"));
      default -> Optional.empty();
    };
  }

  static boolean expected(
      ActorKind kind,
      AssuranceLevel level,
      Relation relation,
      dk.borgerdialog.access.Operation operation) {
    Optional<AccessRule> rule = POLICY.ruleFor(kind, operation);
    if (rule.isEmpty() || !level.meets(rule.get().minimumLevel())) {
      return false;
    }
    return switch (rule.get().condition()) {
      case NONE -> true;
      case OWN_DATA, OWN_UNIT, OWN_UNIT_OR_ADDRESSED -> relation == Relation.OWN;
      // relatives are not built by this walk (actor(...) skips them), so no grant is ever active
      case ACTIVE_GRANT -> false;
    };
  }

  private static Tenant tenant(Borgerdialog dialog, String name, SettableClock clock, DataSource db)
      throws SQLException {
    Seed seed = Seed.organisation(dialog, name, ReminderPolicy.DEFAULT);
    Seed.Booked booked =
        seed.book(
            seed.citizen(name, null, List.of(ChannelKind.IN_APP), null, null),
            clock.instant().plus(Duration.ofDays(5)));
    PlanItem item =
        seed.staffPlan()
            .writePlanItem(
                new WritePlanItemCommand(booked.course().id(), PlanItemKind.GOAL, "Et mål"));
    UUID reminder;
    try (Connection connection = db.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT id FROM borgerdialog.reminder WHERE appointment_id = ? ORDER BY due_at")) {
      statement.setObject(1, booked.appointment().id().value());
      try (ResultSet rows = statement.executeQuery()) {
        assertThat(rows.next()).isTrue();
        reminder = rows.getObject(1, UUID.class);
      }
    }
    return new Tenant(seed, booked.citizen(), booked, item, new ReminderId(reminder));
  }

  private static List<Probe> probes(SettableClock clock) {
    long stale = 999;
    Instant later = clock.instant().plus(Duration.ofDays(20));
    List<Probe> probes = new ArrayList<>();
    dk.borgerdialog.access.Operation op;
    op = dk.borgerdialog.access.Operation.VIEW_OVERVIEW;
    probes.add(
        new Probe("overview", op, true, c -> c.session().plan().overview(c.target().citizen())));
    op = dk.borgerdialog.access.Operation.VIEW_FREE_SLOTS;
    probes.add(
        new Probe(
            "freeSlotsFor",
            op,
            true,
            c -> c.session().plan().freeSlotsFor(c.target().booked().appointment().id())));
    op = dk.borgerdialog.access.Operation.BOOK_APPOINTMENT;
    probes.add(
        new Probe(
            "book",
            op,
            false,
            c ->
                c.session()
                    .plan()
                    .book(
                        BookAppointmentCommand.at(
                            c.target().booked().course().id(),
                            Seed.CONVERSATION,
                            later.plus(Duration.ofMinutes(c.n())),
                            later.plus(Duration.ofMinutes(c.n() + 30)),
                            AppointmentMode.phone(),
                            List.of()))));
    op = dk.borgerdialog.access.Operation.MOVE_APPOINTMENT;
    probes.add(
        new Probe(
            "move",
            op,
            false,
            c ->
                c.session()
                    .plan()
                    .move(
                        MoveAppointmentCommand.toTime(
                            c.target().booked().appointment().id(),
                            stale,
                            later,
                            later.plus(Duration.ofHours(1))))));
    op = dk.borgerdialog.access.Operation.CANCEL_APPOINTMENT;
    probes.add(
        new Probe(
            "cancel",
            op,
            false,
            c ->
                c.session()
                    .plan()
                    .cancel(
                        new CancelAppointmentCommand(
                            c.target().booked().appointment().id(),
                            stale,
                            CancellationReason.of(CancellationReasonCode.ILLNESS)))));
    op = dk.borgerdialog.access.Operation.RECORD_ATTENDANCE;
    probes.add(
        new Probe(
            "markAttended",
            op,
            false,
            c -> c.session().plan().markAttended(c.target().booked().appointment().id(), stale)));
    probes.add(
        new Probe(
            "markNoShow",
            op,
            false,
            c -> c.session().plan().markNoShow(c.target().booked().appointment().id(), stale)));
    op = dk.borgerdialog.access.Operation.WRITE_PLAN_ITEM;
    probes.add(
        new Probe(
            "writePlanItem",
            op,
            false,
            c ->
                c.session()
                    .plan()
                    .writePlanItem(
                        new WritePlanItemCommand(
                            c.target().booked().course().id(), PlanItemKind.TASK, "Opgave"))));
    probes.add(
        new Probe(
            "revisePlanItem",
            op,
            false,
            c -> c.session().plan().revisePlanItem(c.target().item().id(), stale, "Nyt mål")));
    op = dk.borgerdialog.access.Operation.STATE_PREFERENCE;
    probes.add(
        new Probe(
            "statePreference",
            op,
            false,
            c ->
                c.session()
                    .plan()
                    .statePreference(
                        new StatePreferenceCommand(
                            c.target().booked().course().id(),
                            PreferenceKind.WHAT_MATTERS,
                            "Morgener"))));
    op = dk.borgerdialog.access.Operation.MANAGE_FREE_SLOTS;
    probes.add(
        new Probe(
            "publishFreeSlot",
            op,
            false,
            c ->
                c.session()
                    .plan()
                    .publishFreeSlot(
                        new PublishFreeSlotCommand(
                            c.target().seed().unit(),
                            Seed.CONVERSATION,
                            null,
                            later.plus(Duration.ofHours(c.n())),
                            later.plus(Duration.ofHours(c.n())).plus(Duration.ofMinutes(45)),
                            AppointmentMode.phone()))));
    probes.add(
        new Probe(
            "openFreeSlots",
            op,
            true,
            c ->
                c.session().plan().openFreeSlots(c.target().seed().unit(), Seed.CONVERSATION, 10)));
    op = dk.borgerdialog.access.Operation.MANAGE_COURSE;
    probes.add(
        new Probe(
            "openCourse",
            op,
            false,
            c ->
                c.session()
                    .plan()
                    .openCourse(
                        c.target().citizen(),
                        c.target().seed().unit(),
                        c.target().seed().template())));
    probes.add(
        new Probe(
            "changeCourseState",
            op,
            false,
            c ->
                c.session()
                    .plan()
                    .changeCourseState(
                        c.target().booked().course().id(), stale, CourseState.PAUSED)));
    op = dk.borgerdialog.access.Operation.MANAGE_CONTACT_PREFERENCES;
    probes.add(
        new Probe(
            "contactPreferences",
            op,
            true,
            c -> c.session().reminders().contactPreferences(c.target().citizen())));
    probes.add(
        new Probe(
            "saveContactPreferences",
            op,
            false,
            c ->
                c.session()
                    .reminders()
                    .saveContactPreferences(
                        new ContactPreferences(
                            c.target().citizen(),
                            List.of(ChannelKind.IN_APP),
                            null,
                            null,
                            QuietHours.DEFAULT,
                            Set.of(),
                            stale))));
    op = dk.borgerdialog.access.Operation.MANAGE_REMINDER_POLICY;
    probes.add(
        new Probe(
            "reminderPolicy",
            op,
            true,
            c -> c.session().reminders().reminderPolicy(c.target().seed().unit())));
    probes.add(
        new Probe(
            "setReminderPolicy",
            op,
            false,
            c -> {
              c.session()
                  .reminders()
                  .setReminderPolicy(c.target().seed().unit(), ReminderPolicy.DEFAULT);
              return "set";
            }));
    op = dk.borgerdialog.access.Operation.READ_NOTIFICATIONS;
    probes.add(
        new Probe(
            "notifications",
            op,
            true,
            c -> c.session().reminders().notifications(c.target().citizen())));
    probes.add(
        new Probe(
            "unreadNotifications",
            op,
            true,
            c -> c.session().reminders().unreadNotifications(c.target().citizen())));
    probes.add(
        new Probe(
            "markNotificationRead",
            op,
            false,
            c ->
                c.session()
                    .reminders()
                    .markNotificationRead(c.target().citizen(), UUID.randomUUID())));
    op = dk.borgerdialog.access.Operation.VIEW_DELIVERY_LOG;
    probes.add(
        new Probe(
            "undelivered",
            op,
            true,
            c -> c.session().reminders().undelivered(c.target().seed().unit())));
    probes.add(
        new Probe(
            "deliveryLog",
            op,
            true,
            c -> c.session().reminders().deliveryLog(c.target().reminder())));
    op = dk.borgerdialog.access.Operation.VIEW_INSIGHTS;
    probes.add(
        new Probe(
            "unmarkedAppointments",
            op,
            true,
            c -> c.session().insights().unmarkedAppointments(c.target().seed().unit())));
    probes.add(
        new Probe(
            "insights",
            op,
            true,
            c ->
                c.session()
                    .insights()
                    .insights(
                        c.target().seed().unit(),
                        clock.instant().minus(Duration.ofDays(30)),
                        clock.instant())));
    op = dk.borgerdialog.access.Operation.ADMINISTER;
    probes.add(
        new Probe(
            "createCentre",
            op,
            false,
            c ->
                c.session()
                    .setup()
                    .createCentre(c.target().seed().municipality().id(), "Center " + c.n())));
    probes.add(
        new Probe(
            "findCitizen",
            op,
            true,
            c ->
                c.session()
                    .setup()
                    .findCitizen(
                        c.target().seed().municipality().id(),
                        dk.borgerdialog.common.ExternalRef.of("sensum", "x"))));
    return probes;
  }

  static int refusals(DataSource db) throws SQLException {
    try (Connection connection = db.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM borgerdialog.audit_record WHERE allowed = FALSE");
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getInt(1);
    }
  }

  static @Nullable String lastAuditedOperation(DataSource db) throws SQLException {
    try (Connection connection = db.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT operation FROM borgerdialog.audit_record ORDER BY seq DESC LIMIT 1");
        ResultSet rows = statement.executeQuery()) {
      return rows.next() ? rows.getString(1) : null;
    }
  }
}
