package dk.borgerdialog;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.network.application.ActivityQuery;
import dk.borgerdialog.network.application.PublishActivityCommand;
import dk.borgerdialog.network.model.Activity;
import dk.borgerdialog.network.model.ActivityId;
import dk.borgerdialog.network.model.Interest;
import dk.borgerdialog.network.model.OccurrencePage;
import dk.borgerdialog.network.model.Organiser;
import dk.borgerdialog.network.model.OrganiserKind;
import dk.borgerdialog.network.model.Signup;
import dk.borgerdialog.network.model.SignupId;
import dk.borgerdialog.network.model.SuggestedActivity;
import dk.borgerdialog.network.model.Suggestion;
import dk.borgerdialog.organisation.model.MunicipalityId;
import dk.borgerdialog.organisation.model.UnitId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Mit netværk as one actor: activities and communities in the local area, signups with a waiting
 * list, staff suggestions and the citizen's interests.
 *
 * <p>Citizens search and sign up for themselves; staff manage the organisers and activities of
 * their units and suggest activities to the citizens of their units; the system administers the
 * list of interests.
 */
public interface NetworkOperations {

  /**
   * Adds an interest to the municipality's managed list, or renames it.
   *
   * @param municipality the municipality
   * @param interest the interest
   * @throws dk.borgerdialog.common.NoSuchEntityException if the municipality does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the system
   */
  void defineInterest(MunicipalityId municipality, Interest interest);

  /**
   * Registers an organiser: the unit itself, or an association the unit coordinates with.
   *
   * @param unit the unit that manages its activities
   * @param kind a municipal unit or an association
   * @param name the name citizens see
   * @param email a contact e-mail address, or null
   * @param phone a contact phone number in E.164 form, or null
   * @return the organiser
   * @throws dk.borgerdialog.common.InvalidInputException naming the field if one is wrong
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit or the system
   */
  Organiser registerOrganiser(
      UnitId unit, OrganiserKind kind, String name, @Nullable String email, @Nullable String phone);

  /**
   * The organisers a unit manages, by name.
   *
   * @param unit the unit
   * @return the organisers
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit or the system
   */
  List<Organiser> organisersOf(UnitId unit);

  /**
   * The activities a unit manages, by first start.
   *
   * @param unit the unit
   * @return the activities
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit or the system
   */
  List<Activity> activitiesOf(UnitId unit);

  /**
   * Publishes an activity of an organiser.
   *
   * @param command the activity
   * @return the activity
   * @throws dk.borgerdialog.common.InvalidInputException naming the field if one is wrong
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the organiser's unit or
   *     the system
   */
  Activity publish(PublishActivityCommand command);

  /**
   * The seated and waitlisted signups of an activity, in order of signup.
   *
   * @param activity the activity
   * @return the signups
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit or the system
   */
  List<Signup> signupsOf(ActivityId activity);

  /**
   * Searches upcoming occurrences by interest, district, date range and free text, one page at a
   * time, earliest first.
   *
   * @param citizen whom the search is for
   * @param query the query
   * @return one page, with the cursor of the next
   * @throws dk.borgerdialog.common.InvalidInputException naming the field if the query is wrong
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  OccurrencePage search(CitizenId citizen, ActivityQuery query);

  /**
   * Upcoming occurrences of the activities that match the citizen's stated interests.
   *
   * @param citizen the citizen
   * @param cursor the previous page's cursor, or null
   * @return one page
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  OccurrencePage matchingInterests(CitizenId citizen, @Nullable String cursor);

  /**
   * States the citizen's interests, replacing those stated before.
   *
   * @param citizen the citizen
   * @param codes interest codes from the municipality's list
   * @throws dk.borgerdialog.common.InvalidInputException naming {@code interests} if one is not on
   *     the list
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  void stateInterests(CitizenId citizen, Set<String> codes);

  /**
   * The municipality's interests, each with whether the citizen stated it.
   *
   * @param citizen the citizen
   * @return the interests, by code
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  Map<Interest, Boolean> interests(CitizenId citizen);

  /**
   * The activities staff suggested to the citizen, newest first, shown apart from search results.
   *
   * @param citizen the citizen
   * @return the suggestions
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  List<SuggestedActivity> suggestions(CitizenId citizen);

  /**
   * Suggests an activity to a citizen, who is notified.
   *
   * @param citizen the citizen
   * @param activity the activity
   * @return the suggestion
   * @throws dk.borgerdialog.common.ConflictException if it was suggested to the citizen before
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of a unit in which the
   *     citizen has an open course
   */
  Suggestion suggest(CitizenId citizen, ActivityId activity);

  /**
   * Signs the citizen up for one occurrence: seated if there is room, otherwise waitlisted.
   *
   * @param citizen the citizen
   * @param activity the activity
   * @param occurrence the occurrence's start
   * @return the signup
   * @throws dk.borgerdialog.common.UnableToChangeException {@code signup.closed} after the
   *     deadline, {@code signup.exists} if signed up already
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  Signup signUp(CitizenId citizen, ActivityId activity, Instant occurrence);

  /**
   * Signs the citizen up for every occurrence of a series: seated if there is room at each in the
   * next year, otherwise waitlisted.
   *
   * @param citizen the citizen
   * @param activity the activity
   * @return the signup
   * @throws dk.borgerdialog.common.UnableToChangeException {@code signup.closed} if no occurrence
   *     is open for signup, {@code signup.exists} if signed up already
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  Signup signUpForSeries(CitizenId citizen, ActivityId activity);

  /**
   * Leaves an activity; the first on the waiting list who now fits is seated and notified.
   *
   * @param signup the signup
   * @return the signups promoted from the waiting list
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  List<Signup> leave(SignupId signup);

  /**
   * The citizen's signups, left ones too, newest first.
   *
   * @param citizen the citizen
   * @return the signups
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  List<Signup> signupsFor(CitizenId citizen);
}
