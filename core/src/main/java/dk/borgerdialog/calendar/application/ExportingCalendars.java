package dk.borgerdialog.calendar.application;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessTarget;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.calendar.model.CalendarEntry;
import dk.borgerdialog.calendar.model.CalendarFeeds;
import dk.borgerdialog.calendar.model.CalendarWriter;
import dk.borgerdialog.calendar.model.FeedToken;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.citizen.model.Citizens;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.network.model.Activities;
import dk.borgerdialog.network.model.Activity;
import dk.borgerdialog.network.model.ActivityId;
import dk.borgerdialog.network.model.Place;
import dk.borgerdialog.network.model.Recurrences;
import dk.borgerdialog.network.model.Signup;
import dk.borgerdialog.network.model.SignupStatus;
import dk.borgerdialog.network.model.Signups;
import dk.borgerdialog.organisation.model.Organisations;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.plan.model.Appointments;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Calendars for citizens: an .ics of one appointment or one activity occurrence, and a feed of the
 * plan's appointments and the activities signed up for, reached by a revocable token.
 *
 * <p>Entries are neutral: an appointment shows the unit's public name and the mode ("Aftale hos
 * Borgercenter Nord (telefon)"), never the service, a CPR number or a health detail. A cancelled or
 * moved appointment and a left activity stay in the feed, marked cancelled, so clients remove them.
 */
public final class ExportingCalendars {
  /** How far back the feed shows past events. */
  public static final Duration FEED_PAST = Duration.ofDays(30);

  /** How far ahead the feed expands series. */
  public static final Duration FEED_AHEAD = Duration.ofDays(366);

  /** The most appointments in a feed. */
  static final int MAX_APPOINTMENTS = 500;

  /** The most signups in a feed. */
  static final int MAX_SIGNUPS = 200;

  /** The most occurrences of one series in a feed. */
  static final int MAX_SERIES_OCCURRENCES = 60;

  private static final String UID_DOMAIN = "@borgerdialog.dk";

  private final Citizens citizens;
  private final Appointments appointments;
  private final Organisations organisations;
  private final Activities activities;
  private final Signups signups;
  private final Recurrences recurrences;
  private final CalendarFeeds feeds;
  private final CalendarWriter writer;
  private final AccessControl access;
  private final Transactions transactions;
  private final Clock clock;

