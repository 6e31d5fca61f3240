package dk.borgerdialog.internal;

import dk.borgerdialog.NetworkOperations;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.network.application.ActivityQuery;
import dk.borgerdialog.network.application.ManagingActivities;
import dk.borgerdialog.network.application.PublishActivityCommand;
import dk.borgerdialog.network.application.SearchingActivities;
import dk.borgerdialog.network.application.SigningUp;
import dk.borgerdialog.network.application.SuggestingActivities;
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
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** {@link NetworkOperations} bound to one actor. */
final class ActorNetworkOperations implements NetworkOperations {
  private final Actor actor;
  private final NetworkUseCases network;

  ActorNetworkOperations(Actor actor, NetworkUseCases network) {
    this.actor = actor;
    this.network = network;
  }

  @Override
  public void defineInterest(MunicipalityId municipality, Interest interest) {
    network.managing().defineInterest(actor, municipality, interest);
  }

  @Override
  public Organiser registerOrganiser(
      UnitId unit,
      OrganiserKind kind,
      String name,
      @Nullable String email,
      @Nullable String phone) {
    return network.managing().registerOrganiser(actor, unit, kind, name, email, phone);
  }

  @Override
  public List<Organiser> organisersOf(UnitId unit) {
    return network.managing().organisersOf(actor, unit);
  }

  @Override
  public List<Activity> activitiesOf(UnitId unit) {
    return network.managing().activitiesOf(actor, unit);
  }

  @Override
  public Activity publish(PublishActivityCommand command) {
    return network.managing().publish(actor, command);
  }

  @Override
  public List<Signup> signupsOf(ActivityId activity) {
    return network.managing().signupsOf(actor, activity);
  }

  @Override
  public OccurrencePage search(CitizenId citizen, ActivityQuery query) {
    return network.searching().search(actor, citizen, query);
  }

  @Override
  public OccurrencePage matchingInterests(CitizenId citizen, @Nullable String cursor) {
    return network
        .searching()
        .matchingInterests(actor, citizen, cursor, ActivityQuery.DEFAULT_PAGE_SIZE);
  }

  @Override
  public void stateInterests(CitizenId citizen, Set<String> codes) {
    network.searching().stateInterests(actor, citizen, codes);
  }

  @Override
  public Map<Interest, Boolean> interests(CitizenId citizen) {
    return network.searching().interests(actor, citizen);
  }

  @Override
  public List<SuggestedActivity> suggestions(CitizenId citizen) {
    return network.searching().suggestions(actor, citizen);
  }

  @Override
  public Suggestion suggest(CitizenId citizen, ActivityId activity) {
    return network.suggesting().suggest(actor, citizen, activity);
  }

  @Override
  public Signup signUp(CitizenId citizen, ActivityId activity, Instant occurrence) {
    return network
        .signingUp()
        .signUp(
            actor,
            citizen,
            activity,
            dk.borgerdialog.common.internal.Check.notNull("occurrence", occurrence));
  }

  @Override
  public Signup signUpForSeries(CitizenId citizen, ActivityId activity) {
    return network.signingUp().signUp(actor, citizen, activity, null);
  }

  @Override
  public List<Signup> leave(SignupId signup) {
    return network.signingUp().leave(actor, signup);
  }

  @Override
  public List<Signup> signupsFor(CitizenId citizen) {
    return network.signingUp().signupsOf(actor, citizen);
  }

  /** The use cases behind {@link NetworkOperations}, created once. */
  record NetworkUseCases(
      ManagingActivities managing,
      SearchingActivities searching,
      SigningUp signingUp,
      SuggestingActivities suggesting) {
    @Inject
    NetworkUseCases {}
  }
}
