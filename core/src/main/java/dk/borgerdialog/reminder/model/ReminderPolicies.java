package dk.borgerdialog.reminder.model;

import dk.borgerdialog.organisation.model.UnitId;
import java.util.Optional;

/** The units' reminder policies (a secondary port). */
public interface ReminderPolicies {

  /**
   * A unit's policy.
   *
   * @param unit the unit
   * @return the policy, or empty if the unit has set none ({@link ReminderPolicy#DEFAULT} applies)
   */
  Optional<ReminderPolicy> of(UnitId unit);

  /**
   * Sets a unit's policy, replacing any earlier one.
   *
   * @param unit the unit
   * @param policy the policy
   */
  void set(UnitId unit, ReminderPolicy policy);
}
