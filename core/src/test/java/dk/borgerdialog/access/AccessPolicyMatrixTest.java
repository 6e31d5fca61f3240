package dk.borgerdialog.access;

import static dk.borgerdialog.access.ActorKind.CITIZEN;
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
import dk.borgerdialog.testfixtures.DirectTransactions;
import dk.borgerdialog.testfixtures.InMemoryAuditLog;
import dk.borgerdialog.testfixtures.InMemoryStaffMembers;
import dk.borgerdialog.testfixtures.OrganisationFixture;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
  private record Cell(@Nullable AssuranceLevel minimum, @Nullable Condition condition) {
    static final Cell REFUSED = new Cell(null, null);

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

  private static final Cell NO = Cell.REFUSED;

  private static final Map<Operation, Map<ActorKind, Cell>> EXPECTED =
      new EnumMap<>(Operation.class);

  private static void expect(Operation operation, Cell citizen, Cell staff, Cell system) {
    Map<ActorKind, Cell> row = new EnumMap<>(ActorKind.class);
    row.put(CITIZEN, citizen);
    row.put(STAFF, staff);
    row.put(SYSTEM, system);
    EXPECTED.put(operation, row);
  }

  static {
    //     operation                      citizen  staff   system
    expect(Operation.VIEW_OVERVIEW, own(), unit(), host());
    expect(Operation.VIEW_FREE_SLOTS, own(), unit(), host());
    expect(Operation.BOOK_APPOINTMENT, NO, unit(), host());
    expect(Operation.MOVE_APPOINTMENT, own(), unit(), host());
    expect(Operation.CANCEL_APPOINTMENT, own(), unit(), host());
    expect(Operation.RECORD_ATTENDANCE, NO, unit(), host());
    expect(Operation.WRITE_PLAN_ITEM, NO, unit(), NO);
    expect(Operation.STATE_PREFERENCE, own(), NO, NO);
    expect(Operation.MANAGE_FREE_SLOTS, NO, unit(), host());
    expect(Operation.MANAGE_COURSE, NO, unit(), host());
    expect(Operation.MANAGE_CONTACT_PREFERENCES, own(), NO, host());
    expect(Operation.MANAGE_REMINDER_POLICY, NO, unit(), host());
    expect(Operation.READ_NOTIFICATIONS, own(), NO, host());
    expect(Operation.VIEW_DELIVERY_LOG, NO, unit(), host());
    expect(Operation.VIEW_INSIGHTS, NO, unit(), host());
    expect(Operation.ADMINISTER, NO, NO, host());
    expect(Operation.VIEW_MATERIAL, own(), unit(), host());
    expect(Operation.MARK_MATERIAL_UNDERSTOOD, own(), NO, NO);
    expect(Operation.MANAGE_MATERIAL, NO, unit(), host());
    expect(Operation.VIEW_MATERIAL_PROGRESS, NO, unit(), host());
    expect(Operation.MANAGE_ACTIVITIES, NO, unit(), host());
    expect(Operation.SEARCH_ACTIVITIES, own(), NO, host());
    expect(Operation.SIGN_UP_FOR_ACTIVITY, own(), NO, host());
    expect(Operation.SUGGEST_ACTIVITY, NO, unit(), NO);
    expect(Operation.STATE_INTERESTS, own(), NO, NO);
    expect(Operation.EXPORT_CALENDAR, own(), NO, host());
    expect(Operation.READ_CALENDAR_FEED, NO, NO, host());
    expect(Operation.VIEW_CONTACTS, own(), unit(), host());
    expect(Operation.MANAGE_CARE_TEAM, NO, unit(), host());
    expect(Operation.READ_MESSAGES, own(), unitOrAddressed(), host());
    expect(Operation.WRITE_MESSAGE, own(), unitOrAddressed(), NO);
    expect(Operation.MANAGE_THREAD, NO, unitOrAddressed(), host());
    expect(Operation.MANAGE_AUTO_REPLY, NO, unitOrAddressed(), host());
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
    assertThat(rule.isPresent() && level.meets(rule.get().minimumLevel()))
        .as("allowed")
        .isEqualTo(cell.allows(level));
  }

  @ParameterizedTest(name = "{0} by {1} at {2}")
  @MethodSource("everyCell")
  void accessControl_grantsExactlyTheAllowedCells_onTheActorsOwnData(
      Operation operation, ActorKind kind, AssuranceLevel level) {
    Cell cell = expected(operation, kind);
    World world = new World();
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
    World world = new World();
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
    final AccessControl access =
        new AccessControl(
            AccessPolicy.standard(),
            staff,
            audit,
            new DirectTransactions(),
            SettableClock.at(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC));
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

    Actor actor(ActorKind kind, AssuranceLevel level) {
      return switch (kind) {
        case CITIZEN -> Actor.citizen(citizen, level);
        case STAFF -> Actor.staff(staffMember, level);
        case SYSTEM -> Actor.system("matrix");
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