  @Inject
  ExportingCalendars(
      Citizens citizens,
      Appointments appointments,
      Organisations organisations,
      Activities activities,
      Signups signups,
      Recurrences recurrences,
      CalendarFeeds feeds,
      CalendarWriter writer,
      AccessControl access,
      Transactions transactions,
      Clock clock) {
    this.citizens = citizens;
    this.appointments = appointments;
    this.organisations = organisations;
    this.activities = activities;
    this.signups = signups;
    this.recurrences = recurrences;
    this.feeds = feeds;
    this.writer = writer;
    this.access = access;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * One appointment as .ics.
   *
   * @param actor the citizen, or the system
   * @param appointment the appointment
   * @return the .ics text
   * @throws NoSuchEntityException if the appointment does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  public String appointment(Actor actor, AppointmentId appointment) {
    Check.notNull("appointment", appointment);
    Appointment found =
        appointments
            .byId(appointment)
            .orElseThrow(() -> new NoSuchEntityException("appointment", appointment));
    AccessControl.Grant grant =
        access.authorize(
            actor,
            Operation.EXPORT_CALENDAR,
            AccessTarget.of(found.citizen(), found.unit()),
            appointment.value());
    Citizen citizen = citizen(found.citizen());
    return transactions.inTransaction(
        () -> {
          grant.record();
          return writer.write(
              name(citizen.language()),
              List.of(entry(found, citizen, new HashMap<>(), clock.instant())));
        });
  }

  /**
   * One occurrence of an activity as .ics.
   *
   * @param actor the citizen, or the system
   * @param citizen the citizen it is for
   * @param activity the activity
   * @param occurrence the start of the occurrence
   * @return the .ics text
   * @throws dk.borgerdialog.common.InvalidInputException naming {@code occurrence} if it is not an
   *     occurrence of the activity
   * @throws NoSuchEntityException if the activity does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  public String occurrence(
      Actor actor, CitizenId citizen, ActivityId activity, Instant occurrence) {
    Check.notNull("citizen", citizen);
    Check.notNull("activity", activity);
    Check.notNull("occurrence", occurrence);
    AccessControl.Grant grant =
        access.authorize(
            actor,
            Operation.EXPORT_CALENDAR,
            new AccessTarget(citizen, Set.of()),
            activity.value());
    Activity found =
        activities
            .byId(activity)
            .orElseThrow(() -> new NoSuchEntityException("activity", activity));
    Check.that(
        recurrences
            .starts(found.schedule(), occurrence, occurrence.plusSeconds(1), 1)
            .contains(occurrence),
        "occurrence",
        "must be an occurrence of the activity");
    Citizen who = citizen(citizen);
    return transactions.inTransaction(
        () -> {
          grant.record();
          return writer.write(
              name(who.language()), List.of(entry(found, occurrence, false, 0, clock.instant())));
        });
  }

  /**
   * Issues a new feed token to the citizen; earlier tokens stop working.
   *
   * <p>The token is shown once: only its hash is stored. The host builds the feed's address from
   * it, such as {@code https://minside.kommune.dk/kalender/<token>.ics}.
   *
   * @param actor the citizen, or the system
   * @param citizen the citizen
   * @return the token
   * @throws NoSuchEntityException if the citizen does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  public FeedToken issueFeed(Actor actor, CitizenId citizen) {
    Check.notNull("citizen", citizen);
    AccessControl.Grant grant =
        access.authorize(
            actor, Operation.EXPORT_CALENDAR, new AccessTarget(citizen, Set.of()), null);
    citizen(citizen);
    FeedToken token = FeedToken.random();
    return transactions.inTransaction(
        () -> {
          feeds.issue(citizen, token.hash(), clock.instant());
          grant.record();
          return token;
        });
  }

  /**
   * Revokes the citizen's feed tokens: their feed address stops working at once.
   *
   * @param actor the citizen, or the system
   * @param citizen the citizen
   * @return how many tokens were revoked
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  public int revokeFeed(Actor actor, CitizenId citizen) {
    Check.notNull("citizen", citizen);
    AccessControl.Grant grant =
        access.authorize(
            actor, Operation.EXPORT_CALENDAR, new AccessTarget(citizen, Set.of()), null);
    return transactions.inTransaction(
        () -> {
          int revoked = feeds.revoke(citizen, clock.instant());
          grant.record();
          return revoked;
        });
  }

  /**
   * The citizen's feed, for the host's feed endpoint: appointments from {@link #FEED_PAST} ago, and
   * the activity occurrences signed up for, up to {@link #FEED_AHEAD} ahead.
   *
   * @param actor the system (the host's endpoint, which calendar clients call without a sign-in)
   * @param token the token from the feed's address
   * @return the .ics text
   * @throws dk.borgerdialog.common.InvalidInputException naming {@code token} if it is malformed
   * @throws NoSuchEntityException if the token is unknown or revoked
   * @throws dk.borgerdialog.common.AccessDeniedException unless the system
   */
  public String feed(Actor actor, String token) {
    FeedToken parsed = new FeedToken(token);
    CitizenId citizen =
        transactions.inTransaction(
            () ->
                feeds
                    .citizenOf(parsed.hash())
                    .orElseThrow(() -> new NoSuchEntityException("calendar feed", "token")));
    AccessControl.Grant grant =
        access.authorize(
            actor, Operation.READ_CALENDAR_FEED, new AccessTarget(citizen, Set.of()), null);
    Citizen who = citizen(citizen);
    return transactions.inTransaction(
        () -> {
          grant.record();
          Instant now = clock.instant();
          Instant from = now.minus(FEED_PAST);
          List<CalendarEntry> entries = new ArrayList<>();
          Map<UnitId, Unit> units = new HashMap<>();
          for (Appointment a : appointments.ofCitizen(citizen, from, MAX_APPOINTMENTS)) {
            entries.add(entry(a, who, units, now));
          }
          entries.addAll(activityEntries(citizen, from, now));
          return writer.write(name(who.language()), entries);
        });
  }

  private List<CalendarEntry> activityEntries(CitizenId citizen, Instant from, Instant now) {
    List<Signup> mine =
        signups.ofCitizen(citizen, MAX_SIGNUPS).stream()
            .filter(s -> s.status() != SignupStatus.WAITLISTED)
            .toList();
    Map<ActivityId, Activity> byId = new HashMap<>();
    for (Activity a : activities.byIds(mine.stream().map(Signup::activity).distinct().toList())) {
      byId.put(a.id(), a);
    }
    // one entry per occurrence: a seat wins over a signup that was left
    Map<String, CalendarEntry> byUid = new LinkedHashMap<>();
    for (Signup s : mine) {
      Activity activity = byId.get(s.activity());
      if (activity == null) {
        continue;
      }
      List<Instant> starts =
          s.occurrence() != null
              ? List.of(s.occurrence())
              : recurrences.starts(
                  activity.schedule(), from, now.plus(FEED_AHEAD), MAX_SERIES_OCCURRENCES);
      boolean cancelled = s.status() == SignupStatus.LEFT;
      for (Instant start : starts) {
        if (start.isBefore(from)) {
          continue;
        }
        CalendarEntry entry = entry(activity, start, cancelled, s.version(), now);
        CalendarEntry earlier = byUid.get(entry.uid());
        if (earlier == null || (earlier.cancelled() && !cancelled)) {
          byUid.put(entry.uid(), entry);
        }
      }
    }
    return List.copyOf(byUid.values());
  }

  private CalendarEntry entry(
      Activity activity, Instant start, boolean cancelled, long signupVersion, Instant now) {
    String location =
        activity.place() instanceof Place.Address a
            ? a.address()
            : ((Place.Online) activity.place()).link();
    return new CalendarEntry(
        "activity-" + activity.id() + "-" + start.getEpochSecond() + UID_DOMAIN,
        activity.version() + signupVersion,
        start,
        start.plus(activity.schedule().duration()),
        activity.schedule().zone(),
        activity.title(),
        location,
        cancelled,
        now);
  }

  private CalendarEntry entry(
      Appointment appointment, Citizen citizen, Map<UnitId, Unit> units, Instant now) {
    Unit unit =
        units.computeIfAbsent(
            appointment.unit(),
            id -> organisations.unit(id).orElseThrow(() -> new NoSuchEntityException("unit", id)));
    boolean da = citizen.language() == Language.DA;
    String mode = "";
    String location = null;
    if (appointment.mode() instanceof AppointmentMode.InPerson p) {
      location = p.address();
    } else if (appointment.mode() instanceof AppointmentMode.Video v) {
      mode = " (video)";
      location = v.link();
    } else {
      mode = da ? " (telefon)" : " (phone)";
    }
    boolean cancelled =
        appointment.status() == AppointmentStatus.CANCELLED
            || appointment.status() == AppointmentStatus.MOVED;
    return new CalendarEntry(
        "appointment-" + appointment.id() + UID_DOMAIN,
        appointment.version(),
        appointment.start(),
        appointment.end(),
        citizen.zone(),
        (da ? "Aftale hos " : "Appointment at ") + unit.publicName() + mode,
        location,
        cancelled,
        now);
  }

  private Citizen citizen(CitizenId id) {
    return citizens.byId(id).orElseThrow(() -> new NoSuchEntityException("citizen", id));
  }

  private static String name(Language language) {
    return language == Language.DA ? "Min kalender" : "My calendar";
  }
}
