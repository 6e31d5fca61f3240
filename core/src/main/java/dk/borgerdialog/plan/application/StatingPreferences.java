package dk.borgerdialog.plan.application;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessTarget;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.Preference;
import dk.borgerdialog.plan.model.PreferenceId;
import dk.borgerdialog.plan.model.Preferences;
import jakarta.inject.Inject;
import java.time.Clock;

/** Citizens state their preferences in a course, for staff to read (self-determination). */
public final class StatingPreferences {
  private final Lookups lookups;
  private final Preferences preferences;
  private final AccessControl access;
  private final Transactions transactions;
  private final Clock clock;

  @Inject
  StatingPreferences(
      Lookups lookups,
      Preferences preferences,
      AccessControl access,
      Transactions transactions,
      Clock clock) {
    this.lookups = lookups;
    this.preferences = preferences;
    this.access = access;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * States a preference.
   *
   * @param actor the citizen
   * @param command what to state
   * @return the preference
   * @throws dk.borgerdialog.common.InvalidInputException if a field is wrong
   * @throws dk.borgerdialog.common.NoSuchEntityException if the course does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own course
   * @throws dk.borgerdialog.common.UnableToChangeException if the course is closed
   */
  public Preference state(Actor actor, StatePreferenceCommand command) {
    Check.notNull("command", command);
    Course course = lookups.course(command.course());
    AccessControl.Grant grant =
        access.authorize(
            actor,
            Operation.STATE_PREFERENCE,
            AccessTarget.of(course.citizen(), course.unit()),
            course.id().value());
    return transactions.inTransaction(
        () -> {
          lookups.lockedCourse(course.id()).acceptsWriting().orElseThrow();
          Preference preference =
              new Preference(
                  PreferenceId.random(),
                  course.id(),
                  course.citizen(),
                  command.kind(),
                  command.text(),
                  clock.instant());
          preferences.add(preference);
          grant.record();
          return preference;
        });
  }
}
