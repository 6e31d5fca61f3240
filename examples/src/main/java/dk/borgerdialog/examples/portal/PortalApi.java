package dk.borgerdialog.examples.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.Session;
import dk.borgerdialog.access.AccessPolicy;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.calendar.model.FeedToken;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.contact.application.StartThreadCommand;
import dk.borgerdialog.contact.model.Attachment;
import dk.borgerdialog.contact.model.AttachmentId;
import dk.borgerdialog.contact.model.AutoReply;
import dk.borgerdialog.contact.model.Byline;
import dk.borgerdialog.contact.model.CareTeamMember;
import dk.borgerdialog.contact.model.CareTeamMemberId;
import dk.borgerdialog.contact.model.Cursor;
import dk.borgerdialog.contact.model.Message;
import dk.borgerdialog.contact.model.MessageAuthor;
import dk.borgerdialog.contact.model.MessageId;
import dk.borgerdialog.contact.model.MessageThread;
import dk.borgerdialog.contact.model.Page;
import dk.borgerdialog.contact.model.Side;
import dk.borgerdialog.contact.model.ThreadId;
import dk.borgerdialog.material.model.MaterialItemId;
import dk.borgerdialog.material.model.ReleasedItem;
import dk.borgerdialog.network.application.ActivityQuery;
import dk.borgerdialog.network.model.ActivityId;
import dk.borgerdialog.network.model.OccurrencePage;
import dk.borgerdialog.network.model.Signup;
import dk.borgerdialog.network.model.SignupId;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.application.CancelAppointmentCommand;
import dk.borgerdialog.plan.application.MoveAppointmentCommand;
import dk.borgerdialog.plan.application.PublishFreeSlotCommand;
import dk.borgerdialog.plan.application.StatePreferenceCommand;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.plan.model.CitizenOverview;
import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.plan.model.CourseSummary;
import dk.borgerdialog.plan.model.FreeSlot;
import dk.borgerdialog.plan.model.FreeSlotId;
import dk.borgerdialog.plan.model.Participant;
import dk.borgerdialog.plan.model.PreferenceKind;
import dk.borgerdialog.plan.model.UpcomingAppointment;
import dk.borgerdialog.relative.application.GrantAccessCommand;
import dk.borgerdialog.relative.application.RevokeGrantCommand;
import dk.borgerdialog.relative.model.Relative;
import dk.borgerdialog.relative.model.RelativeGrant;
import dk.borgerdialog.relative.model.RelativeGrantId;
import dk.borgerdialog.relative.model.RelativeId;
import dk.borgerdialog.relative.model.Scope;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.QuietHours;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The portal's HTTP JSON API over the SDK. Every handler finds the caller's actor through {@link
 * SignIn} and calls the SDK as that actor, so the SDK's access control decides; the API adds no
 * rules of its own. The SDK's exceptions become problem+json in {@link Problems}.
 */
final class PortalApi {
  /** The most upcoming appointments the overview shows. */
  static final int MAX_UPCOMING = 20;

  /** The occurrences per page of an activity search. */
  static final int PAGE_SIZE = 10;

  /**
   * The largest request body: a message with the most attachments at their largest, base64 encoded
   * (4 characters for each 3 bytes), and room for the text.
   */
  static final long MAX_REQUEST_SIZE =
      (long) Attachment.MAX_PER_MESSAGE * ((Attachment.MAX_SIZE + 2) / 3 * 4) + 1024 * 1024;

  private static final ZoneId ZONE = DemoData.COPENHAGEN;

  private final Borgerdialog dialog;
  private final Directory directory;
  private final DemoSignIn signIn;
  private final ObjectMapper json;
  private final byte[] openApi;
  private final StaffApi staffApi;

  /**
   * The names of relatives, which the SDK does not hold: the host knows them from their sign-in.
   * The demo's relatives, and those a citizen gave access in this run.
   */
  private final Map<RelativeId, String> relativeNames = new ConcurrentHashMap<>();

  /** The sign-in references of the relatives, by which the host finds a relative in the SDK. */
  private final Map<RelativeId, ExternalRef> relativeRefs = new ConcurrentHashMap<>();

  private final ContactViews.Names names =
      new ContactViews.Names() {
        @Override
        public String staff(UUID id) {
          return directory.person(ActorKind.STAFF, id).map(DemoPerson::name).orElse("—");
        }

        @Override
        public String citizen(UUID id) {
          return directory.person(ActorKind.CITIZEN, id).map(DemoPerson::name).orElse("—");
        }

        @Override
        public String unit(UnitId unit) {
          return directory.unit(unit).map(DemoUnit::publicName).orElse("—");
        }
      };

