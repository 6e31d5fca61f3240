package dk.borgerdialog.network.application;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessTarget;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.citizen.model.Citizens;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.network.model.Activities;
import dk.borgerdialog.network.model.Activity;
import dk.borgerdialog.network.model.ActivityId;
import dk.borgerdialog.network.model.Interest;
import dk.borgerdialog.network.model.Interests;
import dk.borgerdialog.network.model.Occurrence;
import dk.borgerdialog.network.model.OccurrencePage;
import dk.borgerdialog.network.model.Recurrences;
import dk.borgerdialog.network.model.Roster;
import dk.borgerdialog.network.model.SearchCriteria;
import dk.borgerdialog.network.model.Signups;
import dk.borgerdialog.network.model.SuggestedActivity;
import dk.borgerdialog.network.model.Suggestion;
import dk.borgerdialog.network.model.Suggestions;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffMembers;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The citizen's side of Mit netværk: search upcoming occurrences, the suggestions of their contact
 * persons, and their interests with the activities that match them.
 */
public final class SearchingActivities {
  /** The most activities one search expands into occurrences. */
  static final int MAX_CANDIDATES = 500;

  /** The most suggestions shown. */
  public static final int MAX_SUGGESTIONS = 50;

  private final Citizens citizens;
  private final Activities activities;
  private final Interests interests;
  private final Signups signups;
  private final Suggestions suggestions;
  private final StaffMembers staff;
  private final Recurrences recurrences;
  private final AccessControl access;
  private final Transactions transactions;
  private final Clock clock;

