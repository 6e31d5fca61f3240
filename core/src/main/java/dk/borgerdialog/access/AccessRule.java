package dk.borgerdialog.access;

import dk.borgerdialog.common.internal.Check;

/**
 * One cell of the access policy: the minimum assurance level and the condition under which an actor
 * kind may perform an operation.
 *
 * @param minimumLevel the lowest assurance level allowed
 * @param condition the condition on the data
 */
public record AccessRule(AssuranceLevel minimumLevel, Condition condition) {
  /** Validates the rule. */
  public AccessRule {
    Check.notNull("minimumLevel", minimumLevel);
    Check.notNull("condition", condition);
  }
}