  PortalApi(Borgerdialog dialog, Directory directory, DemoSignIn signIn, ObjectMapper json) {
    this.dialog = dialog;
    this.directory = directory;
    for (DemoPerson p : directory.people()) {
      if (p.kind() == ActorKind.RELATIVE) {
        relativeNames.put(new RelativeId(p.id()), p.name());
        relativeRefs.put(new RelativeId(p.id()), ExternalRef.of("demo", p.key()));
      }
    }
    this.signIn = signIn;
    this.json = json;
    this.staffApi = new StaffApi(this, dialog, directory, json);
    try (InputStream in = PortalApi.class.getResourceAsStream("/portal/openapi.json")) {
      this.openApi = Objects.requireNonNull(in, "openapi.json is on the classpath").readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A route of the API.
   *
   * @param method the HTTP method
   * @param path the path, with {@code {name}} parameters as in OpenAPI
   * @param handler the handler
   * @param uses the SDK façade methods the handler calls, as {@code "ContactOperations.write"}: the
   *     portal's claim that the route covers them, checked against the façades by {@code
   *     FacadeCoverage}
   */
  record Route(HandlerType method, String path, Handler handler, List<String> uses) {
    /** Copies the list. */
    Route {
      uses = List.copyOf(uses);
    }

    /**
     * The route's key as the web server lists it.
     *
     * @return such as {@code "GET /api/me"}
     */
    String key() {
      return method.name() + " " + path;
    }
  }

  private static Route route(HandlerType method, String path, Handler handler, String... uses) {
    return new Route(method, path, handler, List.of(uses));
  }

  /**
   * Every route of the API; the OpenAPI description must describe each.
   *
   * @return the routes
   */
  List<Route> routes() {
    List<Route> routes = new ArrayList<>(citizenRoutes());
    routes.addAll(staffApi.routes());
    return List.copyOf(routes);
  }

  private List<Route> citizenRoutes() {
    return List.of(
        route(HandlerType.GET, "/api/openapi.json", this::openApi),
        route(HandlerType.GET, "/api/demo/people", this::people, "RelativeOperations.grantsOf"),
        route(HandlerType.POST, "/api/demo/sign-in", this::signIn),
        route(HandlerType.POST, "/api/sign-out", this::signOut),
        route(HandlerType.GET, "/api/me", this::me, "RelativeOperations.myGrants"),
        route(
            HandlerType.GET,
            "/api/citizens/{citizenId}/overview",
            this::overview,
            "PlanOperations.overview"),
        route(
            HandlerType.GET,
            "/api/citizens/{citizenId}/contact-preferences",
            this::contact,
            "ReminderOperations.contactPreferences"),
        route(
            HandlerType.PUT,
            "/api/citizens/{citizenId}/contact-preferences",
            this::saveContact,
            "ReminderOperations.saveContactPreferences"),
        route(
            HandlerType.GET,
            "/api/citizens/{citizenId}/notifications",
            this::notifications,
            "ReminderOperations.notifications",
            "ReminderOperations.unreadNotifications"),
        route(
            HandlerType.POST,
            "/api/citizens/{citizenId}/notifications/{notificationId}/read",
            this::markRead,
            "ReminderOperations.markNotificationRead"),
        route(
            HandlerType.GET,
            "/api/appointments/{appointmentId}/free-slots",
            this::slotsFor,
            "PlanOperations.freeSlotsFor"),
        route(
            HandlerType.POST,
            "/api/appointments/{appointmentId}/move",
            this::move,
            "PlanOperations.move"),
        route(
            HandlerType.POST,
            "/api/appointments/{appointmentId}/cancel",
            this::cancel,
            "PlanOperations.cancel"),
        route(
            HandlerType.POST,
            "/api/appointments/{appointmentId}/attendance",
            this::attendance,
            "PlanOperations.markAttended",
            "PlanOperations.markNoShow"),
        route(
            HandlerType.POST,
            "/api/courses/{courseId}/preferences",
            this::preference,
            "PlanOperations.statePreference"),
        route(
            HandlerType.GET,
            "/api/units/{unitId}/today",
            this::today,
            "InsightOperations.unmarkedAppointments",
            "PlanOperations.overview"),
        route(
            HandlerType.GET,
            "/api/units/{unitId}/free-slots",
            this::unitSlots,
            "PlanOperations.openFreeSlots"),
        route(
            HandlerType.POST,
            "/api/units/{unitId}/free-slots",
            this::publishSlot,
            "PlanOperations.publishFreeSlot"),
        route(
            HandlerType.DELETE,
            "/api/free-slots/{slotId}",
            this::withdrawSlot,
            "PlanOperations.withdrawFreeSlot"),
        route(
            HandlerType.GET,
            "/api/units/{unitId}/insights",
            this::insights,
            "InsightOperations.insights"),
        route(
            HandlerType.GET,
            "/api/citizens/{citizenId}/activities",
            this::searchActivities,
            "NetworkOperations.search",
            "NetworkOperations.matchingInterests",
            "NetworkOperations.signupsFor"),
        route(
            HandlerType.GET,
            "/api/citizens/{citizenId}/suggestions",
            this::suggestions,
            "NetworkOperations.suggestions"),
        route(
            HandlerType.GET,
            "/api/citizens/{citizenId}/interests",
            this::interests,
            "NetworkOperations.interests"),
        route(
            HandlerType.PUT,
            "/api/citizens/{citizenId}/interests",
            this::stateInterests,
            "NetworkOperations.stateInterests"),
        route(
            HandlerType.POST,
            "/api/citizens/{citizenId}/signups",
            this::signUp,
            "NetworkOperations.signUp",
            "NetworkOperations.signUpForSeries"),
        route(
            HandlerType.POST,
            "/api/signups/{signupId}/leave",
            this::leave,
            "NetworkOperations.leave"),
        route(
            HandlerType.GET,
            "/api/courses/{courseId}/material",
            this::material,
            "MaterialOperations.released"),
        route(
            HandlerType.GET,
            "/api/citizens/{citizenId}/material",
            this::citizenMaterial,
            "MaterialOperations.releasedTo"),
        route(
            HandlerType.POST,
            "/api/courses/{courseId}/material/{itemId}/open",
            this::openItem,
            "MaterialOperations.open"),
        route(
            HandlerType.POST,
            "/api/courses/{courseId}/material/{itemId}/understood",
            this::markUnderstood,
            "MaterialOperations.markUnderstood"),
        route(
            HandlerType.GET,
            "/api/courses/{courseId}/material-progress",
            this::materialProgress,
            "MaterialOperations.progress"),
        route(
            HandlerType.GET,
            "/api/appointments/{appointmentId}/ics",
            this::appointmentIcs,
            "CalendarOperations.appointment"),
        route(
            HandlerType.GET,
            "/api/citizens/{citizenId}/activities/{activityId}/ics",
            this::occurrenceIcs,
            "CalendarOperations.occurrence"),
        route(
            HandlerType.POST,
            "/api/citizens/{citizenId}/calendar-feed",
            this::issueFeed,
            "CalendarOperations.issueFeed"),
        route(
            HandlerType.DELETE,
            "/api/citizens/{citizenId}/calendar-feed",
            this::revokeFeed,
            "CalendarOperations.revokeFeed"),
        route(
            HandlerType.GET, "/api/calendar-feeds/{token}", this::feed, "CalendarOperations.feed"),
        route(
            HandlerType.GET,
            "/api/citizens/{citizenId}/contacts",
            this::careTeam,
            "ContactOperations.contacts"),
        route(
            HandlerType.GET,
            "/api/citizens/{citizenId}/threads",
            this::citizenThreads,
            "ContactOperations.threads"),
        route(
            HandlerType.POST,
            "/api/citizens/{citizenId}/threads",
            this::startThread,
            "ContactOperations.startThread"),
        route(
            HandlerType.GET,
            "/api/threads/{threadId}/messages",
            this::threadMessages,
            "ContactOperations.messages",
            "ContactOperations.thread",
            "ContactOperations.bylines"),
        route(
            HandlerType.POST,
            "/api/threads/{threadId}/messages",
            this::writeMessage,
            "ContactOperations.write"),
        route(
            HandlerType.POST,
            "/api/messages/{messageId}/withdraw",
            this::withdrawMessage,
            "ContactOperations.withdraw"),
        route(
            HandlerType.GET,
            "/api/units/{unitId}/inbox",
            this::unitInbox,
            "InboxOperations.inbox",
            "InboxOperations.unread"),
        route(
            HandlerType.POST,
            "/api/threads/{threadId}/assign",
            this::assignThread,
            "InboxOperations.assign"),
        route(
            HandlerType.POST,
            "/api/threads/{threadId}/close",
            this::closeThread,
            "InboxOperations.close"),
        route(
            HandlerType.GET,
            "/api/units/{unitId}/response-times",
            this::responseTimes,
            "InboxOperations.responseTimes"),
        route(
            HandlerType.GET,
            "/api/units/{unitId}/material-progress",
            this::unitMaterialProgress,
            "MaterialOperations.progress"),
        route(
            HandlerType.GET,
            "/api/citizens/{citizenId}/grants",
            this::grants,
            "RelativeOperations.grantsOf"),
        route(
            HandlerType.POST,
            "/api/citizens/{citizenId}/grants",
            this::grant,
            "RelativeOperations.grant"),
        route(
            HandlerType.POST,
            "/api/grants/{grantId}/revoke",
            this::revokeGrant,
            "RelativeOperations.revoke"),
        route(
            HandlerType.GET,
            "/api/citizens/{citizenId}/access-log",
            this::accessLog,
            "AuditOperations.accessLog"),
        route(
            HandlerType.GET,
            "/api/citizens/{citizenId}/personal-data",
            this::personalData,
            "PersonalDataOperations.exportJson"),
        route(
            HandlerType.POST,
            "/api/courses/{courseId}/material/{itemId}/questions",
            this::askAboutMaterial,
            "MaterialOperations.ask"),
        route(
            HandlerType.GET,
            "/api/staff/{staffId}/threads",
            this::myThreads,
            "ContactOperations.threadsOf",
            "ContactOperations.unread"),
        route(HandlerType.GET, "/api/attachment-rules", this::attachmentRules),
        route(
            HandlerType.GET,
            "/api/threads/{threadId}/attachments/{attachmentId}",
            this::downloadAttachment,
            "ContactOperations.attachment"),
        route(
            HandlerType.GET,
            "/api/staff/{staffId}/auto-reply",
            this::autoReply,
            "ContactOperations.autoReply"),
        route(
            HandlerType.PUT,
            "/api/staff/{staffId}/auto-reply",
            this::setAutoReply,
            "ContactOperations.setAutoReply"),
        route(
            HandlerType.DELETE,
            "/api/staff/{staffId}/auto-reply",
            this::clearAutoReply,
            "ContactOperations.clearAutoReply"),
        route(
            HandlerType.GET,
            "/api/relatives/me/grants",
            this::myGrants,
            "RelativeOperations.myGrants"),
        route(
            HandlerType.GET,
            "/api/relatives/me/contact",
            this::myContact,
            "RelativeOperations.findRelative"),
        route(
            HandlerType.PUT,
            "/api/relatives/me/contact",
            this::changeMyContact,
            "RelativeOperations.changeMyContact"),
        route(
            HandlerType.PUT,
            "/api/units/{unitId}/expected-reply",
            this::setExpectedReply,
            "InboxOperations.setExpectedReply"),
        route(
            HandlerType.GET,
            "/api/courses/{courseId}/care-team",
            this::courseCareTeam,
            "ContactOperations.careTeam"));
  }

  // ---- the citizen's access log and their data

  /** "Min log": who has looked at or changed the citizen's data, newest first, a page at a time. */
  private void accessLog(Context ctx) {
    Session session = session(ctx);
    CitizenId citizen = new CitizenId(uuid(ctx, "citizenId"));
    String page = blankToNull(ctx.queryParam("page"));
    int number;
    try {
      number = page == null ? 0 : Integer.parseInt(page);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("page", "must be a whole number");
    }
    Check.that(number >= 0, "page", "must not be negative");
    ctx.json(Views.AccessLogView.of(session.audit().accessLog(citizen, number), ZONE));
  }

  /** Everything held about the citizen as one JSON document (GDPR Art. 15 and 20), to download. */
  private void personalData(Context ctx) {
    Session session = session(ctx);
    CitizenId citizen = new CitizenId(uuid(ctx, "citizenId"));
    String json = session.personalData().exportJson(citizen);
    ctx.header("Content-Disposition", "attachment; filename=\"mine-data.json\"");
    ctx.contentType("application/json").result(json);
  }

  // ---- sign-in and who am I

  private void openApi(Context ctx) {
    ctx.contentType("application/json").result(openApi);
  }

  record PersonView(
      String key, String kind, String name, String role, String roleEn, String municipality) {}

  private void people(Context ctx) {
    ctx.json(
        signablePeople().stream()
            .map(
                p ->
                    new PersonView(
                        p.key(), p.kind().name(), p.name(), p.role(), p.roleEn(), p.municipality()))
            .toList());
  }

  record SignInRequest(@Nullable String person, @Nullable String level) {}

  private void signIn(Context ctx) {
    SignInRequest body = body(ctx, SignInRequest.class);
    String key = required("person", body.person());
    DemoPerson person =
        directory
            .person(key)
            .or(() -> signablePeople().stream().filter(p -> p.key().equals(key)).findFirst())
            .orElseThrow(() -> new InvalidInputException("person", "must be a demo person"));
    signIn.signIn(ctx, person, required("level", body.level()));
    ctx.status(204);
  }

  /**
   * Who can sign in: the demo's people, and every relative who has an active grant in the database,
   * such as one a citizen added in the settings. The host looks the grants up as itself; a relative
   * with grants from two citizens is listed once for each.
   */
  private List<DemoPerson> signablePeople() {
    List<DemoPerson> people = new ArrayList<>(directory.people());
    Set<String> known =
        people.stream()
            .filter(p -> p.kind() == ActorKind.RELATIVE)
            .map(p -> p.id() + ":" + p.actsFor())
            .collect(Collectors.toSet());
    Session host = dialog.as(Actor.system("demo-sign-in"));
    Instant now = dialog.clock().instant();
    for (DemoPerson citizen : directory.people()) {
      if (citizen.kind() != ActorKind.CITIZEN) {
        continue;
      }
      for (RelativeGrant g : host.relatives().grantsOf(new CitizenId(citizen.id()))) {
        String pair = g.relative().value() + ":" + citizen.id();
        if (g.isActiveAt(now) && known.add(pair)) {
          people.add(
              new DemoPerson(
                  "relative-" + g.relative().value() + "-" + citizen.id(),
                  ActorKind.RELATIVE,
                  g.relative().value(),
                  relativeName(g.relative()),
                  "Pårørende (" + g.relation() + ") til " + citizen.name(),
                  "Relative (" + g.relation() + ") of " + citizen.name(),
                  citizen.municipality(),
                  List.of(),
                  citizen.id()));
        }
      }
    }
    return people;
  }

  private void signOut(Context ctx) {
    signIn.signOut(ctx);
    ctx.status(204);
  }

  record ColleagueView(String id, String name) {}

  record UnitView(
      String id,
      String name,
      String publicName,
      String municipality,
      List<String> types,
      List<ColleagueView> colleagues,
      List<ColleagueView> citizens) {}

  /**
   * Whom a relative acts for, and within which scopes of their grant.
   *
   * @param id the citizen
   * @param name the citizen's name
   * @param scopes the scopes of the active grant
   * @param expiresAt when the grant ends, if it does
   */
  record ActingForView(String id, String name, List<String> scopes, @Nullable String expiresAt) {}

  /**
   * Who is signed in.
   *
   * @param id the citizen's, staff member's or relative's own id
   * @param citizenId whose pages these are: the citizen, or the one a relative acts for
   * @param actingFor for a relative, the citizen and the grant's scopes
   */
  record MeView(
      String kind,
      String id,
      @Nullable String citizenId,
      String name,
      String role,
      String roleEn,
      String level,
      String municipality,
      List<UnitView> units,
      @Nullable ActingForView actingFor,
      List<String> sections) {}

  private void me(Context ctx) {
    DemoSignIn.Signed signed = signIn.signed(ctx).orElse(null);
    if (signed == null) {
      throw new NotSignedIn();
    }
    DemoPerson p = signed.person();
    // citizens see units by their neutral public names in the overview; internal names are staff's
    List<UnitView> units =
        p.units().stream()
            .filter(u -> p.kind() == ActorKind.STAFF)
            .map(directory::unit)
            .flatMap(Optional::stream)
            .map(
                u ->
                    new UnitView(
                        u.id().toString(),
                        u.name(),
                        u.publicName(),
                        u.municipality(),
                        u.types().stream().map(AppointmentType::code).toList(),
                        directory.people().stream()
                            .filter(s -> s.kind() == ActorKind.STAFF && s.units().contains(u.id()))
                            .map(s -> new ColleagueView(s.id().toString(), s.name()))
                            .toList(),
                        // the unit's citizens, as the host's case system knows them
                        directory.citizensOf(u.id()).stream()
                            .map(c -> new ColleagueView(c.toString(), citizenName(c)))
                            .toList()))
            .toList();
    ActingForView actingFor = null;
    List<String> sections = Section.of(p.kind());
    String citizenId = p.kind() == ActorKind.CITIZEN ? p.id().toString() : null;
    if (p.kind() == ActorKind.RELATIVE && p.actsFor() != null) {
      CitizenId citizen = new CitizenId(p.actsFor());
      citizenId = citizen.toString();
      Instant now = dialog.clock().instant();
      // the relative's own grants: their own data, refused below the substantial level
      Optional<RelativeGrant> grant;
      try {
        grant =
            session(ctx).relatives().myGrants().stream()
                .filter(g -> g.citizen().equals(citizen) && g.isActiveAt(now))
                .findFirst();
      } catch (AccessDeniedException e) {
        grant = Optional.empty();
      }
      Set<Scope> scopes = grant.map(RelativeGrant::scopes).orElse(Set.of());
      actingFor =
          new ActingForView(
              citizenId,
              citizenName(citizen),
              scopes.stream().sorted().map(Scope::name).toList(),
              grant.map(g -> Views.timeOrNull(g.expiresAt(), ZONE)).orElse(null));
      sections = new ArrayList<>(Section.forRelative(scopes));
      // the relative's own contact settings and grants, whatever the grant's scopes
      sections.add(Section.MINE.key());
    }
    ctx.json(
        new MeView(
            p.kind().name(),
            p.id().toString(),
            citizenId,
            p.name(),
            p.role(),
            p.roleEn(),
            signed.level().name(),
            p.municipality(),
            units,
            actingFor,
            sections));
  }

  // ---- Min planlægning

  private void overview(Context ctx) {
    Session session = session(ctx);
    CitizenOverview overview =
        session.plan().overview(new CitizenId(uuid(ctx, "citizenId")), MAX_UPCOMING);
    ctx.json(Views.OverviewView.of(overview, dialog.clock().instant()));
  }

  private void slotsFor(Context ctx) {
    Session session = session(ctx);
    List<FreeSlot> slots =
        session.plan().freeSlotsFor(new AppointmentId(uuid(ctx, "appointmentId")));
    ctx.json(slots.stream().map(s -> Views.SlotView.of(s, ZONE, this::staffName)).toList());
  }

  record MoveRequest(@Nullable Long version, @Nullable String slot) {}

  private void move(Context ctx) {
    Session session = session(ctx);
    AppointmentId id = new AppointmentId(uuid(ctx, "appointmentId"));
    MoveRequest body = body(ctx, MoveRequest.class);
    Appointment replacement =
        session
            .plan()
            .move(
                MoveAppointmentCommand.toSlot(
                    id,
                    required("version", body.version()),
                    new FreeSlotId(uuid("slot", required("slot", body.slot())))));
    ctx.json(appointmentResult(replacement));
  }

  record CancelRequest(@Nullable Long version, @Nullable String reason, @Nullable String text) {}

  private void cancel(Context ctx) {
    Session session = session(ctx);
    AppointmentId id = new AppointmentId(uuid(ctx, "appointmentId"));
    CancelRequest body = body(ctx, CancelRequest.class);
    CancellationReasonCode code =
        enumValue("reason", required("reason", body.reason()), CancellationReasonCode.class);
    Appointment cancelled =
        session
            .plan()
            .cancel(
                new CancelAppointmentCommand(
                    id,
                    required("version", body.version()),
                    new CancellationReason(code, body.text())));
    ctx.json(appointmentResult(cancelled));
  }

  record AppointmentResult(String id, long version, String status, String start, String end) {}

  static AppointmentResult appointmentResult(Appointment a) {
    return new AppointmentResult(
        a.id().toString(),
        a.version(),
        a.status().name(),
        Views.time(a.start(), ZONE),
        Views.time(a.end(), ZONE));
  }

  record PreferenceRequest(@Nullable String kind, @Nullable String text) {}

  record PreferenceResult(String id, String kind, String text, String statedAt) {}

  private void preference(Context ctx) {
    Session session = session(ctx);
    CourseId course = new CourseId(uuid(ctx, "courseId"));
    PreferenceRequest body = body(ctx, PreferenceRequest.class);
    PreferenceKind kind = enumValue("kind", required("kind", body.kind()), PreferenceKind.class);
    var stated =
        session
            .plan()
            .statePreference(
                new StatePreferenceCommand(course, kind, required("text", body.text())));
    ctx.status(201)
        .json(
            new PreferenceResult(
                stated.id().toString(),
                stated.kind().name(),
                stated.text(),
                Views.time(stated.statedAt(), ZONE)));
  }

  // ---- contact preferences and notifications

  private void contact(Context ctx) {
    Session session = session(ctx);
    ctx.json(
        Views.ContactView.of(
            session.reminders().contactPreferences(new CitizenId(uuid(ctx, "citizenId")))));
  }

  record ContactRequest(
      @Nullable List<String> channels,
      @Nullable String email,
      @Nullable String phone,
      Views.@Nullable QuietView quietHours,
      @Nullable List<String> optedOut,
      @Nullable Long version) {}

  private void saveContact(Context ctx) {
    Session session = session(ctx);
    CitizenId citizen = new CitizenId(uuid(ctx, "citizenId"));
    ContactRequest body = body(ctx, ContactRequest.class);
    List<ChannelKind> channels = new ArrayList<>();
    for (String c : required("channels", body.channels())) {
      channels.add(channel("channels", c));
    }
    Set<ChannelKind> optedOut =
        body.optedOut() == null
            ? Set.of()
            : body.optedOut().stream().map(c -> channel("optedOut", c)).collect(Collectors.toSet());
    Views.QuietView quiet = required("quietHours", body.quietHours());
    QuietHours hours =
        new QuietHours(
            localTime("quietHours.from", quiet.from()), localTime("quietHours.to", quiet.to()));
    ContactPreferences saved =
        session
            .reminders()
            .saveContactPreferences(
                new ContactPreferences(
                    citizen,
                    channels,
                    body.email(),
                    body.phone(),
                    hours,
                    optedOut,
                    required("version", body.version())));
    ctx.json(Views.ContactView.of(saved));
  }

  record NotificationsView(int unread, List<Views.NotificationView> notifications) {}

  private void notifications(Context ctx) {
    Session session = session(ctx);
    CitizenId citizen = new CitizenId(uuid(ctx, "citizenId"));
    ctx.json(
        new NotificationsView(
            session.reminders().unreadNotifications(citizen),
            session.reminders().notifications(citizen).stream()
                .map(n -> Views.NotificationView.of(n, ZONE))
                .toList()));
  }

  private void markRead(Context ctx) {
    Session session = session(ctx);
    session
        .reminders()
        .markNotificationRead(new CitizenId(uuid(ctx, "citizenId")), uuid(ctx, "notificationId"));
    ctx.status(204);
  }

  // ---- staff

  record AttendanceRequest(@Nullable Long version, @Nullable String status) {}

  private void attendance(Context ctx) {
    Session session = session(ctx);
    AppointmentId id = new AppointmentId(uuid(ctx, "appointmentId"));
    AttendanceRequest body = body(ctx, AttendanceRequest.class);
    long version = required("version", body.version());
    String status = required("status", body.status());
    Appointment marked =
        switch (status) {
          case "ATTENDED" -> session.plan().markAttended(id, version);
          case "NO_SHOW" -> session.plan().markNoShow(id, version);
          default -> throw new InvalidInputException("status", "must be ATTENDED or NO_SHOW");
        };
    ctx.json(appointmentResult(marked));
  }

  record TodayView(String unit, String date, List<Views.StaffAppointmentView> appointments) {}

  /**
   * The unit's appointments to mark and those of the rest of today. The SDK has no list of a unit's
   * day; the portal builds it from what staff may read: the unit's unmarked appointments, and the
   * upcoming ones of the unit's citizens, whom the host knows from its own case system.
   */
  private void today(Context ctx) {
    Session session = session(ctx);
    UnitId unit = new UnitId(uuid(ctx, "unitId"));
    Instant now = dialog.clock().instant();
    LocalDate date = now.atZone(ZONE).toLocalDate();
    Instant endOfDay = date.plusDays(1).atStartOfDay(ZONE).toInstant();
    Map<String, Views.StaffAppointmentView> rows = new LinkedHashMap<>();
    for (Appointment a : session.insights().unmarkedAppointments(unit)) {
      rows.put(
          a.id().toString(),
          Views.StaffAppointmentView.of(a, citizenName(a.citizen()), participants(a), now, ZONE));
    }
    for (CitizenId citizen : directory.citizensOf(unit)) {
      CitizenOverview overview = session.plan().overview(citizen, 100);
      for (UpcomingAppointment u : overview.upcoming()) {
        Appointment a = u.appointment();
        if (a.unit().equals(unit) && a.start().isBefore(endOfDay)) {
          rows.put(
              a.id().toString(),
              Views.StaffAppointmentView.of(a, overview.name(), u.participants(), now, ZONE));
        }
      }
    }
    List<Views.StaffAppointmentView> list =
        rows.values().stream()
            .sorted(Comparator.comparing(v -> OffsetDateTime.parse(v.start()).toInstant()))
            .toList();
    ctx.json(new TodayView(unit.toString(), date.toString(), list));
  }

  private void unitSlots(Context ctx) {
    Session session = session(ctx);
    UnitId unit = new UnitId(uuid(ctx, "unitId"));
    String type = ctx.queryParam("type");
    List<AppointmentType> types =
        type != null
            ? List.of(appointmentType(type))
            : directory.unit(unit).map(DemoUnit::types).orElse(List.of());
    List<Views.SlotView> slots = new ArrayList<>();
    for (AppointmentType t : types) {
      for (FreeSlot s : session.plan().openFreeSlots(unit, t, 200)) {
        slots.add(Views.SlotView.of(s, ZONE, this::staffName));
      }
    }
    slots.sort(Comparator.comparing(v -> OffsetDateTime.parse(v.start()).toInstant()));
    ctx.json(slots);
  }

  record SlotRequest(
      @Nullable String type,
      @Nullable String start,
      @Nullable Integer minutes,
      @Nullable String mode,
      @Nullable String address,
      @Nullable String link) {}

  private void publishSlot(Context ctx) {
    Session session = session(ctx);
    UnitId unit = new UnitId(uuid(ctx, "unitId"));
    SlotRequest body = body(ctx, SlotRequest.class);
    AppointmentType type = appointmentType(required("type", body.type()));
    Instant start;
    try {
      start = LocalDateTime.parse(required("start", body.start())).atZone(ZONE).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          "start", "must be a local date and time such as 2026-11-25T13:00");
    }
    int minutes = required("minutes", body.minutes());
    if (minutes < 10 || minutes > 480) {
      throw new InvalidInputException("minutes", "must be 10 to 480");
    }
    AppointmentMode mode =
        switch (required("mode", body.mode())) {
          case "in_person" -> AppointmentMode.inPerson(required("address", body.address()));
          case "phone" -> AppointmentMode.phone();
          case "video" -> AppointmentMode.video(required("link", body.link()));
          default -> throw new InvalidInputException("mode", "must be in_person, phone or video");
        };
    Actor actor = session.actor();
    FreeSlot slot =
        session
            .plan()
            .publishFreeSlot(
                new PublishFreeSlotCommand(
                    unit,
                    type,
                    actor instanceof Actor.Staff s ? s.id() : null,
                    start,
                    start.plusSeconds(60L * minutes),
                    mode));
    ctx.status(201).json(Views.SlotView.of(slot, ZONE, this::staffName));
  }

