package dk.borgerdialog.access;

import static dk.borgerdialog.access.AssuranceLevel.SUBSTANTIAL;

import dk.borgerdialog.relative.model.Scope;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one declarative access policy: actor kind × operation → the rule that allows it, if any: the
 * minimum NSIS level, the condition (own data, own unit, an active grant) and, for relatives, the
 * scope the grant must hold.
 *
 * <p>A missing cell means the operation is refused for that actor kind. No use case checks access
 * on its own; all go through {@code AccessControl}, which consults this table.
 */
public final class AccessPolicy {
  private final Map<ActorKind, Map<Operation, AccessRule>> rules;

  private AccessPolicy(Map<ActorKind, Map<Operation, AccessRule>> rules) {
    this.rules = rules;
  }

  /**
   * The policy Borgerdialog ships with.
   *
   * <p>Citizens act on their own data at NSIS substantial. Staff act on the data of their own units
   * at substantial. Relatives act for a citizen at substantial, within the scope of an active
   * grant. The system actor, the host's own code, may do everything but write plan items, state
   * preferences and give consent, which need a person as author, and a relative's own operations.
   *
   * @return the standard policy
   */
  public static AccessPolicy standard() {
    Map<ActorKind, Map<Operation, AccessRule>> rules = new EnumMap<>(ActorKind.class);
    for (ActorKind kind : ActorKind.values()) {
      rules.put(kind, new EnumMap<>(Operation.class));
    }
    AccessRule ownData = new AccessRule(SUBSTANTIAL, Condition.OWN_DATA);
    AccessRule ownUnit = new AccessRule(SUBSTANTIAL, Condition.OWN_UNIT);
    AccessRule system = new AccessRule(AssuranceLevel.HIGH, Condition.NONE);

    Map<Operation, AccessRule> citizen = rules.get(ActorKind.CITIZEN);
    citizen.put(Operation.VIEW_OVERVIEW, ownData);
    citizen.put(Operation.VIEW_FREE_SLOTS, ownData);
    citizen.put(Operation.MOVE_APPOINTMENT, ownData);
    citizen.put(Operation.CANCEL_APPOINTMENT, ownData);
    citizen.put(Operation.STATE_PREFERENCE, ownData);
    citizen.put(Operation.MANAGE_CONTACT_PREFERENCES, ownData);
    citizen.put(Operation.READ_NOTIFICATIONS, ownData);
    citizen.put(Operation.VIEW_MATERIAL, ownData);
    citizen.put(Operation.MARK_MATERIAL_UNDERSTOOD, ownData);
    citizen.put(Operation.SEARCH_ACTIVITIES, ownData);
    citizen.put(Operation.SIGN_UP_FOR_ACTIVITY, ownData);
    citizen.put(Operation.STATE_INTERESTS, ownData);
    citizen.put(Operation.EXPORT_CALENDAR, ownData);
    citizen.put(Operation.VIEW_CONTACTS, ownData);
    citizen.put(Operation.READ_MESSAGES, ownData);
    citizen.put(Operation.WRITE_MESSAGE, ownData);
    citizen.put(Operation.GRANT_ACCESS, ownData);
    citizen.put(Operation.REVOKE_GRANT, ownData);
    citizen.put(Operation.VIEW_GRANTS, ownData);
    citizen.put(Operation.VIEW_ACCESS_LOG, ownData);
    citizen.put(Operation.EXPORT_PERSONAL_DATA, ownData);

    Map<Operation, AccessRule> staff = rules.get(ActorKind.STAFF);
    staff.put(Operation.VIEW_OVERVIEW, ownUnit);
    staff.put(Operation.VIEW_FREE_SLOTS, ownUnit);
    staff.put(Operation.BOOK_APPOINTMENT, ownUnit);
    staff.put(Operation.MOVE_APPOINTMENT, ownUnit);
    staff.put(Operation.CANCEL_APPOINTMENT, ownUnit);
    staff.put(Operation.RECORD_ATTENDANCE, ownUnit);
    staff.put(Operation.WRITE_PLAN_ITEM, ownUnit);
    staff.put(Operation.MANAGE_FREE_SLOTS, ownUnit);
    staff.put(Operation.MANAGE_COURSE, ownUnit);
    staff.put(Operation.MANAGE_REMINDER_POLICY, ownUnit);
    staff.put(Operation.VIEW_DELIVERY_LOG, ownUnit);
    staff.put(Operation.VIEW_INSIGHTS, ownUnit);
    staff.put(Operation.VIEW_MATERIAL, ownUnit);
    staff.put(Operation.MANAGE_MATERIAL, ownUnit);
    staff.put(Operation.VIEW_MATERIAL_PROGRESS, ownUnit);
    staff.put(Operation.MANAGE_ACTIVITIES, ownUnit);
    staff.put(Operation.SUGGEST_ACTIVITY, ownUnit);
    AccessRule ownUnitOrAddressed = new AccessRule(SUBSTANTIAL, Condition.OWN_UNIT_OR_ADDRESSED);
    staff.put(Operation.VIEW_CONTACTS, ownUnit);
    staff.put(Operation.MANAGE_CARE_TEAM, ownUnit);
    staff.put(Operation.READ_MESSAGES, ownUnitOrAddressed);
    staff.put(Operation.WRITE_MESSAGE, ownUnitOrAddressed);
    staff.put(Operation.MANAGE_THREAD, ownUnitOrAddressed);
    staff.put(Operation.MANAGE_AUTO_REPLY, ownUnitOrAddressed);
    staff.put(Operation.REGISTER_PROXY, ownUnit);
    staff.put(Operation.REVOKE_GRANT, ownUnit);
    staff.put(Operation.VIEW_GRANTS, ownUnit);

    Map<Operation, AccessRule> host = rules.get(ActorKind.SYSTEM);
    for (Operation operation : Operation.values()) {
      host.put(operation, system);
    }
    // A plan item has a staff member as author, a preference a citizen: the host cannot write them.
    host.remove(Operation.WRITE_PLAN_ITEM);
    host.remove(Operation.STATE_PREFERENCE);
    // Only the citizen can have understood an item.
    host.remove(Operation.MARK_MATERIAL_UNDERSTOOD);
    // a suggestion is "by your contact person", and interests are the citizen's own words
    host.remove(Operation.SUGGEST_ACTIVITY);
    host.remove(Operation.STATE_INTERESTS);
    // a message has a person as author too; the host may read threads and run the care team
    host.remove(Operation.WRITE_MESSAGE);
    // Consent is the citizen's own act; a relative's own list and contact need the relative.
    host.remove(Operation.GRANT_ACCESS);
    host.remove(Operation.VIEW_MY_GRANTS);
    host.remove(Operation.MANAGE_OWN_CONTACT);

    // A relative acts for one citizen, within the scopes of an active grant from that citizen.
    Map<Operation, AccessRule> relative = rules.get(ActorKind.RELATIVE);
    relative.put(Operation.VIEW_OVERVIEW, AccessRule.grant(SUBSTANTIAL, Scope.READ_PLAN));
    relative.put(
        Operation.VIEW_FREE_SLOTS, AccessRule.grant(SUBSTANTIAL, Scope.MANAGE_APPOINTMENTS));
    relative.put(
        Operation.MOVE_APPOINTMENT, AccessRule.grant(SUBSTANTIAL, Scope.MANAGE_APPOINTMENTS));
    relative.put(
        Operation.CANCEL_APPOINTMENT, AccessRule.grant(SUBSTANTIAL, Scope.MANAGE_APPOINTMENTS));
    // the contacts are whom the messages go to: who may read messages may see them
    relative.put(Operation.VIEW_CONTACTS, AccessRule.grant(SUBSTANTIAL, Scope.READ_MESSAGES));
    relative.put(Operation.READ_MESSAGES, AccessRule.grant(SUBSTANTIAL, Scope.READ_MESSAGES));
    relative.put(Operation.WRITE_MESSAGE, AccessRule.grant(SUBSTANTIAL, Scope.WRITE_MESSAGES));
    // reading is not understanding: only the citizen marks an item understood, and a relative's
    // opening of an item is not counted as the citizen's view
    relative.put(Operation.VIEW_MATERIAL, AccessRule.grant(SUBSTANTIAL, Scope.READ_MATERIAL));
    // the relative's own data: the use cases read and write only the acting relative's
    AccessRule self = new AccessRule(SUBSTANTIAL, Condition.NONE);
    relative.put(Operation.VIEW_MY_GRANTS, self);
    relative.put(Operation.MANAGE_OWN_CONTACT, self);
    return new AccessPolicy(rules);
  }

  /**
   * The rule for one cell.
   *
   * @param kind the actor kind
   * @param operation the operation
   * @return the rule, or empty if the operation is refused for that kind
   */
  public Optional<AccessRule> ruleFor(ActorKind kind, Operation operation) {
    return Optional.ofNullable(rules.get(kind).get(operation));
  }
}
