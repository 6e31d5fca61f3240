package dk.borgerdialog.network.application;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessTarget;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.citizen.model.Citizens;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.common.UnableToChangeException;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.network.model.Activities;
import dk.borgerdialog.network.model.Activity;
import dk.borgerdialog.network.model.ActivityId;
import dk.borgerdialog.network.model.Recurrences;
import dk.borgerdialog.network.model.Roster;
import dk.borgerdialog.network.model.Signup;
import dk.borgerdialog.network.model.SignupId;
import dk.borgerdialog.network.model.SignupStatus;
import dk.borgerdialog.network.model.Signups;
import dk.borgerdialog.notification.model.Notice;
import dk.borgerdialog.notification.model.NoticeKind;
import dk.borgerdialog.notification.model.Notifier;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Citizens sign up for one occurrence or the whole series, and leave; a full activity puts them on
 * its waiting list, and whoever leaves makes room for the first on it.
 *
 * <p>Each signup and each leave locks the activity for its transaction, so the seats at an
 * occurrence never exceed the capacity, however many citizens sign up at once.
 */
public final class SigningUp {
  /** The most signups {@link #signupsOf} returns. */
  public static final int MAX_SIGNUPS = 200;

  private final Citizens citizens;
  private final Activities activities;
  private final Signups signups;
  private final Recurrences recurrences;
  private final Notifier notifier;
  private final AccessControl access;
  private final Transactions transactions;
  private final Clock clock;

