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
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.BorgerdialogException;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.contact.application.JoinCareTeamCommand;
import dk.borgerdialog.contact.application.StartThreadCommand;
import dk.borgerdialog.contact.model.AutoReply;
import dk.borgerdialog.contact.model.CareTeamMember;
import dk.borgerdialog.material.application.AttachMaterialCommand;
import dk.borgerdialog.material.model.MaterialAttachment;
import dk.borgerdialog.material.model.MaterialVariant;
import dk.borgerdialog.material.model.ReleaseRule;
import dk.borgerdialog.network.application.ActivityQuery;
import dk.borgerdialog.network.model.Interest;
import dk.borgerdialog.network.model.OrganiserKind;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.persistence.JooqPersistence;
import dk.borgerdialog.persistence.testing.TestDatabases;
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
import dk.borgerdialog.relative.application.GrantAccessCommand;
import dk.borgerdialog.relative.application.RevokeGrantCommand;
import dk.borgerdialog.relative.model.LegalBasis;
import dk.borgerdialog.relative.model.RelativeGrant;
import dk.borgerdialog.relative.model.RelativeId;
import dk.borgerdialog.relative.model.Scope;
import dk.borgerdialog.reliability.support.Capabilities;
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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every SDK operation as every kind of actor at every NSIS level, on the data of the actor's own
 * municipality and on another's, compared with {@link AccessPolicy#standard()}: through the SDK for
 * every operation the SDK offers, and through {@link AccessControl} for every operation of the
 * enum. No refused read returns data, and every refusal is in the audit log with its operation.
 *
 * <p>The expected outcome of a cell is worked out from the policy's rule for the actor's kind and
 * the operation: the minimum level and the condition, evaluated against what the test knows of the
 * actor (the citizen, the staff member's unit, the scopes of the relative's grants that are active)
 * and of the data the call touches. Relatives act with a grant holding every scope, a grant that
 * has expired, one that was revoked, and no grant at all, so a rule added to the policy for
 * relatives is checked in both directions without a change here.
 */
@Tag("slow")
class AccessMatrixIT {

  /** One tenant's data. */
  record Tenant(
      Seed seed,
      CitizenId citizen,
      Seed.Booked booked,
      PlanItem item,
      ReminderId reminder,
      Capabilities caps) {}

  /**
   * An actor of tenant A, with what the test knows of it.
   *
   * @param label how the actor is named in a message
   * @param actor the actor
   * @param unit the staff member's unit, or null
   * @param scopes the scopes of the relative's grants that are active now
   */
  record Who(String label, Actor actor, @Nullable UnitId unit, Set<Scope> scopes) {}

  /**
   * An SDK call that exercises operations on a tenant's data.
   *
   * @param name the SDK method
   * @param operations the operations it authorises, in order
   * @param target the data it touches, as the access control sees it
   * @param call the call
   */
  record Probe(
      String name,
      List<Operation> operations,
      BiFunction<Who, Tenant, AccessTarget> target,
      Function<Context, Object> call) {}

  record Context(Borgerdialog dialog, Session session, Who who, Tenant target, int n) {}

  static final AccessPolicy POLICY = AccessPolicy.standard();
  private final AtomicInteger counter = new AtomicInteger();

  static Probe probe(
      String name,
      Operation operation,
      BiFunction<Who, Tenant, AccessTarget> target,
      Function<Context, Object> call) {
    return new Probe(name, List.of(operation), target, call);
  }

  /** The data targets the SDK's use cases name. */
  static final class Targets {
    private Targets() {}

    /** The citizen's data, held by the unit of the citizen's course. */
    static AccessTarget citizenData(Who who, Tenant t) {
      return AccessTarget.of(t.citizen(), t.seed().unit());
    }

    /** The citizen's data, held by no unit (network, calendar, audit). */
    static AccessTarget citizenOnly(Who who, Tenant t) {
      return new AccessTarget(t.citizen(), Set.of());
    }

    /** A unit's own data. */
    static AccessTarget unit(Who who, Tenant t) {
      return AccessTarget.unit(t.seed().unit());
    }

    /** The set-up of the organisation, or an actor's own data. */
    static AccessTarget organisation(Who who, Tenant t) {
      return AccessTarget.organisation();
    }

    /** The citizen's thread to the caseworker. */
    static AccessTarget contactThread(Who who, Tenant t) {
      return AccessTarget.addressedTo(t.citizen(), t.seed().caseworker());
    }

    /** What is addressed to the tenant's caseworker: their threads, their auto-reply. */
    static AccessTarget caseworker(Who who, Tenant t) {
      return AccessTarget.addressedTo(null, t.seed().caseworker());
    }

    /** The actor's own unread messages. */
    static AccessTarget ownUnread(Who who, Tenant t) {
      if (who.actor() instanceof Actor.Citizen c) {
        return new AccessTarget(c.id(), Set.of());
      }
      if (who.actor() instanceof Actor.Staff s) {
        return AccessTarget.addressedTo(null, s.id());
      }
      return new AccessTarget(who.actor().onBehalfOf(), Set.of());
    }
  }

