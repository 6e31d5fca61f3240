package dk.borgerdialog.access;

import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.relative.model.Scope;
import org.jspecify.annotations.Nullable;

/**
 * One cell of the access policy: the minimum assurance level and the condition under which an actor
 * kind may perform an operation, and for relatives the scope their grant must hold.
 *
 * @param minimumLevel the lowest assurance level allowed
 * @param condition the condition on the data
 * @param scope the scope an active grant must hold; set exactly when the condition is {@link
 *     Condition#ACTIVE_GRANT}
 */
public record AccessRule(AssuranceLevel minimumLevel, Condition condition, @Nullable Scope scope) {
  /** Validates the rule. */
  public AccessRule {
    Check.notNull("minimumLevel", minimumLevel);
    Check.notNull("condition", condition);
    Check.that(
        (condition == Condition.ACTIVE_GRANT) == (scope != null),
        "scope",
        "goes with ACTIVE_GRANT only");
  }

  /**
   * A rule without a scope.
   *
   * @param minimumLevel the lowest assurance level allowed
   * @param condition the condition, not {@link Condition#ACTIVE_GRANT}
   */
  public AccessRule(AssuranceLevel minimumLevel, Condition condition) {
    this(minimumLevel, condition, null);
  }

  /**
   * A rule for relatives: an active grant with the scope, at the level.
   *
   * @param minimumLevel the lowest assurance level allowed
   * @param scope the scope the grant must hold
   * @return the rule
   */
  public static AccessRule grant(AssuranceLevel minimumLevel, Scope scope) {
    return new AccessRule(minimumLevel, Condition.ACTIVE_GRANT, scope);
  }
}