  private void withdrawSlot(Context ctx) {
    Session session = session(ctx);
    session.plan().withdrawFreeSlot(new FreeSlotId(uuid(ctx, "slotId")));
    ctx.status(204);
  }

  /** A period of whole days in the portal's zone, from {@code from} to {@code to} inclusive. */
  private record Period(Instant from, Instant to) {}

  /** The query's {@code from} and {@code to} dates; by default the four weeks up to today. */
  private Period period(Context ctx) {
    LocalDate today = dialog.clock().instant().atZone(ZONE).toLocalDate();
    LocalDate to = localDate("to", ctx.queryParam("to"), today);
    LocalDate from = localDate("from", ctx.queryParam("from"), to.minusDays(27));
    if (from.isAfter(to)) {
      throw new InvalidInputException("from", "must not be after to");
    }
    return new Period(
        from.atStartOfDay(ZONE).toInstant(), to.plusDays(1).atStartOfDay(ZONE).toInstant());
  }

  private void insights(Context ctx) {
    Session session = session(ctx);
    UnitId unit = new UnitId(uuid(ctx, "unitId"));
    Period period = period(ctx);
    ctx.json(
        Views.InsightsView.of(session.insights().insights(unit, period.from(), period.to()), ZONE));
  }

  // ---- Mit netværk