  @Test
  void every_sdk_operation_as_every_actor_matches_the_access_policy() throws Exception {
    TestDatabases.Postgres database = TestDatabases.freshPostgresDatabase();
    SettableClock clock = SettableClock.at("2026-11-22T19:00", "Europe/Copenhagen");
    try (Borgerdialog dialog =
            Borgerdialog.builder()
                .dataSource(database.dataSource())
                .clock(clock)
                .dispatchReminders(false)
                .start();
        // one connection for the audit counts of every cell
        Connection audit = database.dataSource().getConnection()) {
      Tenant a = tenant(dialog, "Københavns Kommune", clock, database.dataSource());
      Tenant b = tenant(dialog, "Frederiksberg Kommune", clock, database.dataSource());
      List<Who> actors = actors(dialog, a, clock);
      List<Probe> probes = new ArrayList<>();
      planProbes(probes, clock);
      capabilityProbes(probes, clock);
      Set<Operation> probed = EnumSet.noneOf(Operation.class);
      probes.forEach(p -> probed.addAll(p.operations()));

      long began = System.nanoTime();
      int cells = 0;
      int allowed = 0;
      int refused = 0;
      Map<ActorKind, int[]> byKind = new TreeMap<>();
      Map<String, int[]> grantCells = new TreeMap<>();
      List<String> mismatches = new ArrayList<>();
      for (Probe probe : probes) {
        for (Who who : actors) {
          for (Tenant target : List.of(a, b)) {
            AccessTarget facts = probe.target().apply(who, target);
            Operation refusedAt = firstRefused(who, probe.operations(), facts);
            boolean expected = refusedAt == null;
            int refusalsBefore = refusals(audit);
            Object outcome;
            try {
              outcome =
                  probe
                      .call()
                      .apply(
                          new Context(
                              dialog,
                              dialog.as(who.actor()),
                              who,
                              target,
                              counter.incrementAndGet()));
            } catch (BorgerdialogException e) {
              outcome = e;
            }
            cells++;
            boolean wasRefused = outcome instanceof AccessDeniedException;
            int newRefusals = refusals(audit) - refusalsBefore;
            String cell =
                probe.name()
                    + " as "
                    + who.label()
                    + " on "
                    + (target == a ? "own" : "another municipality's")
                    + " data";
            if (wasRefused == expected) {
              mismatches.add(
                  cell + ": expected " + (expected ? "allowed" : "refused") + ", got " + outcome);
            }
            byKind.computeIfAbsent(who.actor().kind(), k -> new int[2])[wasRefused ? 1 : 0]++;
            if (usesGrant(who, probe.operations())) {
              grantCells
                  .computeIfAbsent(who.label().replaceAll("/.*", ""), k -> new int[2])[
                  wasRefused ? 1 : 0]++;
            }
            if (wasRefused) {
              refused++;
              assertThat(newRefusals).as("audited refusal of %s", cell).isEqualTo(1);
              assertThat(lastAuditedOperation(audit))
                  .as("operation audited for %s", cell)
                  .isEqualTo(refusedAt == null ? null : refusedAt.name());
            } else {
              allowed++;
              assertThat(newRefusals).as("no refusal audited for %s", cell).isZero();
            }
          }
        }
      }
      assertThat(mismatches).isEmpty();
      long walked = Duration.ofNanos(System.nanoTime() - began).toSeconds();

      // the policy for every operation of the enum, also those the SDK does not offer yet
      JooqPersistence store = JooqPersistence.create(database.dataSource());
      AccessControl access =
          new AccessControl(
              POLICY,
              store.staffMembers(),
              store.relativeGrants(),
              store.auditLog(),
              store.transactions(),
              clock);
      int coreCells = 0;
      for (Operation operation : Operation.values()) {
        for (Who who : actors) {
          for (Tenant target : List.of(a, b)) {
            AccessTarget facts = AccessTarget.of(target.citizen(), target.seed().unit());
            boolean expected = firstRefused(who, List.of(operation), facts) == null;
            int refusalsBefore = refusals(audit);
            boolean granted;
            try {
              access.authorize(who.actor(), operation, facts, null);
              granted = true;
            } catch (AccessDeniedException e) {
              granted = false;
            }
            coreCells++;
            assertThat(granted)
                .as("%s as %s on %s", operation, who.label(), target.seed().municipality().name())
                .isEqualTo(expected);
            assertThat(refusals(audit) - refusalsBefore).isEqualTo(granted ? 0 : 1);
          }
        }
      }
      Set<Operation> unprobed = EnumSet.allOf(Operation.class);
      unprobed.removeAll(probed);
      StringBuilder kinds = new StringBuilder();
      byKind.forEach(
          (kind, n) ->
              kinds.append(
                  String.format(
                      "%s%s %d allowed/%d refused",
                      kinds.length() == 0 ? "" : ", ", kind, n[0], n[1])));
      StringBuilder grants = new StringBuilder();
      grantCells.forEach(
          (label, n) ->
              grants.append(
                  String.format(
                      "%s%s %d allowed/%d refused",
                      grants.length() == 0 ? "" : ", ", label, n[0], n[1])));
      Figures.record(
          "access",
          "%d SDK cells (%d probes over %d operations x %d actors: citizen, staff and relatives"
              + " at every NSIS level, the host; each on own and another municipality's data) in"
              + " %d s: %d allowed, %d refused, 0 mismatches, every refusal audited with its"
              + " operation; by kind: %s; cells of a relative under a rule with a grant"
              + " condition: %s; %d AccessControl cells over all %d operations; operations"
              + " without an SDK probe: %s",
          cells,
          probes.size(),
          probed.size(),
          actors.size(),
          walked,
          allowed,
          refused,
          kinds,
          grants,
          coreCells,
          Operation.values().length,
          unprobed);
    }
  }

