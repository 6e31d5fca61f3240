package dk.borgerdialog.network.application;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessTarget;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.network.model.Activities;
import dk.borgerdialog.network.model.Activity;
import dk.borgerdialog.network.model.ActivityId;
import dk.borgerdialog.network.model.Interest;
import dk.borgerdialog.network.model.Interests;
import dk.borgerdialog.network.model.Organiser;
import dk.borgerdialog.network.model.OrganiserId;
import dk.borgerdialog.network.model.OrganiserKind;
import dk.borgerdialog.network.model.Organisers;
import dk.borgerdialog.network.model.Signup;
import dk.borgerdialog.network.model.Signups;
import dk.borgerdialog.organisation.model.MunicipalityId;
import dk.borgerdialog.organisation.model.Organisations;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitId;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The municipality's side of Mit netværk: the managed list of interests, organisers and their
 * activities, and who signed up.
 */
public final class ManagingActivities {
  private final Organisations organisations;
  private final Organisers organisers;
  private final Activities activities;
  private final Interests interests;
  private final Signups signups;
  private final AccessControl access;
  private final Transactions transactions;

  @Inject
  ManagingActivities(
      Organisations organisations,
      Organisers organisers,
      Activities activities,
      Interests interests,
      Signups signups,
      AccessControl access,
      Transactions transactions) {
    this.organisations = organisations;
    this.organisers = organisers;
    this.activities = activities;
    this.interests = interests;
    this.signups = signups;
    this.access = access;
    this.transactions = transactions;
  }

  /**
   * Adds an interest to the municipality's managed list, or renames it.
   *
   * @param actor the system
   * @param municipality the municipality
   * @param interest the interest
   * @throws NoSuchEntityException if the municipality does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the system
   */
  public void defineInterest(Actor actor, MunicipalityId municipality, Interest interest) {
    Check.notNull("municipality", municipality);
    Check.notNull("interest", interest);
    AccessControl.Grant grant =
        access.authorize(actor, Operation.ADMINISTER, AccessTarget.organisation(), null);
    organisations
        .municipality(municipality)
        .orElseThrow(() -> new NoSuchEntityException("municipality", municipality));
    transactions.inTransaction(
        () -> {
          interests.define(municipality, interest);
          grant.record();
          return null;
        });
  }

  /**
   * Registers an organiser managed by a unit: the unit itself or an association.
   *
   * @param actor staff of the unit, or the system
   * @param unit the unit that manages its activities
   * @param kind a municipal unit or an association
   * @param name the name citizens see
   * @param email a contact e-mail address, or null
   * @param phone a contact phone number in E.164 form, or null
   * @return the organiser
   * @throws dk.borgerdialog.common.InvalidInputException naming the field if one is wrong
   * @throws NoSuchEntityException if the unit does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit or the system
   */
  public Organiser registerOrganiser(
      Actor actor,
      UnitId unit,
      OrganiserKind kind,
      String name,
      @Nullable String email,
      @Nullable String phone) {
    Check.notNull("unit", unit);
    Unit found =
        organisations.unit(unit).orElseThrow(() -> new NoSuchEntityException("unit", unit));
    Organiser organiser =
        new Organiser(OrganiserId.random(), found.municipality(), unit, kind, name, email, phone);
    AccessControl.Grant grant =
        access.authorize(
            actor, Operation.MANAGE_ACTIVITIES, AccessTarget.unit(unit), organiser.id().value());
    return transactions.inTransaction(
        () -> {
          organisers.add(organiser);
          grant.record();
          return organiser;
        });
  }

  /**
   * Publishes an activity of an organiser.
   *
   * @param actor staff of the organiser's unit, or the system
   * @param command the activity
   * @return the activity
   * @throws dk.borgerdialog.common.InvalidInputException naming the field if one is wrong, such as
   *     an interest not on the municipality's list
   * @throws NoSuchEntityException if the organiser does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit or the system
   */
  public Activity publish(Actor actor, PublishActivityCommand command) {
    Check.notNull("command", command);
    Organiser organiser =
        organisers
            .byId(command.organiser())
            .orElseThrow(() -> new NoSuchEntityException("organiser", command.organiser()));
    Activity activity =
        new Activity(
            ActivityId.random(),
            organiser.municipality(),
            organiser.id(),
            organiser.unit(),
            command.title(),
            command.description(),
            command.interests(),
            command.place(),
            command.schedule(),
            command.capacity(),
            command.targetGroup(),
            command.accessibility(),
            command.price(),
            command.signupDeadline(),
            0);
    AccessControl.Grant grant =
        access.authorize(
            actor,
            Operation.MANAGE_ACTIVITIES,
            AccessTarget.unit(organiser.unit()),
            activity.id().value());
    Set<String> known = new HashSet<>();
    interests.of(organiser.municipality()).forEach(i -> known.add(i.code()));
    Check.that(
        known.containsAll(activity.interests()),
        "interests",
        "must be on the municipality's list of interests");
    return transactions.inTransaction(
        () -> {
          activities.add(activity);
          grant.record();
          return activity;
        });
  }

  /**
   * The organisers a unit manages.
   *
   * @param actor staff of the unit, or the system
   * @param unit the unit
   * @return the organisers, by name
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit or the system
   */
  public List<Organiser> organisersOf(Actor actor, UnitId unit) {
    Check.notNull("unit", unit);
    AccessControl.Grant grant =
        access.authorize(actor, Operation.MANAGE_ACTIVITIES, AccessTarget.unit(unit), null);
    return transactions.inTransaction(
        () -> {
          grant.record();
          return organisers.ofUnit(unit);
        });
  }

  /**
   * The activities a unit manages, by first start, so that its staff can follow up on them.
   *
   * @param actor staff of the unit, or the system
   * @param unit the unit
   * @return the activities
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit or the system
   */
  public List<Activity> activitiesOf(Actor actor, UnitId unit) {
    Check.notNull("unit", unit);
    AccessControl.Grant grant =
        access.authorize(actor, Operation.MANAGE_ACTIVITIES, AccessTarget.unit(unit), null);
    return transactions.inTransaction(
        () -> {
          grant.record();
          return activities.ofUnit(unit);
        });
  }

  /**
   * The seated and waitlisted signups of an activity, in order of signup.
   *
   * @param actor staff of the activity's unit, or the system
   * @param activity the activity
   * @return the signups
   * @throws NoSuchEntityException if the activity does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit or the system
   */
  public List<Signup> signupsOf(Actor actor, ActivityId activity) {
    Check.notNull("activity", activity);
    Activity found =
        activities
            .byId(activity)
            .orElseThrow(() -> new NoSuchEntityException("activity", activity));
    AccessControl.Grant grant =
        access.authorize(
            actor, Operation.MANAGE_ACTIVITIES, AccessTarget.unit(found.unit()), activity.value());
    return transactions.inTransaction(
        () -> {
          grant.record();
          return signups.active(activity);
        });
  }
}
