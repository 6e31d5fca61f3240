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
import java.util.List;
import java.util.Set;
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
          if (current.status() == SignupStatus.LEFT) {
            return List.<Signup>of();
          }
          signups.update(current.withStatus(SignupStatus.LEFT));
          Instant now = clock.instant();
          List<Instant> upcoming = Occurrences.openForSignup(recurrences, locked, now);
          List<Signup> promoted =
              new Roster(locked, signups.active(locked.id())).promotable(upcoming);
          for (Signup seated : promoted) {
            signups.update(seated);
            notifier.notify(
                new Notice(
                    "signup-" + seated.id() + "-seated",
                    seated.citizen(),
                    NoticeKind.WAITING_LIST_PROMOTED));
          }
          return promoted;
        });
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