  @Inject
  SearchingActivities(
      Citizens citizens,
      Activities activities,
      Interests interests,
      Signups signups,
      Suggestions suggestions,
      StaffMembers staff,
      Recurrences recurrences,
      AccessControl access,
      Transactions transactions,
      Clock clock) {
    this.citizens = citizens;
    this.activities = activities;
    this.interests = interests;
    this.signups = signups;
    this.suggestions = suggestions;
    this.staff = staff;
    this.recurrences = recurrences;
    this.access = access;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Searches upcoming occurrences in the citizen's municipality, earliest first, one page at a
   * time.
   *
   * @param actor the citizen, or the system
   * @param citizen whom the search is for
   * @param query the filters, date range, cursor and page size
   * @return one page
   * @throws dk.borgerdialog.common.InvalidInputException naming the field if the range is empty or
   *     too long, or the cursor is not one of a search
   * @throws NoSuchEntityException if the citizen does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  public OccurrencePage search(Actor actor, CitizenId citizen, ActivityQuery query) {
    Check.notNull("citizen", citizen);
    Check.notNull("query", query);
    AccessControl.Grant grant =
        access.authorize(
            actor, Operation.SEARCH_ACTIVITIES, new AccessTarget(citizen, Set.of()), null);
    Citizen found = citizen(citizen);
    return transactions.inTransaction(
        () -> {
          grant.record();
          return page(found, query);
        });
  }

  /**
   * Upcoming occurrences of the activities that match the interests the citizen stated.
   *
   * @param actor the citizen, or the system
   * @param citizen the citizen
   * @param cursor the previous page's {@code next}, or null
   * @param pageSize the occurrences per page
   * @return one page; empty if the citizen stated no interests
   * @throws NoSuchEntityException if the citizen does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  public OccurrencePage matchingInterests(
      Actor actor,
      CitizenId citizen,
      @org.jspecify.annotations.Nullable String cursor,
      int pageSize) {
    Check.notNull("citizen", citizen);
    AccessControl.Grant grant =
        access.authorize(
            actor, Operation.SEARCH_ACTIVITIES, new AccessTarget(citizen, Set.of()), null);
    Citizen found = citizen(citizen);
    return transactions.inTransaction(
        () -> {
          grant.record();
          List<String> stated = interests.statedBy(citizen);
          if (stated.isEmpty()) {
            return new OccurrencePage(List.of(), null);
          }
          ActivityQuery query =
              new ActivityQuery(Set.copyOf(stated), null, null, null, null, cursor, pageSize);
          return page(found, query);
        });
  }

  /**
   * States the interests the citizen wants activities for, replacing those stated before.
   *
   * @param actor the citizen
   * @param citizen the citizen
   * @param codes interest codes from the municipality's list; empty to clear
   * @throws dk.borgerdialog.common.InvalidInputException naming {@code interests} if a code is not
   *     on the list
   * @throws NoSuchEntityException if the citizen does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  public void stateInterests(Actor actor, CitizenId citizen, Set<String> codes) {
    Check.notNull("citizen", citizen);
    Set<String> checked = Set.copyOf(Check.notNull("interests", codes));
    Check.that(checked.size() <= 30, "interests", "must be at most 30 interests");
    AccessControl.Grant grant =
        access.authorize(
            actor, Operation.STATE_INTERESTS, new AccessTarget(citizen, Set.of()), null);
    Citizen found = citizen(citizen);
    Set<String> known = new HashSet<>();
    interests.of(found.municipality()).forEach(i -> known.add(i.code()));
    Check.that(
        known.containsAll(checked), "interests", "must be on the municipality's list of interests");
    transactions.inTransaction(
        () -> {
          interests.state(citizen, checked);
          grant.record();
          return null;
        });
  }

  /**
   * The municipality's list of interests, and which of them the citizen stated.
   *
   * @param actor the citizen, or the system
   * @param citizen the citizen
   * @return every interest on the list, with whether the citizen stated it
   * @throws NoSuchEntityException if the citizen does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  public Map<Interest, Boolean> interests(Actor actor, CitizenId citizen) {
    Check.notNull("citizen", citizen);
    AccessControl.Grant grant =
        access.authorize(
            actor, Operation.SEARCH_ACTIVITIES, new AccessTarget(citizen, Set.of()), null);
    Citizen found = citizen(citizen);
    return transactions.inTransaction(
        () -> {
          grant.record();
          Set<String> stated = Set.copyOf(interests.statedBy(citizen));
          Map<Interest, Boolean> result = new java.util.LinkedHashMap<>();
          for (Interest interest : interests.of(found.municipality())) {
            result.put(interest, stated.contains(interest.code()));
          }
          return result;
        });
  }

  /**
   * The activities staff suggested to the citizen, newest first: shown apart from search results.
   *
   * @param actor the citizen, or the system
   * @param citizen the citizen
   * @return the suggestions with their activities
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  public List<SuggestedActivity> suggestions(Actor actor, CitizenId citizen) {
    Check.notNull("citizen", citizen);
    AccessControl.Grant grant =
        access.authorize(
            actor, Operation.SEARCH_ACTIVITIES, new AccessTarget(citizen, Set.of()), null);
    return transactions.inTransaction(
        () -> {
          grant.record();
          List<Suggestion> found = suggestions.forCitizen(citizen, MAX_SUGGESTIONS);
          Map<ActivityId, Activity> byId = new HashMap<>();
          for (Activity a : activities.byIds(found.stream().map(Suggestion::activity).toList())) {
            byId.put(a.id(), a);
          }
          List<SuggestedActivity> result = new ArrayList<>();
          for (Suggestion s : found) {
            Activity activity = byId.get(s.activity());
            if (activity != null) {
              String name = staff.byId(s.suggestedBy()).map(StaffMember::name).orElse("");
              result.add(new SuggestedActivity(s, activity, name));
            }
          }
          return result;
        });
  }

  private Citizen citizen(CitizenId id) {
    return citizens.byId(id).orElseThrow(() -> new NoSuchEntityException("citizen", id));
  }

  private OccurrencePage page(Citizen citizen, ActivityQuery query) {
    Instant now = clock.instant();
    Instant from = query.from() == null || query.from().isBefore(now) ? now : query.from();
    Instant to =
        query.to() == null ? from.plus(Duration.ofDays(ActivityQuery.DEFAULT_DAYS)) : query.to();
    Check.that(from.isBefore(to), "to", "must be after from and in the future");
    Check.that(
        !to.isAfter(from.plus(Duration.ofDays(ActivityQuery.MAX_DAYS))),
        "to",
        "must be at most " + ActivityQuery.MAX_DAYS + " days after from");
    Cursor after = Cursor.parse(query.cursor());
    SearchCriteria criteria =
        new SearchCriteria(
            citizen.municipality(), query.interests(), query.district(), query.text(), from, to);
    Instant expandFrom = after != null && after.start().isAfter(from) ? after.start() : from;
    int size = query.pageSize();
    List<Candidate> found = new ArrayList<>();
    for (Activity activity : activities.search(criteria, MAX_CANDIDATES)) {
      for (Instant start : recurrences.starts(activity.schedule(), expandFrom, to, size + 2)) {
        if (after == null || after.isBefore(start, activity.id().value())) {
          found.add(new Candidate(activity, start));
        }
      }
    }
    found.sort(
        Comparator.comparing(Candidate::start)
            .thenComparing(
                (a, b) -> Cursor.compare(a.activity.id().value(), b.activity.id().value())));
    List<Candidate> page = found.subList(0, Math.min(size, found.size()));
    Map<ActivityId, Roster> rosters = new HashMap<>();
    List<Occurrence> occurrences = new ArrayList<>();
    for (Candidate c : page) {
      Roster roster =
          rosters.computeIfAbsent(
              c.activity.id(), id -> new Roster(c.activity, signups.active(id)));
      occurrences.add(
          new Occurrence(
              c.activity,
              c.start,
              c.start.plus(c.activity.schedule().duration()),
              roster.seatsLeft(c.start)));
    }
    String next = null;
    if (found.size() > size) {
      Candidate last = page.get(page.size() - 1);
      next = new Cursor(last.start, last.activity.id().value()).format();
    }
    return new OccurrencePage(occurrences, next);
  }

  private record Candidate(Activity activity, Instant start) {}
}