  /**
   * Searches occurrences: {@code interest} (repeatable), {@code district}, {@code from} and {@code
   * to} (local dates, both included), {@code text} and {@code cursor}; {@code matching=true} lists
   * those that match the citizen's stated interests instead.
   */
  private void searchActivities(Context ctx) {
    Session session = session(ctx);
    CitizenId citizen = new CitizenId(uuid(ctx, "citizenId"));
    String cursor = blankToNull(ctx.queryParam("cursor"));
    OccurrencePage page;
    if ("true".equals(ctx.queryParam("matching"))) {
      page = session.network().matchingInterests(citizen, cursor);
    } else {
      ActivityQuery query = ActivityQuery.upcoming().after(cursor).pageSize(PAGE_SIZE);
      List<String> interests =
          ctx.queryParams("interest").stream().filter(i -> !i.isBlank()).toList();
      if (!interests.isEmpty()) {
        query = query.interests(interests.toArray(String[]::new));
      }
      String district = blankToNull(ctx.queryParam("district"));
      if (district != null) {
        query = query.district(district);
      }
      String text = blankToNull(ctx.queryParam("text"));
      if (text != null) {
        query = query.text(text);
      }
      String fromText = blankToNull(ctx.queryParam("from"));
      String toText = blankToNull(ctx.queryParam("to"));
      if (fromText != null || toText != null) {
        LocalDate today = dialog.clock().instant().atZone(ZONE).toLocalDate();
        LocalDate from = localDate("from", fromText, today);
        LocalDate to = localDate("to", toText, from.plusDays(ActivityQuery.DEFAULT_DAYS));
        if (from.isAfter(to)) {
          throw new InvalidInputException("from", "must not be after to");
        }
        query =
            query.between(
                from.atStartOfDay(ZONE).toInstant(), to.plusDays(1).atStartOfDay(ZONE).toInstant());
      }
      page = session.network().search(citizen, query);
    }
    List<Signup> mine = session.network().signupsFor(citizen);
    Instant now = dialog.clock().instant();
    ctx.json(
        new NetworkViews.PageView(
            page.occurrences().stream()
                .map(o -> NetworkViews.OccurrenceView.of(o, mine, now, ZONE))
                .toList(),
            page.next()));
  }

