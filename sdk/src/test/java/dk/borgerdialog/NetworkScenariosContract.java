package dk.borgerdialog;

import static dk.borgerdialog.FrederiksbergNetwork.citizenActor;
import static dk.borgerdialog.FrederiksbergNetwork.local;
import static dk.borgerdialog.FrederiksbergNetwork.staffActor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.access.Actor;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.UnableToChangeException;
import dk.borgerdialog.network.application.ActivityQuery;
import dk.borgerdialog.network.model.Activity;
import dk.borgerdialog.network.model.Frequency;
import dk.borgerdialog.network.model.Occurrence;
import dk.borgerdialog.network.model.OccurrencePage;
import dk.borgerdialog.network.model.Place;
import dk.borgerdialog.network.model.Schedule;
import dk.borgerdialog.network.model.Signup;
import dk.borgerdialog.network.model.SignupStatus;
import dk.borgerdialog.network.model.SuggestedActivity;
import dk.borgerdialog.notification.model.InAppNotification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mit netværk end to end through the SDK on a real database: search by each filter with a stable
 * cursor, the citizen's interests and suggestions, signups under concurrency, the waiting list with
 * its notification, and the organiser's deadline.
 */
abstract class NetworkScenariosContract {
  static final int RACERS = 50;

  FrederiksbergNetwork world;

  abstract DataSource freshDatabase();

  @BeforeEach
  void setUp() {
    world = new FrederiksbergNetwork(freshDatabase());
  }

  @AfterEach
  void tearDown() {
    world.close();
  }

  OccurrencePage search(ActivityQuery query) {
    return world.asKaren().search(world.karen.id(), query);
  }

  static List<String> titles(OccurrencePage page) {
    return page.occurrences().stream().map(o -> o.activity().title()).distinct().toList();
  }

  @Test
  void search_by_interest_finds_only_activities_with_that_interest() {
    OccurrencePage walks = search(ActivityQuery.upcoming().interests("walking"));

    assertThat(titles(walks)).containsExactly(world.walk.title());
    assertThat(walks.occurrences())
        .extracting(Occurrence::start)
        .startsWith(local("2026-10-13T09:30"), local("2026-10-20T09:30"));
    assertThat(titles(search(ActivityQuery.upcoming().interests("walking", "singing"))))
        .containsExactlyInAnyOrder(world.walk.title(), world.singing.title());
  }

  @Test
  void search_by_district_finds_only_places_in_that_district() {
    assertThat(titles(search(ActivityQuery.upcoming().district("frederiksberg"))))
        .containsExactly(world.lunch.title());
    assertThat(titles(search(ActivityQuery.upcoming().district("Frederiksberg C").pageSize(100))))
        .containsExactlyInAnyOrder(world.walk.title(), world.talk.title());
  }