  /**
   * The first of the operations the policy refuses to the actor on the data, or null if it allows
   * them all: the rule of the actor's kind, its minimum level, and its condition as the test knows
   * the facts.
   */
  static @Nullable Operation firstRefused(
      Who who, List<Operation> operations, AccessTarget target) {
    for (Operation operation : operations) {
      if (!allowed(who, operation, target)) {
        return operation;
      }
    }
    return null;
  }

  static boolean allowed(Who who, Operation operation, AccessTarget target) {
    Actor actor = who.actor();
    AccessRule rule = POLICY.ruleFor(actor.kind(), operation).orElse(null);
    if (rule == null || !actor.level().meets(rule.minimumLevel())) {
      return false;
    }
    boolean ownUnit = who.unit() != null && target.units().contains(who.unit());
    return switch (rule.condition()) {
      case NONE -> true;
      case OWN_DATA -> actor instanceof Actor.Citizen c && c.id().equals(target.citizen());
      case OWN_UNIT -> ownUnit;
      case OWN_UNIT_OR_ADDRESSED ->
          ownUnit || (actor instanceof Actor.Staff s && s.id().equals(target.addressee()));
      case ACTIVE_GRANT ->
          actor instanceof Actor.Relative r
              && r.forCitizen().equals(target.citizen())
              && who.scopes().contains(rule.scope());
    };
  }

  /** Whether a cell is decided by a relative's grant. */
  static boolean usesGrant(Who who, List<Operation> operations) {
    return who.actor() instanceof Actor.Relative
        && operations.stream()
            .map(o -> POLICY.ruleFor(ActorKind.RELATIVE, o))
            .anyMatch(r -> r.isPresent() && r.get().scope() != null);
  }

  /**
   * The actors of tenant A: its citizen, its caseworker and relatives of its citizen at every
   * level, and the host. The relatives hold a grant with every scope; a grant with every scope that
   * has expired; one that was revoked; and no grant.
   */
  static List<Who> actors(Borgerdialog dialog, Tenant a, SettableClock clock) {
    Session citizen = dialog.as(Actor.citizen(a.citizen(), AssuranceLevel.SUBSTANTIAL));
    RelativeGrant expiring =
        citizen
            .relatives()
            .grant(
                GrantAccessCommand.consent(
                    a.citizen(),
                    ExternalRef.of("mitid", "R-expired"),
                    "Bo Holm",
                    "søn",
                    EnumSet.allOf(Scope.class),
                    clock.instant().plus(Duration.ofMinutes(1))));
    RelativeGrant revoked =
        citizen
            .relatives()
            .grant(
                GrantAccessCommand.consent(
                    a.citizen(),
                    ExternalRef.of("mitid", "R-revoked"),
                    "Eva Holm",
                    "søster",
                    EnumSet.allOf(Scope.class),
                    null));
    citizen
        .relatives()
        .revoke(new RevokeGrantCommand(revoked.id(), revoked.version(), "Ikke længere"));
    clock.advance(Duration.ofMinutes(2));

    List<Who> actors = new ArrayList<>();
    for (AssuranceLevel level : AssuranceLevel.values()) {
      actors.add(new Who("citizen/" + level, Actor.citizen(a.citizen(), level), null, Set.of()));
      actors.add(
          new Who(
              "staff/" + level,
              Actor.staff(a.seed().caseworker(), level),
              a.seed().unit(),
              Set.of()));
      actors.add(
          new Who(
              "relative with every scope/" + level,
              Actor.relative(a.caps().grant().relative(), a.citizen(), level),
              null,
              EnumSet.allOf(Scope.class)));
      actors.add(
          new Who(
              "relative whose grant expired/" + level,
              Actor.relative(expiring.relative(), a.citizen(), level),
              null,
              Set.of()));
      actors.add(
          new Who(
              "relative whose grant was revoked/" + level,
              Actor.relative(revoked.relative(), a.citizen(), level),
              null,
              Set.of()));
      actors.add(
          new Who(
              "relative without a grant/" + level,
              Actor.relative(RelativeId.random(), a.citizen(), level),
              null,
              Set.of()));
    }
    // the host's system actor always acts at HIGH
    actors.add(new Who("host", Actor.system("access-matrix"), null, Set.of()));
    return actors;
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
    Capabilities caps = Capabilities.seed(dialog, seed, booked, clock);
    return new Tenant(seed, booked.citizen(), booked, item, new ReminderId(reminder), caps);
  }