  private void suggestions(Context ctx) {
    Session session = session(ctx);
    CitizenId citizen = new CitizenId(uuid(ctx, "citizenId"));
    ctx.json(
        session.network().suggestions(citizen).stream()
            .map(s -> NetworkViews.SuggestionView.of(s, ZONE))
            .toList());
  }

  private void interests(Context ctx) {
    Session session = session(ctx);
    CitizenId citizen = new CitizenId(uuid(ctx, "citizenId"));
    Language language = "en".equals(ctx.queryParam("lang")) ? Language.EN : Language.DA;
    ctx.json(
        session.network().interests(citizen).entrySet().stream()
            .map(e -> NetworkViews.InterestView.of(e.getKey(), e.getValue(), language))
            .toList());
  }

  record InterestsRequest(@Nullable List<String> interests) {}

  private void stateInterests(Context ctx) {
    Session session = session(ctx);
    CitizenId citizen = new CitizenId(uuid(ctx, "citizenId"));
    InterestsRequest body = body(ctx, InterestsRequest.class);
    session.network().stateInterests(citizen, Set.copyOf(required("interests", body.interests())));
    ctx.status(204);
  }

  record SignUpRequest(@Nullable String activity, @Nullable String occurrence) {}

  /** Signs up for one occurrence, or for the whole series when {@code occurrence} is absent. */
  private void signUp(Context ctx) {
    Session session = session(ctx);
    CitizenId citizen = new CitizenId(uuid(ctx, "citizenId"));
    SignUpRequest body = body(ctx, SignUpRequest.class);
    ActivityId activity = new ActivityId(uuid("activity", required("activity", body.activity())));
    Signup signup =
        body.occurrence() == null
            ? session.network().signUpForSeries(citizen, activity)
            : session
                .network()
                .signUp(citizen, activity, offsetInstant("occurrence", body.occurrence()));
    ctx.status(201).json(NetworkViews.SignupView.of(signup, ZONE));
  }

  private void leave(Context ctx) {
    Session session = session(ctx);
    // who was promoted from the waiting list is other citizens' business
    session.network().leave(new SignupId(uuid(ctx, "signupId")));
    ctx.status(204);
  }

  // ---- material

  private void material(Context ctx) {
    Session session = session(ctx);
    ctx.json(
        session.material().released(new CourseId(uuid(ctx, "courseId"))).stream()
            .map(i -> NetworkViews.MaterialView.of(i, ZONE))
            .toList());
  }

  /** All that is released to the citizen, each item naming its course: for a relative. */
  private void citizenMaterial(Context ctx) {
    Session session = session(ctx);
    ctx.json(
        session.material().releasedTo(new CitizenId(uuid(ctx, "citizenId"))).stream()
            .map(i -> NetworkViews.MaterialView.of(i, ZONE))
            .toList());
  }

  private void openItem(Context ctx) {
    Session session = session(ctx);
    ReleasedItem item =
        session
            .material()
            .open(new CourseId(uuid(ctx, "courseId")), new MaterialItemId(uuid(ctx, "itemId")));
    ctx.json(NetworkViews.MaterialView.of(item, ZONE));
  }

  record QuestionRequest(@Nullable String question) {}

  /** A question about a released item: a new thread to the inbox of the unit running the course. */
  private void askAboutMaterial(Context ctx) {
    Session session = session(ctx);
    QuestionRequest body = body(ctx, QuestionRequest.class);
    Message asked =
        session
            .material()
            .ask(
                new CourseId(uuid(ctx, "courseId")),
                new MaterialItemId(uuid(ctx, "itemId")),
                required("question", body.question()));
    ctx.status(201).json(messageView(session, asked));
  }

  private void markUnderstood(Context ctx) {
    Session session = session(ctx);
    ReleasedItem item =
        session
            .material()
            .markUnderstood(
                new CourseId(uuid(ctx, "courseId")), new MaterialItemId(uuid(ctx, "itemId")));
    ctx.json(NetworkViews.MaterialView.of(item, ZONE));
  }

  private void materialProgress(Context ctx) {
    Session session = session(ctx);
    ctx.json(
        session.material().progress(new CourseId(uuid(ctx, "courseId"))).stream()
            .map(s -> NetworkViews.ItemStatusView.of(s, ZONE))
            .toList());
  }

  // ---- Mine kontakter

  /** The messages per page of a thread. */
  static final int MESSAGE_PAGE_SIZE = 10;

  /** The threads per page of a citizen's list or a unit inbox. */
  static final int THREAD_PAGE_SIZE = 20;

  private void careTeam(Context ctx) {
    Session session = session(ctx);
    CitizenId citizen = new CitizenId(uuid(ctx, "citizenId"));
    ctx.json(
        session.contacts().contacts(citizen).stream()
            .map(m -> ContactViews.ContactView.of(m, names.unit(m.unit())))
            .toList());
  }

  private void citizenThreads(Context ctx) {
    Session session = session(ctx);
    CitizenId citizen = new CitizenId(uuid(ctx, "citizenId"));
    Page<MessageThread> page = session.contacts().threads(citizen, cursor(ctx), THREAD_PAGE_SIZE);
    ctx.json(
        threadsView(
            page,
            Side.CITIZEN,
            page.items().stream().mapToInt(MessageThread::citizenUnread).sum()));
  }

  /** A page of threads as one side sees them, with that side's unread count. */
  private ContactViews.ThreadsView threadsView(Page<MessageThread> page, Side side, int unread) {
    return new ContactViews.ThreadsView(
        page.items().stream().map(t -> ContactViews.ThreadView.of(t, side, names, ZONE)).toList(),
        page.next() == null ? null : page.next().toString(),
        unread);
  }

  record StartThreadRequest(
      @Nullable String contact,
      @Nullable String course,
      @Nullable String subject,
      @Nullable String body,
      @Nullable List<AttachmentRequest> attachments) {}

  /**
   * Starts a thread to a member of the care team ({@code contact}), or to the shared inbox of the
   * unit that runs one of the citizen's courses ({@code course}).
   */
  private void startThread(Context ctx) {
    Session session = session(ctx);
    CitizenId citizen = new CitizenId(uuid(ctx, "citizenId"));
    StartThreadRequest body = body(ctx, StartThreadRequest.class);
    String subject = required("subject", body.subject());
    String text = required("body", body.body());
    List<Attachment> files = attachments(body.attachments());
    StartThreadCommand command;
    if (body.contact() != null) {
      CareTeamMemberId id = new CareTeamMemberId(uuid("contact", body.contact()));
      CareTeamMember member =
          session.contacts().contacts(citizen).stream()
              .filter(m -> m.id().equals(id))
              .findFirst()
              .orElseThrow(
                  () -> new InvalidInputException("contact", "must be on the citizen's care team"));
      StartThreadCommand to = StartThreadCommand.toContact(member, subject, text);
      command =
          new StartThreadCommand(
              to.citizen(), to.unit(), to.addressee(), to.course(), null, subject, text, files);
    } else {
      CourseId course = new CourseId(uuid("course", required("course", body.course())));
      UnitId unit =
          session.plan().overview(citizen, 1).courses().stream()
              .map(CourseSummary::course)
              .filter(c -> c.id().equals(course))
              .map(c -> c.unit())
              .findFirst()
              .orElseThrow(
                  () ->
                      new InvalidInputException("course", "must be one of the citizen's courses"));
      command = new StartThreadCommand(citizen, unit, null, course, null, subject, text, files);
    }
    Message first = session.contacts().startThread(command);
    ctx.status(201).json(messageView(session, first));
  }

