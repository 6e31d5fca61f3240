package dk.borgerdialog.network.application;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessTarget;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.network.model.Activities;
import dk.borgerdialog.network.model.Activity;
import dk.borgerdialog.network.model.ActivityId;
import dk.borgerdialog.network.model.Suggestion;
import dk.borgerdialog.network.model.SuggestionId;
import dk.borgerdialog.network.model.Suggestions;
import dk.borgerdialog.notification.model.Notice;
import dk.borgerdialog.notification.model.NoticeKind;
import dk.borgerdialog.notification.model.Notifier;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseState;
import dk.borgerdialog.plan.model.Courses;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A staff member suggests an activity to a citizen in one of their units' open courses; the citizen
 * is notified and sees it apart from search results.
 */
public final class SuggestingActivities {
  private final Courses courses;
  private final Activities activities;
  private final Suggestions suggestions;
  private final Notifier notifier;
  private final AccessControl access;
  private final Transactions transactions;
  private final Clock clock;

  @Inject
  SuggestingActivities(
      Courses courses,
      Activities activities,
      Suggestions suggestions,
      Notifier notifier,
      AccessControl access,
      Transactions transactions,
      Clock clock) {
    this.courses = courses;
    this.activities = activities;
    this.suggestions = suggestions;
    this.notifier = notifier;
    this.access = access;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Suggests an activity to a citizen.
   *
   * @param actor a staff member of a unit in which the citizen has an open course
   * @param citizen the citizen
   * @param activity the activity
   * @return the suggestion
   * @throws NoSuchEntityException if the activity does not exist
   * @throws dk.borgerdialog.common.ConflictException if it was suggested to the citizen before
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of one of the citizen's units
   */
  public Suggestion suggest(Actor actor, CitizenId citizen, ActivityId activity) {
    Check.notNull("citizen", citizen);
    Check.notNull("activity", activity);
    Set<Course> open =
        courses.of(citizen).stream()
            .filter(c -> c.state() != CourseState.CLOSED)
            .collect(Collectors.toSet());
    AccessControl.Grant grant =
        access.authorize(
            actor,
            Operation.SUGGEST_ACTIVITY,
            new AccessTarget(citizen, open.stream().map(Course::unit).collect(Collectors.toSet())),
            activity.value());
    Activity found =
        activities
            .byId(activity)
            .orElseThrow(() -> new NoSuchEntityException("activity", activity));
    if (!(actor instanceof Actor.Staff staff)) {
      throw new InvalidInputException("actor", "must be a staff member");
    }
    return transactions.inTransaction(
        () -> {
          Suggestion suggestion =
              new Suggestion(
                  SuggestionId.random(), found.id(), citizen, staff.id(), clock.instant());
          suggestions.add(suggestion);
          notifier.notify(
              new Notice("suggestion-" + suggestion.id(), citizen, NoticeKind.ACTIVITY_SUGGESTED));
          grant.record();
          return suggestion;
        });
  }
}