  private static void planProbes(List<Probe> probes, SettableClock clock) {
    long stale = 999;
    Instant later = clock.instant().plus(Duration.ofDays(20));
    dk.borgerdialog.access.Operation op;
    op = dk.borgerdialog.access.Operation.VIEW_OVERVIEW;
    probes.add(
        probe(
            "overview",
            op,
            Targets::citizenData,
            c -> c.session().plan().overview(c.target().citizen())));
    op = dk.borgerdialog.access.Operation.VIEW_FREE_SLOTS;
    probes.add(
        probe(
            "freeSlotsFor",
            op,
            Targets::citizenData,
            c -> c.session().plan().freeSlotsFor(c.target().booked().appointment().id())));
    op = dk.borgerdialog.access.Operation.BOOK_APPOINTMENT;
    probes.add(
        probe(
            "book",
            op,
            Targets::citizenData,
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
    probes.add(
        probe(
            "bookAll",
            op,
            Targets::citizenData,
            c ->
                c.session()
                    .plan()
                    .bookAll(
                        List.of(
                            BookAppointmentCommand.at(
                                c.target().booked().course().id(),
                                Seed.CONVERSATION,
                                later.plus(Duration.ofDays(1).plusMinutes(c.n())),
                                later.plus(Duration.ofDays(1).plusMinutes(c.n() + 30)),
                                AppointmentMode.phone(),
                                List.of())))));
    op = dk.borgerdialog.access.Operation.MOVE_APPOINTMENT;
    probes.add(
        probe(
            "move",
            op,
            Targets::citizenData,
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
        probe(
            "cancel",
            op,
            Targets::citizenData,
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
        probe(
            "markAttended",
            op,
            Targets::citizenData,
            c -> c.session().plan().markAttended(c.target().booked().appointment().id(), stale)));
    probes.add(
        probe(
            "markNoShow",
            op,
            Targets::citizenData,
            c -> c.session().plan().markNoShow(c.target().booked().appointment().id(), stale)));
    op = dk.borgerdialog.access.Operation.WRITE_PLAN_ITEM;
    probes.add(
        probe(
            "writePlanItem",
            op,
            Targets::citizenData,
            c ->
                c.session()
                    .plan()
                    .writePlanItem(
                        new WritePlanItemCommand(
                            c.target().booked().course().id(), PlanItemKind.TASK, "Opgave"))));
    probes.add(
        probe(
            "revisePlanItem",
            op,
            Targets::citizenData,
            c -> c.session().plan().revisePlanItem(c.target().item().id(), stale, "Nyt mål")));
    op = dk.borgerdialog.access.Operation.STATE_PREFERENCE;
    probes.add(
        probe(
            "statePreference",
            op,
            Targets::citizenData,
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
        probe(
            "publishFreeSlot",
            op,
            Targets::unit,
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
        probe(
            "openFreeSlots",
            op,
            Targets::unit,
            c ->
                c.session().plan().openFreeSlots(c.target().seed().unit(), Seed.CONVERSATION, 10)));
    op = dk.borgerdialog.access.Operation.MANAGE_COURSE;
    probes.add(
        probe(
            "openCourse",
            op,
            Targets::citizenData,
            c ->
                c.session()
                    .plan()
                    .openCourse(
                        c.target().citizen(),
                        c.target().seed().unit(),
                        c.target().seed().template())));
    probes.add(
        probe(
            "changeCourseState",
            op,
            Targets::citizenData,
            c ->
                c.session()
                    .plan()
                    .changeCourseState(
                        c.target().booked().course().id(), stale, CourseState.PAUSED)));
    op = dk.borgerdialog.access.Operation.MANAGE_CONTACT_PREFERENCES;
    probes.add(
        probe(
            "contactPreferences",
            op,
            Targets::citizenData,
            c -> c.session().reminders().contactPreferences(c.target().citizen())));
    probes.add(
        probe(
            "saveContactPreferences",
            op,
            Targets::citizenData,
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
        probe(
            "reminderPolicy",
            op,
            Targets::unit,
            c -> c.session().reminders().reminderPolicy(c.target().seed().unit())));
    probes.add(
        probe(
            "setReminderPolicy",
            op,
            Targets::unit,
            c -> {
              c.session()
                  .reminders()
                  .setReminderPolicy(c.target().seed().unit(), ReminderPolicy.DEFAULT);
              return "set";
            }));
    op = dk.borgerdialog.access.Operation.READ_NOTIFICATIONS;
    probes.add(
        probe(
            "notifications",
            op,
            Targets::citizenData,
            c -> c.session().reminders().notifications(c.target().citizen())));
    probes.add(
        probe(
            "unreadNotifications",
            op,
            Targets::citizenData,
            c -> c.session().reminders().unreadNotifications(c.target().citizen())));
    probes.add(
        probe(
            "markNotificationRead",
            op,
            Targets::citizenData,
            c ->
                c.session()
                    .reminders()
                    .markNotificationRead(c.target().citizen(), UUID.randomUUID())));
    op = dk.borgerdialog.access.Operation.VIEW_DELIVERY_LOG;
    probes.add(
        probe(
            "undelivered",
            op,
            Targets::unit,
            c -> c.session().reminders().undelivered(c.target().seed().unit())));
    probes.add(
        probe(
            "deliveryLog",
            op,
            Targets::citizenData,
            c -> c.session().reminders().deliveryLog(c.target().reminder())));
    probes.add(
        probe(
            "remindersOf",
            op,
            Targets::citizenData,
            c -> c.session().reminders().remindersOf(c.target().booked().appointment().id())));
    probes.add(
        probe(
            "relativeDeliveryLog",
            op,
            Targets::citizenData,
            c -> c.session().reminders().relativeDeliveryLog(c.target().reminder())));
    op = dk.borgerdialog.access.Operation.VIEW_INSIGHTS;
    probes.add(
        probe(
            "unmarkedAppointments",
            op,
            Targets::unit,
            c -> c.session().insights().unmarkedAppointments(c.target().seed().unit())));
    probes.add(
        probe(
            "insights",
            op,
            Targets::unit,
            c ->
                c.session()
                    .insights()
                    .insights(
                        c.target().seed().unit(),
                        clock.instant().minus(Duration.ofDays(30)),
                        clock.instant())));
    op = dk.borgerdialog.access.Operation.ADMINISTER;
    probes.add(
        probe(
            "createCentre",
            op,
            Targets::organisation,
            c ->
                c.session()
                    .setup()
                    .createCentre(c.target().seed().municipality().id(), "Center " + c.n())));
    probes.add(
        probe(
            "findCitizen",
            op,
            Targets::organisation,
            c ->
                c.session()
                    .setup()
                    .findCitizen(
                        c.target().seed().municipality().id(),
                        dk.borgerdialog.common.ExternalRef.of("sensum", "x"))));
  }

  private static void capabilityProbes(List<Probe> probes, SettableClock clock) {
    long stale = 999;
    Instant from = clock.instant().minus(Duration.ofHours(12));
    Instant later = clock.instant().plus(Duration.ofDays(20));
    // Mine kontakter
    probes.add(
        probe(
            "contacts",
            Operation.VIEW_CONTACTS,
            Targets::citizenData,
            c -> c.session().contacts().contacts(c.target().citizen())));
    probes.add(
        probe(
            "careTeam",
            Operation.VIEW_CONTACTS,
            Targets::citizenData,
            c -> c.session().contacts().careTeam(c.target().booked().course().id())));
    probes.add(
        probe(
            "join",
            Operation.MANAGE_CARE_TEAM,
            Targets::citizenData,
            c ->
                c.session()
                    .contacts()
                    .join(
                        JoinCareTeamCommand.unitInbox(
                            c.target().booked().course().id(),
                            new StaffRole("team_" + c.n()),
                            CareTeamMember.Reachability.writtenWithin(Duration.ofDays(3))))));
    probes.add(
        probe(
            "leave",
            Operation.MANAGE_CARE_TEAM,
            Targets::citizenData,
            c -> c.session().contacts().leave(c.target().caps().member().id(), stale)));
    probes.add(
        probe(
            "replace",
            Operation.MANAGE_CARE_TEAM,
            Targets::citizenData,
            c -> c.session().contacts().replace(c.target().caps().member().id(), stale, null)));
    probes.add(
        probe(
            "startThread",
            Operation.WRITE_MESSAGE,
            Targets::citizenData,
            c ->
                c.session()
                    .contacts()
                    .startThread(
                        StartThreadCommand.toInbox(
                            c.target().citizen(),
                            c.target().seed().unit(),
                            "Spørgsmål " + c.n(),
                            Capabilities.body("Må jeg tage min søster med?")))));
    probes.add(
        probe(
            "write",
            Operation.WRITE_MESSAGE,
            Targets::contactThread,
            c ->
                c.session()
                    .contacts()
                    .write(c.target().caps().thread(), Capabilities.body("Tak for svaret."))));
    probes.add(
        probe(
            "withdraw",
            Operation.WRITE_MESSAGE,
            Targets::contactThread,
            c -> c.session().contacts().withdraw(c.target().caps().message())));
    probes.add(
        probe(
            "thread",
            Operation.READ_MESSAGES,
            Targets::contactThread,
            c -> c.session().contacts().thread(c.target().caps().thread())));
    probes.add(
        probe(
            "messages",
            Operation.READ_MESSAGES,
            Targets::contactThread,
            c -> c.session().contacts().messages(c.target().caps().thread(), null, 10)));
    probes.add(
        probe(
            "attachment",
            Operation.READ_MESSAGES,
            Targets::contactThread,
            c ->
                c.session()
                    .contacts()
                    .attachment(c.target().caps().thread(), c.target().caps().attachment())));
    probes.add(
        probe(
            "threads",
            Operation.READ_MESSAGES,
            Targets::citizenOnly,
            c -> c.session().contacts().threads(c.target().citizen(), null, 10)));
    probes.add(
        probe(
            "threadsOf",
            Operation.READ_MESSAGES,
            Targets::caseworker,
            c -> c.session().contacts().threadsOf(c.target().seed().caseworker(), null, 10)));
    probes.add(
        probe(
            "unread",
            Operation.READ_MESSAGES,
            Targets::ownUnread,
            c -> c.session().contacts().unread()));
    probes.add(
        probe(
            "setAutoReply",
            Operation.MANAGE_AUTO_REPLY,
            Targets::caseworker,
            c -> {
              c.session()
                  .contacts()
                  .setAutoReply(
                      new AutoReply(
                          c.target().seed().caseworker(),
                          "Jeg er på kursus og svarer i morgen.",
                          null,
                          later));
              return "set";
            }));
    probes.add(
        probe(
            "autoReply",
            Operation.MANAGE_AUTO_REPLY,
            Targets::caseworker,
            c -> c.session().contacts().autoReply(c.target().seed().caseworker())));
    probes.add(
        probe(
            "clearAutoReply",
            Operation.MANAGE_AUTO_REPLY,
            Targets::caseworker,
            c -> {
              c.session().contacts().clearAutoReply(c.target().seed().caseworker());
              return "cleared";
            }));
    // the unit inbox
    probes.add(
        probe(
            "inbox",
            Operation.READ_MESSAGES,
            Targets::unit,
            c -> c.session().inbox().inbox(c.target().seed().unit(), null, 10)));
    probes.add(
        probe(
            "inboxUnread",
            Operation.READ_MESSAGES,
            Targets::unit,
            c -> c.session().inbox().unread(c.target().seed().unit())));
    probes.add(
        probe(
            "assign",
            Operation.MANAGE_THREAD,
            Targets::citizenData,
            c -> c.session().inbox().assign(c.target().caps().inboxThread(), null)));
    probes.add(
        probe(
            "close",
            Operation.MANAGE_THREAD,
            Targets::citizenData,
            c -> c.session().inbox().close(c.target().caps().inboxThread())));
    probes.add(
        probe(
            "setExpectedReply",
            Operation.MANAGE_CARE_TEAM,
            Targets::unit,
            c -> {
              c.session().inbox().setExpectedReply(c.target().seed().unit(), Duration.ofDays(2));
              return "set";
            }));
    probes.add(
        probe(
            "responseTimes",
            Operation.VIEW_INSIGHTS,
            Targets::unit,
            c ->
                c.session()
                    .inbox()
                    .responseTimes(c.target().seed().unit(), from, clock.instant())));
    // material
    probes.add(
        probe(
            "attach",
            Operation.MANAGE_MATERIAL,
            Targets::citizenData,
            c ->
                c.session()
                    .material()
                    .attach(
                        AttachMaterialCommand.text(
                            MaterialAttachment.course(c.target().booked().course().id()),
                            ReleaseRule.byHand(),
                            MaterialVariant.text(
                                Language.DA, "Efter samtalen", "Tak for i dag.")))));
    probes.add(
        probe(
            "release",
            Operation.MANAGE_MATERIAL,
            Targets::citizenData,
            c ->
                c.session()
                    .material()
                    .release(c.target().booked().course().id(), c.target().caps().item())));
    probes.add(
        probe(
            "released",
            Operation.VIEW_MATERIAL,
            Targets::citizenData,
            c -> c.session().material().released(c.target().booked().course().id())));
    probes.add(
        probe(
            "releasedTo",
            Operation.VIEW_MATERIAL,
            Targets::citizenData,
            c -> c.session().material().releasedTo(c.target().citizen())));
    probes.add(
        probe(
            "open",
            Operation.VIEW_MATERIAL,
            Targets::citizenData,
            c ->
                c.session()
                    .material()
                    .open(c.target().booked().course().id(), c.target().caps().item())));
    probes.add(
        probe(
            "markUnderstood",
            Operation.MARK_MATERIAL_UNDERSTOOD,
            Targets::citizenData,
            c ->
                c.session()
                    .material()
                    .markUnderstood(c.target().booked().course().id(), c.target().caps().item())));
    probes.add(
        probe(
            "progress",
            Operation.VIEW_MATERIAL_PROGRESS,
            Targets::citizenData,
            c -> c.session().material().progress(c.target().booked().course().id())));
    probes.add(
        new Probe(
            "ask",
            List.of(Operation.VIEW_MATERIAL, Operation.WRITE_MESSAGE),
            Targets::citizenData,
            c ->
                c.session()
                    .material()
                    .ask(
                        c.target().booked().course().id(),
                        c.target().caps().item(),
                        Capabilities.body("Hvad skal jeg tage med?"))));
    // Mit netværk
    probes.add(
        probe(
            "defineInterest",
            Operation.ADMINISTER,
            Targets::organisation,
            c -> {
              c.session()
                  .network()
                  .defineInterest(
                      c.target().seed().municipality().id(),
                      new Interest("i" + c.n(), "Interesse " + c.n(), "Interest " + c.n()));
              return "defined";
            }));
    probes.add(
        probe(
            "registerOrganiser",
            Operation.MANAGE_ACTIVITIES,
            Targets::unit,
            c ->
                c.session()
                    .network()
                    .registerOrganiser(
                        c.target().seed().unit(),
                        OrganiserKind.ASSOCIATION,
                        "Forening " + c.n(),
                        null,
                        null)));
    probes.add(
        probe(
            "organisersOf",
            Operation.MANAGE_ACTIVITIES,
            Targets::unit,
            c -> c.session().network().organisersOf(c.target().seed().unit())));
    probes.add(
        probe(
            "activitiesOf",
            Operation.MANAGE_ACTIVITIES,
            Targets::unit,
            c -> c.session().network().activitiesOf(c.target().seed().unit())));
    probes.add(
        probe(
            "publish",
            Operation.MANAGE_ACTIVITIES,
            Targets::unit,
            c ->
                c.session()
                    .network()
                    .publish(
                        Capabilities.activity(
                            c.target().caps().organiser(),
                            "Aktivitet " + c.n(),
                            java.time.LocalDateTime.ofInstant(later, Capabilities.CPH),
                            10))));
    probes.add(
        probe(
            "signupsOf",
            Operation.MANAGE_ACTIVITIES,
            Targets::unit,
            c -> c.session().network().signupsOf(c.target().caps().activity())));
    probes.add(
        probe(
            "search",
            Operation.SEARCH_ACTIVITIES,
            Targets::citizenOnly,
            c -> c.session().network().search(c.target().citizen(), ActivityQuery.upcoming())));
    probes.add(
        probe(
            "matchingInterests",
            Operation.SEARCH_ACTIVITIES,
            Targets::citizenOnly,
            c -> c.session().network().matchingInterests(c.target().citizen(), null)));
    probes.add(
        probe(
            "stateInterests",
            Operation.STATE_INTERESTS,
            Targets::citizenOnly,
            c -> {
              c.session()
                  .network()
                  .stateInterests(c.target().citizen(), Set.of(c.target().caps().interest()));
              return "stated";
            }));
    probes.add(
        probe(
            "interests",
            Operation.SEARCH_ACTIVITIES,
            Targets::citizenOnly,
            c -> c.session().network().interests(c.target().citizen())));
    probes.add(
        probe(
            "suggestions",
            Operation.SEARCH_ACTIVITIES,
            Targets::citizenOnly,
            c -> c.session().network().suggestions(c.target().citizen())));
    probes.add(
        probe(
            "suggest",
            Operation.SUGGEST_ACTIVITY,
            Targets::citizenData,
            c ->
                c.session().network().suggest(c.target().citizen(), c.target().caps().activity())));
    probes.add(
        probe(
            "signUp",
            Operation.SIGN_UP_FOR_ACTIVITY,
            Targets::citizenOnly,
            c ->
                c.session()
                    .network()
                    .signUp(
                        c.target().citizen(),
                        c.target().caps().activity(),
                        c.target().caps().occurrence().plus(Duration.ofDays(7L * (c.n() % 50))))));
    probes.add(
        probe(
            "signUpForSeries",
            Operation.SIGN_UP_FOR_ACTIVITY,
            Targets::citizenOnly,
            c ->
                c.session()
                    .network()
                    .signUpForSeries(c.target().citizen(), c.target().caps().activity())));
    probes.add(
        probe(
            "leaveActivity",
            Operation.SIGN_UP_FOR_ACTIVITY,
            Targets::citizenOnly,
            c -> c.session().network().leave(c.target().caps().signup())));
    probes.add(
        probe(
            "signupsFor",
            Operation.SIGN_UP_FOR_ACTIVITY,
            Targets::citizenOnly,
            c -> c.session().network().signupsFor(c.target().citizen())));
    // calendar
    probes.add(
        probe(
            "appointmentIcs",
            Operation.EXPORT_CALENDAR,
            Targets::citizenData,
            c -> c.session().calendar().appointment(c.target().booked().appointment().id())));
    probes.add(
        probe(
            "occurrenceIcs",
            Operation.EXPORT_CALENDAR,
            Targets::citizenOnly,
            c ->
                c.session()
                    .calendar()
                    .occurrence(
                        c.target().citizen(),
                        c.target().caps().activity(),
                        c.target().caps().occurrence())));
    probes.add(
        probe(
            "issueFeed",
            Operation.EXPORT_CALENDAR,
            Targets::citizenOnly,
            c -> c.session().calendar().issueFeed(c.target().citizen())));
    probes.add(
        probe(
            "revokeFeed",
            Operation.EXPORT_CALENDAR,
            Targets::citizenOnly,
            c -> c.session().calendar().revokeFeed(c.target().citizen())));
    probes.add(
        probe(
            "feed",
            Operation.READ_CALENDAR_FEED,
            Targets::citizenOnly,
            c -> {
              // a token of the citizen's, issued by the host for this call
              String token =
                  c.dialog()
                      .as(Actor.system("feed-issuer"))
                      .calendar()
                      .issueFeed(c.target().citizen())
                      .value();
              return c.session().calendar().feed(token);
            }));
    // relatives
    probes.add(
        probe(
            "grant",
            Operation.GRANT_ACCESS,
            Targets::citizenData,
            c ->
                c.session()
                    .relatives()
                    .grant(
                        GrantAccessCommand.consent(
                            c.target().citizen(),
                            ExternalRef.of("mitid", "R-" + c.n()),
                            "Ole Holm",
                            "bror",
                            Set.of(Scope.READ_PLAN),
                            later))));
    probes.add(
        probe(
            "registerProxy",
            Operation.REGISTER_PROXY,
            Targets::citizenData,
            c ->
                c.session()
                    .relatives()
                    .grant(
                        new GrantAccessCommand(
                            c.target().citizen(),
                            ExternalRef.of("mitid", "P-" + c.n()),
                            "Ida Holm",
                            "værge",
                            Set.of(Scope.READ_PLAN),
                            LegalBasis.powerOfAttorney("FM-" + c.n()),
                            null))));
    probes.add(
        probe(
            "revoke",
            Operation.REVOKE_GRANT,
            Targets::citizenData,
            c ->
                c.session()
                    .relatives()
                    .revoke(
                        new RevokeGrantCommand(c.target().caps().grant().id(), stale, "Forkert"))));
    probes.add(
        probe(
            "grantsOf",
            Operation.VIEW_GRANTS,
            Targets::citizenData,
            c -> c.session().relatives().grantsOf(c.target().citizen())));
    probes.add(
        probe(
            "myGrants",
            Operation.VIEW_MY_GRANTS,
            Targets::organisation,
            c -> c.session().relatives().myGrants()));
    probes.add(
        probe(
            "changeMyContact",
            Operation.MANAGE_OWN_CONTACT,
            Targets::organisation,
            c ->
                c.session()
                    .relatives()
                    .changeMyContact(Language.DA, List.of(ChannelKind.IN_APP), null, null)));
    probes.add(
        probe(
            "findRelative",
            Operation.ADMINISTER,
            Targets::organisation,
            c -> c.session().relatives().findRelative(ExternalRef.of("mitid", "R-expired"))));
    // audit and GDPR
    probes.add(
        probe(
            "accessLog",
            Operation.VIEW_ACCESS_LOG,
            Targets::citizenOnly,
            c -> c.session().audit().accessLog(c.target().citizen(), 0)));
    probes.add(
        probe(
            "verifyTrail",
            Operation.VERIFY_AUDIT_TRAIL,
            Targets::organisation,
            c -> c.session().audit().verifyTrail()));
    probes.add(
        probe(
            "export",
            Operation.EXPORT_PERSONAL_DATA,
            Targets::citizenData,
            c -> c.session().personalData().export(c.target().citizen())));
    probes.add(
        probe(
            "exportJson",
            Operation.EXPORT_PERSONAL_DATA,
            Targets::citizenData,
            c -> c.session().personalData().exportJson(c.target().citizen())));
    // the citizen's course is open, so an allowed erasure is refused by the domain and keeps data
    probes.add(
        probe(
            "erase",
            Operation.ERASE_PERSONAL_DATA,
            Targets::citizenData,
            c -> c.session().personalData().erase(c.target().citizen())));
  }

  static int refusals(Connection connection) throws SQLException {
    try (PreparedStatement statement =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM borgerdialog.audit_record WHERE allowed = FALSE");
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getInt(1);
    }
  }

  static @Nullable String lastAuditedOperation(Connection connection) throws SQLException {
    try (PreparedStatement statement =
            connection.prepareStatement(
                "SELECT operation FROM borgerdialog.audit_record ORDER BY seq DESC LIMIT 1");
        ResultSet rows = statement.executeQuery()) {
      return rows.next() ? rows.getString(1) : null;
    }
  }
}