  /** A page of a thread's messages, newest first; reading marks the thread read for the side. */
  private void threadMessages(Context ctx) {
    Session session = session(ctx);
    ThreadId thread = new ThreadId(uuid(ctx, "threadId"));
    Page<Message> page = session.contacts().messages(thread, cursor(ctx), MESSAGE_PAGE_SIZE);
    MessageThread read = session.contacts().thread(thread);
    ctx.json(
        new ContactViews.ThreadPageView(
            ContactViews.ThreadView.of(read, side(session), names, ZONE),
            messageViews(session, thread, page.items()),
            page.next() == null ? null : page.next().toString()));
  }

  record WriteRequest(@Nullable String body, @Nullable List<AttachmentRequest> attachments) {}

  private void writeMessage(Context ctx) {
    Session session = session(ctx);
    ThreadId thread = new ThreadId(uuid(ctx, "threadId"));
    WriteRequest body = body(ctx, WriteRequest.class);
    Message written =
        session
            .contacts()
            .write(thread, required("body", body.body()), attachments(body.attachments()));
    ctx.status(201).json(messageView(session, written));
  }

  private void withdrawMessage(Context ctx) {
    Session session = session(ctx);
    Message withdrawn = session.contacts().withdraw(new MessageId(uuid(ctx, "messageId")));
    ctx.json(messageView(session, withdrawn));
  }

  // ---- the unit inbox and response times

  private void unitInbox(Context ctx) {
    Session session = session(ctx);
    UnitId unit = new UnitId(uuid(ctx, "unitId"));
    Page<MessageThread> page = session.inbox().inbox(unit, cursor(ctx), THREAD_PAGE_SIZE);
    ctx.json(threadsView(page, Side.STAFF, session.inbox().unread(unit)));
  }

  record AssignRequest(@Nullable String assignee) {}

  /** Assigns an inbox thread to a staff member of the unit; no {@code assignee} takes it away. */
  private void assignThread(Context ctx) {
    Session session = session(ctx);
    ThreadId thread = new ThreadId(uuid(ctx, "threadId"));
    AssignRequest body = body(ctx, AssignRequest.class);
    StaffMemberId assignee =
        body.assignee() == null ? null : new StaffMemberId(uuid("assignee", body.assignee()));
    ctx.json(
        ContactViews.ThreadView.of(
            session.inbox().assign(thread, assignee), Side.STAFF, names, ZONE));
  }

  record ExpectedReplyRequest(@Nullable Integer hours) {}

  /** Staff set how soon the unit answers a written message; the SDK allows up to 30 days. */
  private void setExpectedReply(Context ctx) {
    Session session = session(ctx);
    UnitId unit = new UnitId(uuid(ctx, "unitId"));
    int hours = required("hours", body(ctx, ExpectedReplyRequest.class).hours());
    Check.that(hours > 0, "hours", "must be positive");
    try {
      session.inbox().setExpectedReply(unit, java.time.Duration.ofHours(hours));
    } catch (InvalidInputException e) {
      throw new InvalidInputException("hours", e.rule());
    }
    ctx.status(204);
  }

  /** Staff: everyone a course's care team has had, earliest first. */
  private void courseCareTeam(Context ctx) {
    Session session = session(ctx);
    ctx.json(
        session.contacts().careTeam(new CourseId(uuid(ctx, "courseId"))).stream()
            .map(m -> ContactViews.ContactView.of(m, names.unit(m.unit())))
            .toList());
  }

  private void closeThread(Context ctx) {
    Session session = session(ctx);
    ThreadId thread = new ThreadId(uuid(ctx, "threadId"));
    ctx.json(ContactViews.ThreadView.of(session.inbox().close(thread), Side.STAFF, names, ZONE));
  }

  private void responseTimes(Context ctx) {
    Session session = session(ctx);
    UnitId unit = new UnitId(uuid(ctx, "unitId"));
    Period period = period(ctx);
    ctx.json(
        ContactViews.ResponseTimesView.of(
            session.inbox().responseTimes(unit, period.from(), period.to()), names, ZONE));
  }

  /** For staff: each course the unit runs for its citizens, with the material's progress. */
  private void unitMaterialProgress(Context ctx) {
    Session session = session(ctx);
    UnitId unit = new UnitId(uuid(ctx, "unitId"));
    List<ContactViews.CourseProgressView> courses = new ArrayList<>();
    for (CitizenId citizen : directory.citizensOf(unit)) {
      for (CourseSummary c : session.plan().overview(citizen, 1).courses()) {
        if (c.course().unit().equals(unit)) {
          courses.add(
              new ContactViews.CourseProgressView(
                  c.course().id().toString(),
                  citizenName(citizen),
                  c.templateName(),
                  session.material().progress(c.course().id()).stream()
                      .map(s -> NetworkViews.ItemStatusView.of(s, ZONE))
                      .toList()));
        }
      }
    }
    ctx.json(courses);
  }

  // ---- a staff member's own threads and auto-reply

  /** The threads addressed or assigned to the signed-in staff member, with their unread count. */
  private void myThreads(Context ctx) {
    Session session = session(ctx);
    StaffMemberId staff = new StaffMemberId(uuid(ctx, "staffId"));
    Page<MessageThread> page = session.contacts().threadsOf(staff, cursor(ctx), THREAD_PAGE_SIZE);
    ctx.json(threadsView(page, Side.STAFF, session.contacts().unread()));
  }

  record AutoReplyRequest(
      @Nullable String text, @Nullable String substitute, @Nullable String until) {}

  record AutoReplyView(String text, @Nullable String substitute, String until) {
    static AutoReplyView of(AutoReply reply) {
      StaffMemberId sub = reply.substitute();
      return new AutoReplyView(
          reply.text(), sub == null ? null : sub.toString(), Views.time(reply.until(), ZONE));
    }
  }

  /**
   * Sets the staff member's auto-reply until the end of a day in the citizen's zone; a message to
   * them is then answered with the text, and names the substitute if there is one.
   */
  private void setAutoReply(Context ctx) {
    Session session = session(ctx);
    StaffMemberId staff = new StaffMemberId(uuid(ctx, "staffId"));
    AutoReplyRequest body = body(ctx, AutoReplyRequest.class);
    String text = required("text", body.text());
    LocalDate last =
        localDate("until", required("until", blankToNull(body.until())), LocalDate.MIN);
    Check.that(
        !last.isBefore(LocalDate.now(dialog.clock().withZone(ZONE))),
        "until",
        "must be today or later");
    String substitute = blankToNull(body.substitute());
    AutoReply reply =
        new AutoReply(
            staff,
            text,
            substitute == null ? null : new StaffMemberId(uuid("substitute", substitute)),
            last.plusDays(1).atStartOfDay(ZONE).toInstant());
    session.contacts().setAutoReply(reply);
    ctx.json(AutoReplyView.of(reply));
  }

  /** The staff member's auto-reply while it answers, or 204 if there is none. */
  private void autoReply(Context ctx) {
    Session session = session(ctx);
    session
        .contacts()
        .autoReply(new StaffMemberId(uuid(ctx, "staffId")))
        .ifPresentOrElse(r -> ctx.json(AutoReplyView.of(r)), () -> ctx.status(204));
  }

  private void clearAutoReply(Context ctx) {
    Session session = session(ctx);
    session.contacts().clearAutoReply(new StaffMemberId(uuid(ctx, "staffId")));
    ctx.status(204);
  }

  // ---- attachments

  /**
   * An attachment as the API receives it.
   *
   * @param fileName the file's name, without a path
   * @param contentType its media type, one of {@link Attachment#ALLOWED_CONTENT_TYPES}
   * @param content its bytes, base64
   */
  record AttachmentRequest(
      @Nullable String fileName, @Nullable String contentType, @Nullable String content) {}

  /**
   * The SDK's limits on attachments, for the upload form.
   *
   * @param maxSize the most bytes per file
   * @param maxPerMessage the most files per message
   * @param contentTypes the media types accepted
   */
  record AttachmentRulesView(int maxSize, int maxPerMessage, List<String> contentTypes) {}

  private void attachmentRules(Context ctx) {
    ctx.json(
        new AttachmentRulesView(
            Attachment.MAX_SIZE,
            Attachment.MAX_PER_MESSAGE,
            Attachment.ALLOWED_CONTENT_TYPES.stream().sorted().toList()));
  }