  @Inject
  SigningUp(
      Citizens citizens,
      Activities activities,
      Signups signups,
      Recurrences recurrences,
      Notifier notifier,
      AccessControl access,
      Transactions transactions,
      Clock clock) {
    this.citizens = citizens;
    this.activities = activities;
    this.signups = signups;
    this.recurrences = recurrences;
    this.notifier = notifier;
    this.access = access;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Signs a citizen up: seated if there is room, otherwise on the waiting list.
   *
   * @param actor the citizen, or the system
   * @param citizen the citizen
   * @param activity the activity
   * @param occurrence the start of the occurrence, or null for every occurrence of the series; a
   *     series signup is seated only if there is room at every occurrence in the next year
   * @return the signup, {@link SignupStatus#SEATED} or {@link SignupStatus#WAITLISTED}
   * @throws dk.borgerdialog.common.InvalidInputException naming {@code occurrence} if it is not an
   *     occurrence of the activity
   * @throws NoSuchEntityException if the citizen or activity does not exist
   * @throws UnableToChangeException {@code signup.closed} after the organiser's deadline, {@code
   *     signup.exists} if the citizen is signed up already
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  public Signup signUp(
      Actor actor, CitizenId citizen, ActivityId activity, @Nullable Instant occurrence) {
    Check.notNull("citizen", citizen);
    Check.notNull("activity", activity);
    AccessControl.Grant grant =
        access.authorize(
            actor,
            Operation.SIGN_UP_FOR_ACTIVITY,
            new AccessTarget(citizen, Set.of()),
            activity.value());
    citizens.byId(citizen).orElseThrow(() -> new NoSuchEntityException("citizen", citizen));
    return transactions.inTransaction(
        () -> {
          Activity locked =
              activities
                  .lockById(activity)
                  .orElseThrow(() -> new NoSuchEntityException("activity", activity));
          Instant now = clock.instant();
          List<Instant> upcoming = Occurrences.openForSignup(recurrences, locked, now);
          if (occurrence != null) {
            Check.that(
                Occurrences.isOccurrence(recurrences, locked, occurrence),
                "occurrence",
                "must be an occurrence of the activity");
            if (!locked.signupOpen(occurrence, now)) {
              throw closed();
            }
          } else if (upcoming.isEmpty()) {
            throw closed();
          }
          Roster roster = new Roster(locked, signups.active(activity));
          if (roster.existing(citizen, occurrence) != null) {
            throw new UnableToChangeException(
                "signup.exists", "You are already signed up for this activity.");
          }
          SignupStatus status =
              roster.fits(occurrence, upcoming) ? SignupStatus.SEATED : SignupStatus.WAITLISTED;
          Signup signup =
              new Signup(
                  SignupId.random(),
                  activity,
                  citizen,
                  occurrence,
                  status,
                  signups.nextPosition(activity),
                  now,
                  0);
          signups.add(signup);
          grant.record();
          return signup;
        });
  }

  /**
   * Takes a citizen off an activity: gives up the seat or leaves the waiting list. The first on the
   * waiting list who now fits is seated and notified, in-app and on their channels.
   *
   * @param actor the citizen, or the system
   * @param signup the signup
   * @return the signups promoted from the waiting list, in order
   * @throws NoSuchEntityException if the signup does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  public List<Signup> leave(Actor actor, SignupId signup) {
    Check.notNull("signup", signup);
    Signup found =
        signups.byId(signup).orElseThrow(() -> new NoSuchEntityException("signup", signup));
    AccessControl.Grant grant =
        access.authorize(
            actor,
            Operation.SIGN_UP_FOR_ACTIVITY,
            new AccessTarget(found.citizen(), Set.of()),
            signup.value());
    return transactions.inTransaction(
        () -> {
          Activity locked =
              activities
                  .lockById(found.activity())
                  .orElseThrow(() -> new NoSuchEntityException("activity", found.activity()));
          Signup current =
              signups.byId(signup).orElseThrow(() -> new NoSuchEntityException("signup", signup));
          grant.record();
          return current.status() == SignupStatus.LEFT
              ? List.<Signup>of()
              : leaveLocked(locked, current);
        });
  }

  /**
   * Takes a citizen off every activity where they hold a seat or wait, as {@link #leave} does for
   * one: each waiting list moves up and those seated are notified. It is for a use case that has
   * already decided access and records it, and it joins that use case's transaction: the erasure of
   * the citizen's data, so that the seats they held are given to those waiting, not lost.
   *
   * <p>The activities are locked one at a time in the order of their ids, so two of these never
   * wait on each other; every other path locks a single activity.
   *
   * @param citizen the citizen
   * @return the signups promoted from the waiting lists, activity by activity
   */
  public List<Signup> leaveAll(CitizenId citizen) {
    Check.notNull("citizen", citizen);
    return transactions.inTransaction(
        () -> {
          TreeMap<ActivityId, List<Signup>> held =
              new TreeMap<>(Comparator.comparing(ActivityId::value));
          for (Signup s : signups.ofCitizen(citizen, Integer.MAX_VALUE)) {
            if (s.status() != SignupStatus.LEFT) {
              held.computeIfAbsent(s.activity(), a -> new ArrayList<>()).add(s);
            }
          }
          List<Signup> promoted = new ArrayList<>();
          for (Map.Entry<ActivityId, List<Signup>> entry : held.entrySet()) {
            Optional<Activity> locked = activities.lockById(entry.getKey());
            if (locked.isEmpty()) {
              continue;
            }
            // their places in the queue first, so that a seat given up never goes to themselves
            List<Signup> queueFirst = new ArrayList<>(entry.getValue());
            queueFirst.sort(Comparator.comparing(s -> s.status() != SignupStatus.WAITLISTED));
            for (Signup s : queueFirst) {
              // read again under the lock: a leave that committed while this waited is left alone
              Optional<Signup> current = signups.byId(s.id());
              if (current.isPresent() && current.get().status() != SignupStatus.LEFT) {
                promoted.addAll(leaveLocked(locked.get(), current.get()));
              }
            }
          }
          return List.copyOf(promoted);
        });
  }

  /** Marks the signup left and seats whoever now fits, under the activity's lock. */
  private List<Signup> leaveLocked(Activity locked, Signup current) {
    signups.update(current.withStatus(SignupStatus.LEFT));
    Instant now = clock.instant();
    List<Instant> upcoming = Occurrences.openForSignup(recurrences, locked, now);
    List<Signup> promoted = new Roster(locked, signups.active(locked.id())).promotable(upcoming);
    for (Signup seated : promoted) {
      signups.update(seated);
      notifier.notify(
          new Notice(
              "signup-" + seated.id() + "-seated",
              seated.citizen(),
              NoticeKind.WAITING_LIST_PROMOTED));
    }
    return promoted;
  }

  /**
   * The citizen's signups, left ones too, newest first.
   *
   * @param actor the citizen, or the system
   * @param citizen the citizen
   * @return at most {@value #MAX_SIGNUPS} signups
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  public List<Signup> signupsOf(Actor actor, CitizenId citizen) {
    Check.notNull("citizen", citizen);
    AccessControl.Grant grant =
        access.authorize(
            actor, Operation.SIGN_UP_FOR_ACTIVITY, new AccessTarget(citizen, Set.of()), null);
    return transactions.inTransaction(
        () -> {
          grant.record();
          return signups.ofCitizen(citizen, MAX_SIGNUPS);
        });
  }

  private static UnableToChangeException closed() {
    return new UnableToChangeException("signup.closed", "Signup for this activity has closed.");
  }
}
