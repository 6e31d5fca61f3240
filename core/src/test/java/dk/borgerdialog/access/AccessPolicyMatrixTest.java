package dk.borgerdialog.access;

import static dk.borgerdialog.access.ActorKind.CITIZEN;
import static dk.borgerdialog.access.ActorKind.RELATIVE;
import static dk.borgerdialog.access.ActorKind.STAFF;
import static dk.borgerdialog.access.ActorKind.SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.organisation.model.UnitRole;
import dk.borgerdialog.relative.model.LegalBasis;
import dk.borgerdialog.relative.model.RelativeGrant;
import dk.borgerdialog.relative.model.RelativeGrantId;
import dk.borgerdialog.relative.model.RelativeId;
import dk.borgerdialog.relative.model.Scope;
import dk.borgerdialog.testfixtures.DirectTransactions;
import dk.borgerdialog.testfixtures.InMemoryAuditLog;
import dk.borgerdialog.testfixtures.InMemoryRelativeGrants;
import dk.borgerdialog.testfixtures.InMemoryStaffMembers;
import dk.borgerdialog.testfixtures.OrganisationFixture;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation × every actor kind × every assurance level against a table written out here, so
 * that a new {@link Operation}, or a changed cell of {@link AccessPolicy#standard()}, fails until
 * someone decides what it should be.
 */
class AccessPolicyMatrixTest {

  /** One cell of the expected table: who may, from which level, on which condition. */
  private record Cell(
      @Nullable AssuranceLevel minimum, @Nullable Condition condition, @Nullable Scope scope) {
    static final Cell REFUSED = new Cell(null, null, null);

    Cell(@Nullable AssuranceLevel minimum, @Nullable Condition condition) {
      this(minimum, condition, null);
    }

    boolean allows(AssuranceLevel level) {
      return minimum != null && level.meets(minimum);
    }
  }

  private static Cell own() {
    return new Cell(AssuranceLevel.SUBSTANTIAL, Condition.OWN_DATA);
  }

  private static Cell unit() {
    return new Cell(AssuranceLevel.SUBSTANTIAL, Condition.OWN_UNIT);
  }

  private static Cell unitOrAddressed() {
    return new Cell(AssuranceLevel.SUBSTANTIAL, Condition.OWN_UNIT_OR_ADDRESSED);
  }

  private static Cell host() {
    return new Cell(AssuranceLevel.HIGH, Condition.NONE);
  }

  private static Cell grant(Scope scope) {
    return new Cell(AssuranceLevel.SUBSTANTIAL, Condition.ACTIVE_GRANT, scope);
  }

  private static Cell self() {
    return new Cell(AssuranceLevel.SUBSTANTIAL, Condition.NONE);
  }

  private static final Cell NO = Cell.REFUSED;

  private static final Map<Operation, Map<ActorKind, Cell>> EXPECTED =
      new EnumMap<>(Operation.class);

  private static void expect(
      Operation operation, Cell citizen, Cell staff, Cell system, Cell relative) {
    Map<ActorKind, Cell> row = new EnumMap<>(ActorKind.class);
    row.put(CITIZEN, citizen);
    row.put(STAFF, staff);
    row.put(SYSTEM, system);
    row.put(RELATIVE, relative);
    EXPECTED.put(operation, row);
  }

  static {
    //     operation                      citizen  staff   system  relative
    expect(Operation.VIEW_OVERVIEW, own(), unit(), host(), grant(Scope.READ_PLAN));
    expect(Operation.VIEW_FREE_SLOTS, own(), unit(), host(), grant(Scope.MANAGE_APPOINTMENTS));
    expect(Operation.BOOK_APPOINTMENT, NO, unit(), host(), NO);
    expect(Operation.MOVE_APPOINTMENT, own(), unit(), host(), grant(Scope.MANAGE_APPOINTMENTS));
    expect(Operation.CANCEL_APPOINTMENT, own(), unit(), host(), grant(Scope.MANAGE_APPOINTMENTS));
    expect(Operation.RECORD_ATTENDANCE, NO, unit(), host(), NO);
    expect(Operation.WRITE_PLAN_ITEM, NO, unit(), NO, NO);
    expect(Operation.STATE_PREFERENCE, own(), NO, NO, NO);
    expect(Operation.MANAGE_FREE_SLOTS, NO, unit(), host(), NO);
    expect(Operation.MANAGE_COURSE, NO, unit(), host(), NO);
    expect(Operation.MANAGE_CONTACT_PREFERENCES, own(), NO, host(), NO);
    expect(Operation.MANAGE_REMINDER_POLICY, NO, unit(), host(), NO);
    expect(Operation.READ_NOTIFICATIONS, own(), NO, host(), NO);
    expect(Operation.VIEW_DELIVERY_LOG, NO, unit(), host(), NO);
    expect(Operation.VIEW_INSIGHTS, NO, unit(), host(), NO);
    expect(Operation.ADMINISTER, NO, NO, host(), NO);
    expect(Operation.GRANT_ACCESS, own(), NO, NO, NO);
    expect(Operation.REGISTER_PROXY, NO, unit(), host(), NO);
    expect(Operation.REVOKE_GRANT, own(), unit(), host(), NO);
    expect(Operation.VIEW_GRANTS, own(), unit(), host(), NO);
    expect(Operation.VIEW_MY_GRANTS, NO, NO, NO, self());
    expect(Operation.MANAGE_OWN_CONTACT, NO, NO, NO, self());
    expect(Operation.VIEW_ACCESS_LOG, own(), NO, host(), NO);
    expect(Operation.VERIFY_AUDIT_TRAIL, NO, NO, host(), NO);
    expect(Operation.EXPORT_PERSONAL_DATA, own(), NO, host(), NO);
    expect(Operation.ERASE_PERSONAL_DATA, NO, NO, host(), NO);
    expect(Operation.VIEW_MATERIAL, own(), unit(), host(), grant(Scope.READ_MATERIAL));
    expect(Operation.MARK_MATERIAL_UNDERSTOOD, own(), NO, NO, NO);
    expect(Operation.MANAGE_MATERIAL, NO, unit(), host(), NO);
    expect(Operation.VIEW_MATERIAL_PROGRESS, NO, unit(), host(), NO);
    expect(Operation.MANAGE_ACTIVITIES, NO, unit(), host(), NO);
    expect(Operation.SEARCH_ACTIVITIES, own(), NO, host(), NO);
    expect(Operation.SIGN_UP_FOR_ACTIVITY, own(), NO, host(), NO);
    expect(Operation.SUGGEST_ACTIVITY, NO, unit(), NO, NO);
    expect(Operation.STATE_INTERESTS, own(), NO, NO, NO);
    expect(Operation.EXPORT_CALENDAR, own(), NO, host(), NO);
    expect(Operation.READ_CALENDAR_FEED, NO, NO, host(), NO);
    expect(Operation.VIEW_CONTACTS, own(), unit(), host(), grant(Scope.READ_MESSAGES));
    expect(Operation.MANAGE_CARE_TEAM, NO, unit(), host(), NO);
    expect(Operation.READ_MESSAGES, own(), unitOrAddressed(), host(), grant(Scope.READ_MESSAGES));
    expect(Operation.WRITE_MESSAGE, own(), unitOrAddressed(), NO, grant(Scope.WRITE_MESSAGES));
    expect(Operation.MANAGE_THREAD, NO, unitOrAddressed(), host(), NO);
    expect(Operation.MANAGE_AUTO_REPLY, NO, unitOrAddressed(), host(), NO);
    expect(Operation.PURGE_EXPIRED_DATA, NO, NO, host(), NO);
  }

  static Stream<Arguments> everyCell() {
    List<Arguments> cells = new ArrayList<>();
    for (Operation operation : Operation.values()) {
      for (ActorKind kind : ActorKind.values()) {
        for (AssuranceLevel level : AssuranceLevel.values()) {
          cells.add(Arguments.of(operation, kind, level));
        }
      }
    }
    return cells.stream();
  }

  private static Cell expected(Operation operation, ActorKind kind) {
    Map<ActorKind, Cell> row = EXPECTED.get(operation);
    if (row == null || !row.containsKey(kind)) {
      fail("No expectation for " + operation + " × " + kind + ": add it to EXPECTED");
    }
    return row.get(kind);
  }

  @ParameterizedTest(name = "{0} by {1} at {2}")
  @MethodSource("everyCell")
  void policy_decidesEveryCellAsTheTableSays(
      Operation operation, ActorKind kind, AssuranceLevel level) {
    Cell cell = expected(operation, kind);

    var rule = AccessPolicy.standard().ruleFor(kind, operation);

    assertThat(rule.map(AccessRule::minimumLevel).orElse(null)).isEqualTo(cell.minimum());
    assertThat(rule.map(AccessRule::condition).orElse(null)).isEqualTo(cell.condition());
    assertThat(rule.map(AccessRule::scope).orElse(null)).isEqualTo(cell.scope());
    assertThat(rule.isPresent() && level.meets(rule.get().minimumLevel()))
        .as("allowed")
        .isEqualTo(cell.allows(level));
  }

  @ParameterizedTest(name = "{0} by {1} at {2}")
  @MethodSource("everyCell")
  void accessControl_grantsExactlyTheAllowedCells_onTheActorsOwnData(
      Operation operation, ActorKind kind, AssuranceLevel level) {
    Cell cell = expected(operation, kind);
    World world = new World().withGrant(EnumSet.allOf(Scope.class));
    Actor actor = world.actor(kind, level);
    boolean allowed = kind == SYSTEM ? cell.allows(AssuranceLevel.HIGH) : cell.allows(level);

    if (allowed) {
      world.access.authorize(actor, operation, world.ownTarget(), null).record();
      assertThat(world.audit.all())
          .singleElement()
          .extracting(AuditRecord::allowed)
          .isEqualTo(true);
    } else {
      assertThatThrownBy(() -> world.access.authorize(actor, operation, world.ownTarget(), null))
          .isInstanceOf(AccessDeniedException.class)
          .hasMessageStartingWith(operation + " refused: ");
      assertThat(world.audit.refusals(10))
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.operation()).isEqualTo(operation);
                assertThat(r.actorKind()).isEqualTo(kind);
                assertThat(r.level()).isEqualTo(actor.level());
                assertThat(r.reason()).isNotBlank();
              });
    }
  }

  @ParameterizedTest(name = "{0} by {1} at {2}")
  @MethodSource("everyCell")
  void accessControl_refusesEveryCell_onSomeoneElsesData(
      Operation operation, ActorKind kind, AssuranceLevel level) {
    Cell cell = expected(operation, kind);
    World world = new World().withGrant(EnumSet.allOf(Scope.class));
    Actor actor = world.actor(kind, level);
    boolean unconditional = cell.condition() == Condition.NONE && cell.allows(actor.level());

    if (unconditional) {
      world.access.authorize(actor, operation, world.otherTarget(), null);
    } else {
      assertThatThrownBy(() -> world.access.authorize(actor, operation, world.otherTarget(), null))
          .isInstanceOf(AccessDeniedException.class);
      assertThat(world.audit.refusals(10)).hasSize(1);
    }
  }

  static Stream<Arguments> everyRelativeCell() {
    List<Arguments> cells = new ArrayList<>();
    for (Operation operation : Operation.values()) {
      for (Scope scope : Scope.values()) {
        for (AssuranceLevel level : AssuranceLevel.values()) {
          cells.add(Arguments.of(operation, scope, level));
        }
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} by a relative holding {1} at {2}")
  @MethodSource("everyRelativeCell")
  void accessControl_grantsARelativeExactlyTheCellsOfTheScopeItHolds(
      Operation operation, Scope scope, AssuranceLevel level) {
    Cell cell = expected(operation, RELATIVE);
    World world = new World().withGrant(Set.of(scope));
    Actor actor = world.actor(RELATIVE, level);
    boolean allowed =
        cell.allows(level) && (cell.condition() == Condition.NONE || scope.equals(cell.scope()));

    if (allowed) {
      world.access.authorize(actor, operation, world.ownTarget(), null).record();
      assertThat(world.audit.all())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.actorKind()).isEqualTo(RELATIVE);
                assertThat(r.actorId()).isEqualTo(world.relative.toString());
                assertThat(r.onBehalfOf()).isEqualTo(world.citizen);
                assertThat(r.purpose()).isEqualTo(Purpose.of(RELATIVE, operation));
              });
    } else {
      assertThatThrownBy(() -> world.access.authorize(actor, operation, world.ownTarget(), null))
          .isInstanceOf(AccessDeniedException.class);
      assertThat(world.audit.refusals(10)).hasSize(1);
    }
  }

  @Test
  void aGrant_stopsAtItsExpiryAndAtItsRevocation_atOnce() {
    World world = new World();
    Instant now = world.clock.instant();
    RelativeGrant grant =
        new RelativeGrant(
            RelativeGrantId.random(),
            world.citizen,
            world.relative,
            "søn",
            Set.of(Scope.READ_PLAN),
            LegalBasis.powerOfAttorney("FULDMAGT-2026-17"),
            now.minusSeconds(60),
            "staff",
            now.plusSeconds(3600),
            null,
            null,
            null,
            0);
    world.grants.add(grant);
    Actor anna = world.actor(RELATIVE, AssuranceLevel.SUBSTANTIAL);

    world.access.authorize(anna, Operation.VIEW_OVERVIEW, world.ownTarget(), null);
    world.clock.set(now.plusSeconds(3599));
    world.access.authorize(anna, Operation.VIEW_OVERVIEW, world.ownTarget(), null);
    world.clock.set(now.plusSeconds(3600));
    assertThatThrownBy(
            () -> world.access.authorize(anna, Operation.VIEW_OVERVIEW, world.ownTarget(), null))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("no active grant");

    world.clock.set(now);
    world.grants.update(grant.revoke("citizen", null, now));
    assertThatThrownBy(
            () -> world.access.authorize(anna, Operation.VIEW_OVERVIEW, world.ownTarget(), null))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aRelative_actingForAnotherCitizen_isRefused_evenWithAGrantFromTheirOwn() {
    World world = new World().withGrant(EnumSet.allOf(Scope.class));
    Actor forOther = Actor.relative(world.relative, world.otherCitizen, AssuranceLevel.SUBSTANTIAL);

    assertThatThrownBy(
            () ->
                world.access.authorize(forOther, Operation.VIEW_OVERVIEW, world.ownTarget(), null))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                world.access.authorize(
                    forOther,
                    Operation.VIEW_OVERVIEW,
                    AccessTarget.of(world.otherCitizen, world.unit),
                    null))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void theTable_coversEveryOperationAndKind() {
    for (Operation operation : Operation.values()) {
      assertThat(EXPECTED).containsKey(operation);
      assertThat(EXPECTED.get(operation)).containsOnlyKeys(ActorKind.values());
    }
  }

  /** An access control with one citizen, one staff member in one unit, and someone else. */
  @Test
  void a_thread_addressed_to_a_staff_member_is_theirs_alone_whatever_their_unit() {
    World world = new World();
    Actor staff = world.actor(STAFF, AssuranceLevel.SUBSTANTIAL);
    AccessTarget toThem = AccessTarget.addressedTo(world.otherCitizen, world.staffMember);
    AccessTarget toColleague = AccessTarget.addressedTo(world.citizen, StaffMemberId.random());

    world.access.authorize(staff, Operation.READ_MESSAGES, toThem, null).record();
    assertThatThrownBy(
            () -> world.access.authorize(staff, Operation.READ_MESSAGES, toColleague, null))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("neither the staff member's unit nor addressed to them");
    assertThatThrownBy(() -> world.access.authorize(staff, Operation.VIEW_OVERVIEW, toThem, null))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(world.audit.refusals(10)).hasSize(2);
  }

  private static final class World {
    final InMemoryStaffMembers staff = new InMemoryStaffMembers();
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final InMemoryRelativeGrants grants = new InMemoryRelativeGrants();
    final SettableClock clock =
        SettableClock.at(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);
    final AccessControl access =
        new AccessControl(
            AccessPolicy.standard(), staff, grants, audit, new DirectTransactions(), clock);
    final RelativeId relative = RelativeId.random();
    final CitizenId citizen = CitizenId.random();
    final UnitId unit = UnitId.random();
    final CitizenId otherCitizen = CitizenId.random();
    final UnitId otherUnit = UnitId.random();
    final StaffMemberId staffMember = StaffMemberId.random();

    World() {
      staff.add(
          new StaffMember(
              staffMember,
              OrganisationFixture.anyMunicipalityId(),
              null,
              "Mette Jensen",
              null,
              List.of(new UnitRole(unit, StaffRole.CASEWORKER)),
              0));
    }

    /** This world's relative holds a grant from the citizen with exactly these scopes. */
    World withGrant(Set<Scope> scopes) {
      grants.add(
          new RelativeGrant(
              RelativeGrantId.random(),
              citizen,
              relative,
              "datter",
              scopes,
              LegalBasis.consent(),
              clock.instant().minusSeconds(60),
              citizen.toString(),
              null,
              null,
              null,
              null,
              0));
      return this;
    }

    Actor actor(ActorKind kind, AssuranceLevel level) {
      return switch (kind) {
        case CITIZEN -> Actor.citizen(citizen, level);
        case STAFF -> Actor.staff(staffMember, level);
        case SYSTEM -> Actor.system("matrix");
        case RELATIVE -> Actor.relative(relative, citizen, level);
      };
    }

    AccessTarget ownTarget() {
      return AccessTarget.of(citizen, unit);
    }

    AccessTarget otherTarget() {
      return AccessTarget.of(otherCitizen, otherUnit);
    }
  }
}