  /** The attachments of a request; the SDK checks name, type and size, named here by index. */
  private static List<Attachment> attachments(@Nullable List<AttachmentRequest> requests) {
    if (requests == null || requests.isEmpty()) {
      return List.of();
    }
    if (requests.size() > Attachment.MAX_PER_MESSAGE) {
      throw new InvalidInputException(
          "attachments", "must be at most " + Attachment.MAX_PER_MESSAGE);
    }
    List<Attachment> files = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      String field = "attachments[" + i + "]";
      AttachmentRequest r = required(field, requests.get(i));
      byte[] content;
      try {
        content = Base64.getDecoder().decode(required(field + ".content", r.content()));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(field + ".content", "must be base64");
      }
      try {
        files.add(
            Attachment.of(
                required(field + ".fileName", r.fileName()),
                required(field + ".contentType", r.contentType()),
                content));
      } catch (InvalidInputException e) {
        throw new InvalidInputException(field + "." + e.field(), e.rule());
      }
    }
    return files;
  }

  /**
   * Downloads an attachment. The file name is data: it goes only into the Content-Disposition
   * header, quoted and in RFC 8187 form, never into a path; the browser is told not to sniff the
   * type and to save the file rather than show it.
   */
  private void downloadAttachment(Context ctx) {
    Session session = session(ctx);
    Attachment file =
        session
            .contacts()
            .attachment(
                new ThreadId(uuid(ctx, "threadId")), new AttachmentId(uuid(ctx, "attachmentId")));
    ctx.header("Content-Disposition", contentDisposition(file.fileName()))
        .header("Content-Security-Policy", "sandbox")
        .contentType(file.contentType())
        .result(file.content());
  }

  /**
   * An attachment disposition with an ASCII fallback name and the UTF-8 name (RFC 6266, 8187).
   *
   * @param fileName the file's name
   * @return the header's value
   */
  static String contentDisposition(String fileName) {
    StringBuilder ascii = new StringBuilder();
    for (char c : fileName.toCharArray()) {
      ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != ';' ? c : '_');
    }
    String encoded =
        java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8)
            .replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  // ---- a relative's own data

  /** The relative's own grants: whom they may act for, in which scopes, until when. */
  private void myGrants(Context ctx) {
    Session session = session(ctx);
    Instant now = dialog.clock().instant();
    ctx.json(
        session.relatives().myGrants().stream()
            .map(g -> MyGrantView.of(g, citizenName(g.citizen()), now))
            .toList());
  }

  /**
   * A grant as the relative sees it.
   *
   * @param citizenName whom it lets the relative act for
   */
  record MyGrantView(
      String id,
      String citizen,
      String citizenName,
      String relation,
      List<String> scopes,
      String grantedAt,
      @Nullable String expiresAt,
      @Nullable String revokedAt,
      boolean active) {
    static MyGrantView of(RelativeGrant g, String citizenName, Instant now) {
      return new MyGrantView(
          g.id().toString(),
          g.citizen().toString(),
          citizenName,
          g.relation(),
          g.scopes().stream().sorted().map(Scope::name).toList(),
          Views.time(g.grantedAt(), ZONE),
          Views.timeOrNull(g.expiresAt(), ZONE),
          Views.timeOrNull(g.revokedAt(), ZONE),
          g.isActiveAt(now));
    }
  }

  record RelativeContactView(
      String name,
      String language,
      List<String> channels,
      @Nullable String email,
      @Nullable String phone,
      long version) {
    static RelativeContactView of(Relative r) {
      return new RelativeContactView(
          r.name(),
          r.language().name(),
          r.channels().stream().map(ChannelKind::name).toList(),
          r.email(),
          r.phone(),
          r.version());
    }
  }

  /**
   * The signed-in relative's own contact settings. The SDK reads a relative by the reference the
   * host's sign-in gave it; the host does that lookup, as it would after a MitID sign-in.
   */
  private void myContact(Context ctx) {
    DemoSignIn.Signed signed = signIn.signed(ctx).orElseThrow(NotSignedIn::new);
    if (signed.person().kind() != ActorKind.RELATIVE) {
      throw new AccessDeniedException("only a relative has relative contact settings");
    }
    ExternalRef ref = relativeRefs.get(new RelativeId(signed.person().id()));
    Relative relative =
        ref == null
            ? null
            : dialog.as(Actor.system("citizen-portal")).relatives().findRelative(ref).orElse(null);
    if (relative == null) {
      throw new NoSuchEntityException("relative", signed.person().id().toString());
    }
    ctx.json(RelativeContactView.of(relative));
  }

  record RelativeContactRequest(
      @Nullable String language,
      @Nullable List<String> channels,
      @Nullable String email,
      @Nullable String phone) {}

  /** The relative changes their own language and how they are reached (e-mail or SMS). */
  private void changeMyContact(Context ctx) {
    Session session = session(ctx);
    RelativeContactRequest body = body(ctx, RelativeContactRequest.class);
    Language language =
        enumValue("language", required("language", body.language()), Language.class);
    List<ChannelKind> channels = new ArrayList<>();
    for (String c : required("channels", body.channels())) {
      channels.add(channel("channels", c));
    }
    Relative changed =
        session
            .relatives()
            .changeMyContact(
                language, channels, blankToNull(body.email()), blankToNull(body.phone()));
    ctx.json(RelativeContactView.of(changed));
  }

  // ---- relatives

  private void grants(Context ctx) {
    Session session = session(ctx);
    CitizenId citizen = new CitizenId(uuid(ctx, "citizenId"));
    Instant now = dialog.clock().instant();
    ctx.json(
        session.relatives().grantsOf(citizen).stream()
            .map(g -> ContactViews.GrantView.of(g, relativeName(g.relative()), now, ZONE))
            .toList());
  }

  record GrantRequest(
      @Nullable String name,
      @Nullable String relation,
      @Nullable List<String> scopes,
      @Nullable String expires) {}

  /**
   * The citizen gives a relative access, by consent. The demo knows a relative by name; a host
   * identifies the relative by their MitID sign-in instead.
   */
  private void grant(Context ctx) {
    Session session = session(ctx);
    CitizenId citizen = new CitizenId(uuid(ctx, "citizenId"));
    GrantRequest body = body(ctx, GrantRequest.class);
    String name = required("name", body.name()).trim();
    if (name.isEmpty()) {
      throw new InvalidInputException("name", "must not be blank");
    }
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    for (String scope : required("scopes", body.scopes())) {
      scopes.add(enumValue("scopes", scope, Scope.class));
    }
    if (scopes.isEmpty()) {
      throw new InvalidInputException("scopes", "must name at least one scope");
    }
    String expires = blankToNull(body.expires());
    Instant expiresAt =
        expires == null
            ? null
            : localDate("expires", expires, LocalDate.MIN)
                .plusDays(1)
                .atStartOfDay(ZONE)
                .toInstant();
    ExternalRef ref = ExternalRef.of("demo", "relative:" + name.toLowerCase(Locale.ROOT));
    RelativeGrant grant =
        session
            .relatives()
            .grant(
                GrantAccessCommand.consent(
                    citizen, ref, name, required("relation", body.relation()), scopes, expiresAt));
    relativeNames.put(grant.relative(), name);
    relativeRefs.put(grant.relative(), ref);
    ctx.status(201)
        .json(
            ContactViews.GrantView.of(
                grant, relativeName(grant.relative()), dialog.clock().instant(), ZONE));
  }

  record RevokeRequest(@Nullable Long version, @Nullable String reason) {}

  private void revokeGrant(Context ctx) {
    Session session = session(ctx);
    RelativeGrantId id = new RelativeGrantId(uuid(ctx, "grantId"));
    RevokeRequest body = body(ctx, RevokeRequest.class);
    RelativeGrant revoked =
        session
            .relatives()
            .revoke(
                new RevokeGrantCommand(
                    id, required("version", body.version()), blankToNull(body.reason())));
    ctx.json(
        ContactViews.GrantView.of(
            revoked, relativeName(revoked.relative()), dialog.clock().instant(), ZONE));
  }

  String relativeName(RelativeId relative) {
    return relativeNames.getOrDefault(relative, "—");
  }

  /** A message the reader has just written or withdrawn: theirs, shown as "you". */
  private ContactViews.MessageView messageView(Session session, Message m) {
    boolean mine = m.author().equals(MessageAuthor.of(session.actor()));
    Byline byline = new Byline(m.author().kind(), authorName(m.author()), null, null);
    return ContactViews.MessageView.of(m, mine, byline, dialog.clock().instant(), ZONE);
  }

  /** A page of a thread's messages, with who wrote each for whom as the SDK tells it. */
  private List<ContactViews.MessageView> messageViews(
      Session session, ThreadId thread, List<Message> messages) {
    Map<MessageId, Byline> bylines = session.contacts().bylines(thread, messages);
    MessageAuthor reader = MessageAuthor.of(session.actor());
    Instant now = dialog.clock().instant();
    return messages.stream()
        .map(
            m ->
                ContactViews.MessageView.of(
                    m, m.author().equals(reader), bylines.get(m.id()), now, ZONE))
        .toList();
  }

  private @Nullable String authorName(MessageAuthor author) {
    UUID id;
    try {
      id = UUID.fromString(author.id());
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (author.kind() == ActorKind.RELATIVE) {
      return relativeNames.get(new RelativeId(id));
    }
    return directory.person(author.kind(), id).map(DemoPerson::name).orElse(null);
  }

  private static Side side(Session session) {
    return session.actor().kind() == ActorKind.STAFF ? Side.STAFF : Side.CITIZEN;
  }

  private static @Nullable Cursor cursor(Context ctx) {
    String text = blankToNull(ctx.queryParam("cursor"));
    return text == null ? null : Cursor.parse(text);
  }

  // ---- calendars

  private void appointmentIcs(Context ctx) {
    Session session = session(ctx);
    AppointmentId id = new AppointmentId(uuid(ctx, "appointmentId"));
    ics(ctx, session.calendar().appointment(id), "aftale-" + id.value());
  }

  private void occurrenceIcs(Context ctx) {
    Session session = session(ctx);
    CitizenId citizen = new CitizenId(uuid(ctx, "citizenId"));
    ActivityId activity = new ActivityId(uuid(ctx, "activityId"));
    Instant start = offsetInstant("start", ctx.queryParam("start"));
    ics(
        ctx,
        session.calendar().occurrence(citizen, activity, start),
        "aktivitet-" + activity.value());
  }

  record FeedView(String url, String webcal) {}

  /** Issues a new feed token; the address holds it and is shown once. */
  private void issueFeed(Context ctx) {
    Session session = session(ctx);
    FeedToken token = session.calendar().issueFeed(new CitizenId(uuid(ctx, "citizenId")));
    String path = "/api/calendar-feeds/" + token.value();
    String host = Objects.requireNonNullElse(ctx.header("Host"), "localhost");
    ctx.status(201).json(new FeedView("http://" + host + path, "webcal://" + host + path));
  }

  record RevokedView(int revoked) {}

  private void revokeFeed(Context ctx) {
    Session session = session(ctx);
    ctx.json(new RevokedView(session.calendar().revokeFeed(new CitizenId(uuid(ctx, "citizenId")))));
  }

  /** The feed a calendar app subscribes to: no sign-in, the token is the key. */
  private void feed(Context ctx) {
    String token = ctx.pathParam("token");
    if (!token.matches("[A-Za-z0-9_-]{43}")) {
      throw new NoSuchEntityException("calendar feed", "unknown");
    }
    ics(ctx, dialog.as(Actor.system("calendar-feed")).calendar().feed(token), "min-dialog");
  }

  private static void ics(Context ctx, String text, String name) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".ics\"")
        .contentType("text/calendar; charset=utf-8")
        .result(text);
  }

  // ---- helpers

  /** Thrown when no actor is signed in; answered with 401. */
  static final class NotSignedIn extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotSignedIn() {
      super("not signed in", null, false, false);
    }
  }

  Session session(Context ctx) {
    return dialog.as(signIn.actor(ctx).orElseThrow(NotSignedIn::new));
  }

  <T> T body(Context ctx, Class<T> type) {
    try {
      T value = json.readValue(ctx.body(), type);
      if (value == null) {
        throw new InvalidInputException("body", "must be a JSON object");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new UnreadableBody(e);
    }
  }

  /** A request body that is not the JSON the route expects; answered with 400. */
  static final class UnreadableBody extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableBody(JsonProcessingException cause) {
      super(cause);
    }

    JsonProcessingException json() {
      return (JsonProcessingException) getCause();
    }
  }

  static <T> T required(String field, @Nullable T value) {
    if (value == null) {
      throw new InvalidInputException(field, "is required");
    }
    return value;
  }

  static UUID uuid(Context ctx, String param) {
    return uuid(param, ctx.pathParam(param));
  }

  static UUID uuid(String field, String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, "must be a UUID");
    }
  }

  static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          field,
          "must be one of "
              + java.util.Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", ")));
    }
  }

  private static ChannelKind channel(String field, String value) {
    ChannelKind kind = enumValue(field, value, ChannelKind.class);
    if (kind == ChannelKind.WEBHOOK) {
      throw new InvalidInputException(field, "must be IN_APP, EMAIL or SMS");
    }
    return kind;
  }

  static LocalTime localTime(String field, @Nullable String value) {
    try {
      return LocalTime.parse(required(field, value));
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "must be a time such as 21:00");
    }
  }

  static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  static Instant offsetInstant(String field, @Nullable String value) {
    try {
      return OffsetDateTime.parse(required(field, value)).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "must be a time such as 2026-11-26T12:00:00+01:00");
    }
  }

  static LocalDate localDate(String field, @Nullable String value, LocalDate otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "must be a date such as 2026-11-24");
    }
  }

  static AppointmentType appointmentType(String code) {
    try {
      return AppointmentType.of(code.toLowerCase(Locale.ROOT));
    } catch (InvalidInputException e) {
      throw new InvalidInputException("type", e.rule());
    }
  }

  String citizenName(CitizenId citizen) {
    return directory.person(ActorKind.CITIZEN, citizen.value()).map(DemoPerson::name).orElse("—");
  }

  private List<Participant> participants(Appointment a) {
    return a.participants().stream()
        .map(
            id ->
                directory
                    .person(ActorKind.STAFF, id.value())
                    .map(p -> new Participant(id, p.name(), p.role()))
                    .orElse(new Participant(id, "—", null)))
        .toList();
  }

  private @Nullable String staffName(FreeSlot slot) {
    return slot.staffMember() == null
        ? null
        : directory
            .person(ActorKind.STAFF, slot.staffMember().value())
            .map(DemoPerson::name)
            .orElse(null);
  }

  /**
   * The sections of the pages, by the kind of actor; the pages build their navigation from it. A
   * citizen's section that a relative may see names the grant's scope it needs and the operations
   * the SDK must allow relatives (a section appears for relatives once the access policy has rules
   * for them).
   */
  enum Section {
    PLAN(ActorKind.CITIZEN, Scope.READ_PLAN, Operation.VIEW_OVERVIEW),
    CONTACTS(
        ActorKind.CITIZEN, Scope.READ_MESSAGES, Operation.VIEW_CONTACTS, Operation.READ_MESSAGES),
    NETWORK(ActorKind.CITIZEN, null),
    MATERIAL(ActorKind.CITIZEN, Scope.READ_MATERIAL, Operation.VIEW_MATERIAL),
    NOTIFICATIONS(ActorKind.CITIZEN, null),
    SETTINGS(ActorKind.CITIZEN, null),
    TODAY(ActorKind.STAFF, null),
    INBOX(ActorKind.STAFF, null),
    PERSONAL(ActorKind.STAFF, null),
    SLOTS(ActorKind.STAFF, null),
    INSIGHTS(ActorKind.STAFF, null),
    RESPONSES(ActorKind.STAFF, null),
    PROGRESS(ActorKind.STAFF, null),
    CITIZENS(ActorKind.STAFF, null),
    REMINDERS(ActorKind.STAFF, null),
    ACTIVITIES(ActorKind.STAFF, null),
    /** A relative's own data; added for every relative, so it has no scope. */
    MINE(ActorKind.RELATIVE, null);

    private final ActorKind kind;
    private final @Nullable Scope scope;
    private final List<Operation> operations;

    Section(ActorKind kind, @Nullable Scope scope, Operation... operations) {
      this.kind = kind;
      this.scope = scope;
      this.operations = List.of(operations);
    }

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    static List<String> of(ActorKind kind) {
      return java.util.Arrays.stream(values())
          .filter(s -> s.kind == kind)
          .map(s -> s.name().toLowerCase(Locale.ROOT))
          .toList();
    }

    /**
     * The citizen's sections a relative sees: those their grant's scopes cover, and which the SDK's
     * access policy lets relatives read.
     *
     * @param scopes the scopes of the relative's active grant
     * @return the sections, in order
     */
    static List<String> forRelative(Set<Scope> scopes) {
      AccessPolicy policy = AccessPolicy.standard();
      return java.util.Arrays.stream(values())
          .filter(s -> s.scope != null && scopes.contains(s.scope))
          .filter(
              s ->
                  s.operations.stream()
                      .allMatch(o -> policy.ruleFor(ActorKind.RELATIVE, o).isPresent()))
          .map(s -> s.name().toLowerCase(Locale.ROOT))
          .toList();
    }
  }
}