  @Test
  void search_by_date_range_finds_the_occurrences_in_it_with_their_seats() {
    OccurrencePage week =
        search(
            ActivityQuery.upcoming().between(local("2026-10-19T00:00"), local("2026-10-26T00:00")));

    // the singing evening is every second Wednesday: 14 and 28 October, none this week
    assertThat(week.occurrences())
        .extracting(o -> o.activity().title(), Occurrence::start, Occurrence::seatsLeft)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(world.walk.title(), local("2026-10-20T09:30"), 12),
            org.assertj.core.groups.Tuple.tuple(
                world.lunch.title(), local("2026-10-22T12:00"), 30));
    assertThat(week.next()).isNull();
    assertThat(week.occurrences().get(0).end()).isEqualTo(local("2026-10-20T10:30"));
  }

  @Test
  void search_by_free_text_finds_words_in_title_or_description() {
    assertThat(titles(search(ActivityQuery.upcoming().text("tryg hjem"))))
        .containsExactly(world.talk.title());
    // every description offers coffee afterwards
    assertThat(titles(search(ActivityQuery.upcoming().text("KAFFE").pageSize(100))))
        .containsExactlyInAnyOrder(
            world.walk.title(), world.lunch.title(), world.singing.title(), world.talk.title());
    assertThat(search(ActivityQuery.upcoming().text("svømning")).occurrences()).isEmpty();
  }

  @Test
  void pages_follow_each_other_and_a_cursor_stays_put_when_an_earlier_activity_is_added() {
    ActivityQuery all = ActivityQuery.upcoming().pageSize(100);
    List<Occurrence> everything = search(all).occurrences();

    OccurrencePage first = search(ActivityQuery.upcoming().pageSize(4));
    assertThat(first.occurrences()).containsExactlyElementsOf(everything.subList(0, 4));
    assertThat(first.next()).isNotNull();
    // staff add an activity tomorrow, before the cursor
    dialog()
        .as(staffActor(world.centreStaff))
        .network()
        .publish(
            FrederiksbergNetwork.command(
                world.centre,
                "Ekstra gåtur",
                List.of("walking"),
                Place.at("Frederiksberg Runddel 1", "Frederiksberg C"),
                Schedule.once(
                    LocalDateTime.of(2026, 10, 13, 8, 0),
                    Duration.ofHours(1),
                    FrederiksbergNetwork.CPH),
                10));

    List<Occurrence> rest = new ArrayList<>(first.occurrences());
    String cursor = first.next();
    while (cursor != null) {
      OccurrencePage page = search(ActivityQuery.upcoming().pageSize(4).after(cursor));
      assertThat(page.occurrences()).hasSizeLessThanOrEqualTo(4);
      rest.addAll(page.occurrences());
      cursor = page.next();
    }
    assertThat(rest).containsExactlyElementsOf(everything);
    assertThatThrownBy(() -> search(ActivityQuery.upcoming().after("not-a-cursor")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cursor");
  }

  @Test
  void the_citizen_states_interests_once_and_gets_the_matching_activities() {
    NetworkOperations karen = world.asKaren();
    assertThat(karen.matchingInterests(world.karen.id(), null).occurrences()).isEmpty();

    karen.stateInterests(world.karen.id(), Set.of("walking", "food"));

    assertThat(titles(karen.matchingInterests(world.karen.id(), null)))
        .containsExactlyInAnyOrder(world.walk.title(), world.lunch.title());
    assertThat(karen.interests(world.karen.id()))
        .hasSize(4)
        .containsValues(true, false)
        .anySatisfy((interest, stated) -> assertThat(interest.code()).isEqualTo("walking"));
    assertThatThrownBy(() -> karen.stateInterests(world.karen.id(), Set.of("golf")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("interests");
  }

  @Test
  void staff_suggest_an_activity_that_the_citizen_sees_apart_and_is_notified_of() {
    Session therapist = dialog().as(staffActor(world.therapist));
    therapist.network().suggest(world.karen.id(), world.lunch.id());

    List<SuggestedActivity> suggestions = world.asKaren().suggestions(world.karen.id());
    assertThat(suggestions).hasSize(1);
    assertThat(suggestions.get(0).activity()).isEqualTo(world.lunch);
    assertThat(suggestions.get(0).suggestedByName()).isEqualTo("Lise Dahl");
    assertThat(notifications(world.karen))
        .extracting(InAppNotification::subject)
        .containsExactly("Du har fået et forslag til en aktivitet");
    assertThatThrownBy(() -> therapist.network().suggest(world.karen.id(), world.lunch.id()))
        .isInstanceOf(ConflictException.class);
    // the home-care nurse has no course with Karen: not her contact person
    assertThatThrownBy(
            () ->
                dialog()
                    .as(staffActor(world.homeCareNurse))
                    .network()
                    .suggest(world.karen.id(), world.walk.id()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void fifty_concurrent_signups_for_the_last_seats_admit_exactly_the_capacity() throws Exception {
    Instant tuesday = local("2026-10-20T09:30");
    int seatedBefore = world.walk.capacity() - 5;
    for (int i = 0; i < seatedBefore; i++) {
      Citizen early = world.neighbour();
      dialog().as(citizenActor(early)).network().signUp(early.id(), world.walk.id(), tuesday);
    }
    List<Citizen> racers = new ArrayList<>();
    for (int i = 0; i < RACERS; i++) {
      racers.add(world.neighbour());
    }

    CyclicBarrier start = new CyclicBarrier(RACERS);
    ExecutorService pool = Executors.newFixedThreadPool(RACERS);
    List<Signup> results = new ArrayList<>();
    try {
      List<Future<Signup>> futures = new ArrayList<>();
      for (Citizen racer : racers) {
        futures.add(
            pool.submit(
                () -> {
                  start.await(30, TimeUnit.SECONDS);
                  return dialog()
                      .as(citizenActor(racer))
                      .network()
                      .signUp(racer.id(), world.walk.id(), tuesday);
                }));
      }
      for (Future<Signup> future : futures) {
        try {
          results.add(future.get(120, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
          throw new AssertionError("a signup failed instead of being seated or waitlisted", e);
        }
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(results).filteredOn(s -> s.status() == SignupStatus.SEATED).hasSize(5);
    assertThat(results).filteredOn(s -> s.status() == SignupStatus.WAITLISTED).hasSize(45);
    List<Signup> roster =
        dialog().as(staffActor(world.centreStaff)).network().signupsOf(world.walk.id());
    assertThat(roster).filteredOn(s -> s.status() == SignupStatus.SEATED).hasSize(12);
    assertThat(roster).extracting(Signup::position).doesNotHaveDuplicates();
    OccurrencePage week =
        search(
            ActivityQuery.upcoming().interests("walking").between(tuesday, tuesday.plusSeconds(1)));
    assertThat(week.occurrences()).singleElement().extracting(Occurrence::seatsLeft).isEqualTo(0);
  }

  @Test
  void when_someone_leaves_the_first_on_the_waiting_list_is_seated_and_notified() {
    Activity smallLunch =
        dialog()
            .as(staffActor(world.centreStaff))
            .network()
            .publish(
                FrederiksbergNetwork.command(
                    world.centre,
                    "Frokost i køkkenhaven",
                    List.of("food"),
                    Place.at("Roskildevej 30, 2000 Frederiksberg", "Frederiksberg"),
                    Schedule.recurring(
                        LocalDateTime.of(2026, 10, 16, 12, 0),
                        Duration.ofHours(1),
                        FrederiksbergNetwork.CPH,
                        Frequency.WEEKLY,
                        null),
                    2));
    Instant friday = local("2026-10-16T12:00");
    Citizen first = world.neighbour();
    Citizen second = world.neighbour();
    Citizen third = world.neighbour();
    Signup firstSeat =
        dialog().as(citizenActor(first)).network().signUp(first.id(), smallLunch.id(), friday);
    Signup series =
        dialog().as(citizenActor(second)).network().signUpForSeries(second.id(), smallLunch.id());
    Signup karens = world.asKaren().signUp(world.karen.id(), smallLunch.id(), friday);
    Signup thirds =
        dialog().as(citizenActor(third)).network().signUp(third.id(), smallLunch.id(), friday);
    assertThat(List.of(firstSeat.status(), series.status(), karens.status(), thirds.status()))
        .containsExactly(
            SignupStatus.SEATED,
            SignupStatus.SEATED,
            SignupStatus.WAITLISTED,
            SignupStatus.WAITLISTED);
    assertThat(notifications(world.karen)).isEmpty();
    assertThatThrownBy(() -> world.asKaren().signUp(world.karen.id(), smallLunch.id(), friday))
        .isInstanceOf(UnableToChangeException.class)
        .extracting(e -> ((UnableToChangeException) e).rule())
        .isEqualTo("signup.exists");

    List<Signup> promoted = dialog().as(citizenActor(first)).network().leave(firstSeat.id());

    assertThat(promoted).extracting(Signup::id).containsExactly(karens.id());
    assertThat(world.asKaren().signupsFor(world.karen.id()))
        .singleElement()
        .extracting(Signup::status)
        .isEqualTo(SignupStatus.SEATED);
    assertThat(notifications(world.karen))
        .extracting(InAppNotification::subject)
        .containsExactly("Du har fået en plads");
    assertThat(notifications(world.karen).get(0).body()).doesNotContain(smallLunch.title());
    assertThat(notifications(third)).isEmpty();
    // leaving twice changes nothing
    assertThat(dialog().as(citizenActor(first)).network().leave(firstSeat.id())).isEmpty();
  }

  @Test
  void signup_closes_at_the_organisers_deadline() {
    Instant tuesday = local("2026-10-13T09:30");
    // the deadline is two hours before: 07:30
    world.clock.set(local("2026-10-13T07:31"));

    assertThatThrownBy(() -> world.asKaren().signUp(world.karen.id(), world.walk.id(), tuesday))
        .isInstanceOf(UnableToChangeException.class)
        .extracting(e -> ((UnableToChangeException) e).rule())
        .isEqualTo("signup.closed");
    // the next Tuesday is still open
    assertThat(
            world
                .asKaren()
                .signUp(world.karen.id(), world.walk.id(), tuesday.plus(Duration.ofDays(7)))
                .status())
        .isEqualTo(SignupStatus.SEATED);
    assertThatThrownBy(
            () ->
                world
                    .asKaren()
                    .signUp(world.karen.id(), world.walk.id(), local("2026-10-21T09:30")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("occurrence");
  }

  @Test
  void staff_list_the_activities_of_their_own_unit_only() {
    NetworkOperations centre = dialog().as(staffActor(world.centreStaff)).network();

    assertThat(centre.activitiesOf(world.seniorCentre.id()))
        .containsExactlyInAnyOrder(world.walk, world.lunch, world.singing, world.talk);
    assertThat(
            dialog()
                .as(staffActor(world.therapist))
                .network()
                .activitiesOf(world.rehabilitation.id()))
        .isEmpty();
    assertThatThrownBy(
            () ->
                dialog()
                    .as(staffActor(world.therapist))
                    .network()
                    .activitiesOf(world.seniorCentre.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> world.asKaren().activitiesOf(world.seniorCentre.id()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void a_citizen_cannot_search_or_sign_up_for_someone_else() {
    Citizen neighbour = world.neighbour();

    assertThatThrownBy(
            () ->
                world.asKaren().signUp(neighbour.id(), world.walk.id(), local("2026-10-20T09:30")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> world.asKaren().search(neighbour.id(), ActivityQuery.upcoming()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                dialog()
                    .as(staffActor(world.therapist))
                    .network()
                    .publish(
                        FrederiksbergNetwork.command(
                            world.centre,
                            "Ikke min enhed",
                            List.of("food"),
                            Place.online("https://moede.frederiksberg.dk/x"),
                            Schedule.once(
                                LocalDateTime.of(2026, 11, 1, 10, 0),
                                Duration.ofHours(1),
                                FrederiksbergNetwork.CPH),
                            5)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(world.asKaren().signupsFor(world.karen.id())).isEmpty();
  }

  Borgerdialog dialog() {
    return world.dialog;
  }

  List<InAppNotification> notifications(Citizen citizen) {
    return world.dialog.as(Actor.system("test")).reminders().notifications(citizen.id());
  }
}
