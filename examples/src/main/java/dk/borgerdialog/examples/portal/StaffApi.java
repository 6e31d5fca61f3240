package dk.borgerdialog.examples.portal;

import static dk.borgerdialog.examples.portal.PortalApi.appointmentResult;
import static dk.borgerdialog.examples.portal.PortalApi.appointmentType;
import static dk.borgerdialog.examples.portal.PortalApi.blankToNull;
import static dk.borgerdialog.examples.portal.PortalApi.enumValue;
import static dk.borgerdialog.examples.portal.PortalApi.localDate;
import static dk.borgerdialog.examples.portal.PortalApi.required;
import static dk.borgerdialog.examples.portal.PortalApi.uuid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.Session;
import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.contact.application.JoinCareTeamCommand;
import dk.borgerdialog.contact.model.CareTeamMember;
import dk.borgerdialog.contact.model.CareTeamMemberId;
import dk.borgerdialog.material.application.AttachMaterialCommand;
import dk.borgerdialog.material.model.MaterialAttachment;
import dk.borgerdialog.material.model.MaterialItem;
import dk.borgerdialog.material.model.MaterialItemId;
import dk.borgerdialog.material.model.MaterialKind;
import dk.borgerdialog.material.model.MaterialVariant;
import dk.borgerdialog.material.model.ReleaseRule;
import dk.borgerdialog.network.application.PublishActivityCommand;
import dk.borgerdialog.network.model.Activity;
import dk.borgerdialog.network.model.ActivityId;
import dk.borgerdialog.network.model.Frequency;
import dk.borgerdialog.network.model.Organiser;
import dk.borgerdialog.network.model.OrganiserId;
import dk.borgerdialog.network.model.OrganiserKind;
import dk.borgerdialog.network.model.Place;
import dk.borgerdialog.network.model.Price;
import dk.borgerdialog.network.model.Schedule;
import dk.borgerdialog.network.model.Signup;
import dk.borgerdialog.network.model.Suggestion;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.application.BookAppointmentCommand;
import dk.borgerdialog.plan.application.BookingAppointments;
import dk.borgerdialog.plan.application.WritePlanItemCommand;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.plan.model.CourseState;
import dk.borgerdialog.plan.model.CourseSummary;
import dk.borgerdialog.plan.model.CourseTemplateId;
import dk.borgerdialog.plan.model.FreeSlotId;
import dk.borgerdialog.plan.model.PlanItem;
import dk.borgerdialog.plan.model.PlanItemId;
import dk.borgerdialog.plan.model.PlanItemKind;
import dk.borgerdialog.reminder.model.DeliveryAttempt;
import dk.borgerdialog.reminder.model.RelativeReminderLog;
import dk.borgerdialog.reminder.model.Reminder;
import dk.borgerdialog.reminder.model.ReminderId;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The staff and network coordinator part of the portal's API: booking, courses and plan items, a
 * unit's reminders and their delivery logs, attaching and releasing material, the activity
 * catalogue and the care team. Like {@link PortalApi}, every handler calls the SDK as the signed-in
 * actor, and the SDK's access control decides.
 */
final class StaffApi {
  private static final ZoneId ZONE = DemoData.COPENHAGEN;

  private final PortalApi api;
  private final Borgerdialog dialog;
  private final Directory directory;
  private final ObjectMapper json;

  StaffApi(PortalApi api, Borgerdialog dialog, Directory directory, ObjectMapper json) {
    this.api = api;
    this.dialog = dialog;
    this.directory = directory;
    this.json = json;
  }

  private static PortalApi.Route route(
      HandlerType method, String path, io.javalin.http.Handler handler, String... uses) {
    return new PortalApi.Route(method, path, handler, List.of(uses));
  }

  /**
   * The staff and coordinator routes; the OpenAPI description must describe each.
   *
   * @return the routes
   */
  List<PortalApi.Route> routes() {
    return List.of(
        route(
            HandlerType.POST,
            "/api/courses/{courseId}/appointments",
            this::book,
            "PlanOperations.book"),
        route(HandlerType.POST, "/api/bookings", this::bookAll, "PlanOperations.bookAll"),
        route(
            HandlerType.GET,
            "/api/citizens/{citizenId}/courses",
            this::courses,
            "PlanOperations.overview"),
        route(
            HandlerType.POST,
            "/api/citizens/{citizenId}/courses",
            this::openCourse,
            "PlanOperations.openCourse"),
        route(
            HandlerType.POST,
            "/api/courses/{courseId}/state",
            this::changeCourseState,
            "PlanOperations.changeCourseState"),
        route(
            HandlerType.POST,
            "/api/courses/{courseId}/plan-items",
            this::writePlanItem,
            "PlanOperations.writePlanItem"),
        route(
            HandlerType.PUT,
            "/api/plan-items/{itemId}",
            this::revisePlanItem,
            "PlanOperations.revisePlanItem"),
        route(
            HandlerType.GET,
            "/api/units/{unitId}/reminder-policy",
            this::reminderPolicy,
            "ReminderOperations.reminderPolicy"),
        route(
            HandlerType.PUT,
            "/api/units/{unitId}/reminder-policy",
            this::setReminderPolicy,
            "ReminderOperations.setReminderPolicy"),
        route(
            HandlerType.GET,
            "/api/units/{unitId}/undelivered-reminders",
            this::undelivered,
            "ReminderOperations.undelivered"),
        route(
            HandlerType.GET,
            "/api/appointments/{appointmentId}/reminders",
            this::remindersOf,
            "ReminderOperations.remindersOf"),
        route(
            HandlerType.GET,
            "/api/reminders/{reminderId}/delivery-log",
            this::deliveryLog,
            "ReminderOperations.deliveryLog",
            "ReminderOperations.relativeDeliveryLog"),
        route(
            HandlerType.POST,
            "/api/courses/{courseId}/material",
            this::attach,
            "MaterialOperations.attach"),
        route(
            HandlerType.POST,
            "/api/courses/{courseId}/material/{itemId}/release",
            this::release,
            "MaterialOperations.release"),
        route(
            HandlerType.GET,
            "/api/units/{unitId}/organisers",
            this::organisers,
            "NetworkOperations.organisersOf"),
        route(
            HandlerType.GET,
            "/api/units/{unitId}/activities",
            this::activitiesOf,
            "NetworkOperations.activitiesOf"),
        route(
            HandlerType.POST,
            "/api/units/{unitId}/organisers",
            this::registerOrganiser,
            "NetworkOperations.registerOrganiser"),
        route(
            HandlerType.POST,
            "/api/organisers/{organiserId}/activities",
            this::publish,
            "NetworkOperations.publish"),
        route(
            HandlerType.GET,
            "/api/activities/{activityId}/signups",
            this::signupsOf,
            "NetworkOperations.signupsOf"),
        route(
            HandlerType.POST,
            "/api/citizens/{citizenId}/suggestions",
            this::suggest,
            "NetworkOperations.suggest"),
        route(
            HandlerType.POST,
            "/api/courses/{courseId}/care-team",
            this::join,
            "ContactOperations.join"),
        route(
            HandlerType.POST,
            "/api/care-team/{memberId}/leave",
            this::leave,
            "ContactOperations.leave"),
        route(
            HandlerType.POST,
            "/api/care-team/{memberId}/replace",
            this::replace,
            "ContactOperations.replace"));
  }

  // ---- booking

  /**
   * Where an appointment takes place, as {@link Views.Mode} shows it.
   *
   * @param code {@code in_person}, {@code phone} or {@code video}
   * @param address for in person
   * @param link for video, an https address
   */
  record ModeRequest(@Nullable String code, @Nullable String address, @Nullable String link) {}

  /**
   * A booking: either {@code start}, {@code end} (local date and time in the citizen's zone) and
   * {@code mode}, or a free {@code slot}. {@code course} is only read in a bulk booking.
   */
  record BookingRequest(
      @Nullable String course,
      @Nullable String type,
      @Nullable String start,
      @Nullable String end,
      @Nullable ModeRequest mode,
      @Nullable List<String> participants,
      @Nullable String slot) {}

  private void book(Context ctx) {
    Session session = api.session(ctx);
    CourseId course = new CourseId(uuid(ctx, "courseId"));
    BookingRequest body = api.body(ctx, BookingRequest.class);
    Appointment booked = session.plan().book(booking("", course, body));
    ctx.status(201).json(appointmentResult(booked));
  }

  /**
   * Books many appointments at once, all or none: a JSON array of bookings, each naming its {@code
   * course}. The SDK books at most {@link BookingAppointments#MAX_BULK}.
   */
  private void bookAll(Context ctx) {
    Session session = api.session(ctx);
    JsonNode array;
    try {
      array = json.readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw new PortalApi.UnreadableBody(e);
    }
    if (array == null || !array.isArray()) {
      throw new InvalidInputException("bookings", "must be a JSON array");
    }
    if (array.size() > BookingAppointments.MAX_BULK) {
      throw new InvalidInputException(
          "bookings", "must hold at most " + BookingAppointments.MAX_BULK + " bookings");
    }
    List<BookAppointmentCommand> commands = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      String prefix = "bookings[" + i + "].";
      BookingRequest request;
      try {
        request = json.treeToValue(array.get(i), BookingRequest.class);
      } catch (JsonProcessingException e) {
        throw new InvalidInputException("bookings[" + i + "]", "must be a booking");
      }
      if (request == null) {
        throw new InvalidInputException("bookings[" + i + "]", "must be a booking");
      }
      CourseId course =
          prefixed(
              prefix, () -> new CourseId(uuid("course", required("course", request.course()))));
      commands.add(booking(prefix, course, request));
    }
    List<Appointment> booked = session.plan().bookAll(commands);
    ctx.status(201).json(booked.stream().map(PortalApi::appointmentResult).toList());
  }

  private BookAppointmentCommand booking(String prefix, CourseId course, BookingRequest r) {
    return prefixed(
        prefix,
        () -> {
          var type = appointmentType(required("type", r.type()));
          List<StaffMemberId> participants = new ArrayList<>();
          if (r.participants() != null) {
            for (String p : r.participants()) {
              participants.add(new StaffMemberId(uuid("participants", p)));
            }
          }
          if (r.slot() != null) {
            if (r.start() != null || r.end() != null || r.mode() != null) {
              throw new InvalidInputException("slot", "excludes start, end and mode");
            }
            return new BookAppointmentCommand(
                course,
                type,
                null,
                null,
                null,
                participants,
                new FreeSlotId(uuid("slot", r.slot())));
          }
          Instant start = localTime("start", r.start());
          Instant end = localTime("end", r.end());
          return BookAppointmentCommand.at(
              course, type, start, end, mode(required("mode", r.mode())), participants);
        });
  }

  private static AppointmentMode mode(ModeRequest m) {
    return switch (required("mode.code", m.code())) {
      case "in_person" -> AppointmentMode.inPerson(required("mode.address", m.address()));
      case "phone" -> AppointmentMode.phone();
      case "video" -> AppointmentMode.video(required("mode.link", m.link()));
      default -> throw new InvalidInputException("mode.code", "must be in_person, phone or video");
    };
  }

  /** Runs the conversion, naming a bad field with the booking's place in the array. */
  private static <T> T prefixed(String prefix, Supplier<T> conversion) {
    try {
      return conversion.get();
    } catch (InvalidInputException e) {
      if (prefix.isEmpty()) {
        throw e;
      }
      throw new InvalidInputException(prefix + e.field(), e.rule());
    }
  }

  private static Instant localTime(String field, @Nullable String value) {
    try {
      return LocalDateTime.parse(required(field, value)).atZone(ZONE).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field, "must be a local date and time such as 2026-11-25T13:00");
    }
  }

  // ---- courses and plan items

  /** A plan item as staff see it, with what a revision needs. */
  record PlanItemView(
      String id, String kind, String text, String author, String writtenAt, long version) {
    static PlanItemView of(PlanItem i, String author) {
      return new PlanItemView(
          i.id().toString(),
          i.kind().name(),
          i.text(),
          author,
          Views.time(i.writtenAt(), ZONE),
          i.version());
    }
  }

  /** A course of the citizen as staff see it. */
  record CourseView(
      String id,
      String citizenId,
      String unitId,
      String templateId,
      @Nullable String template,
      @Nullable String unitName,
      String state,
      String openedAt,
      @Nullable String closedAt,
      long version,
      List<PlanItemView> planItems,
      List<Views.PreferenceView> preferences) {
    static CourseView of(
        Course c,
        @Nullable String template,
        @Nullable String unitName,
        List<PlanItemView> items,
        List<Views.PreferenceView> preferences) {
      return new CourseView(
          c.id().toString(),
          c.citizen().toString(),
          c.unit().toString(),
          c.template().toString(),
          template,
          unitName,
          c.state().name(),
          Views.time(c.openedAt(), ZONE),
          Views.timeOrNull(c.closedAt(), ZONE),
          c.version(),
          items,
          preferences);
    }
  }

  /** The citizen's courses with their plan items and versions, for staff. */
  private void courses(Context ctx) {
    Session session = api.session(ctx);
    CitizenId citizen = new CitizenId(uuid(ctx, "citizenId"));
    // the internal name of a unit is for staff; anyone else gets the neutral public name
    boolean staff = session.actor().kind() == ActorKind.STAFF;
    List<CourseView> courses = new ArrayList<>();
    for (CourseSummary c : session.plan().overview(citizen, 1).courses()) {
      courses.add(
          CourseView.of(
              c.course(),
              c.templateName(),
              staff
                  ? directory.unit(c.course().unit()).map(DemoUnit::name).orElse(c.unitPublicName())
                  : c.unitPublicName(),
              c.planItems().stream().map(i -> PlanItemView.of(i, staffName(i.author()))).toList(),
              c.preferences().stream()
                  .map(
                      p ->
                          new Views.PreferenceView(
                              p.kind().name(), p.text(), Views.time(p.statedAt(), ZONE)))
                  .toList()));
    }
    ctx.json(courses);
  }

  record OpenCourseRequest(@Nullable String unit, @Nullable String template) {}

  private void openCourse(Context ctx) {
    Session session = api.session(ctx);
    CitizenId citizen = new CitizenId(uuid(ctx, "citizenId"));
    OpenCourseRequest body = api.body(ctx, OpenCourseRequest.class);
    Course opened =
        session
            .plan()
            .openCourse(
                citizen,
                new UnitId(uuid("unit", required("unit", body.unit()))),
                new CourseTemplateId(uuid("template", required("template", body.template()))));
    ctx.status(201).json(CourseView.of(opened, null, null, List.of(), List.of()));
  }

  record CourseStateRequest(@Nullable Long version, @Nullable String state) {}

  /** Pauses, resumes or ends (closes) a course. */
  private void changeCourseState(Context ctx) {
    Session session = api.session(ctx);
    CourseId course = new CourseId(uuid(ctx, "courseId"));
    CourseStateRequest body = api.body(ctx, CourseStateRequest.class);
    CourseState state = enumValue("state", required("state", body.state()), CourseState.class);
    Course changed =
        session.plan().changeCourseState(course, required("version", body.version()), state);
    ctx.json(CourseView.of(changed, null, null, List.of(), List.of()));
  }

  record PlanItemRequest(@Nullable String kind, @Nullable String text, @Nullable Long version) {}

  private void writePlanItem(Context ctx) {
    Session session = api.session(ctx);
    CourseId course = new CourseId(uuid(ctx, "courseId"));
    PlanItemRequest body = api.body(ctx, PlanItemRequest.class);
    PlanItemKind kind = enumValue("kind", required("kind", body.kind()), PlanItemKind.class);
    PlanItem written =
        session
            .plan()
            .writePlanItem(new WritePlanItemCommand(course, kind, required("text", body.text())));
    ctx.status(201).json(PlanItemView.of(written, staffName(written.author())));
  }

  private void revisePlanItem(Context ctx) {
    Session session = api.session(ctx);
    PlanItemId item = new PlanItemId(uuid(ctx, "itemId"));
    PlanItemRequest body = api.body(ctx, PlanItemRequest.class);
    PlanItem revised =
        session
            .plan()
            .revisePlanItem(
                item, required("version", body.version()), required("text", body.text()));
    ctx.json(PlanItemView.of(revised, staffName(revised.author())));
  }

  // ---- reminders

  /**
   * A unit's reminder policy: how long before an appointment the citizen is reminded, in minutes,
   * latest last; a critical policy is sent even in quiet hours.
   */
  record ReminderPolicyView(List<Long> minutesBefore, boolean critical) {
    static ReminderPolicyView of(ReminderPolicy p) {
      return new ReminderPolicyView(
          p.offsets().stream().map(Duration::toMinutes).toList(), p.critical());
    }
  }

  private void reminderPolicy(Context ctx) {
    Session session = api.session(ctx);
    UnitId unit = new UnitId(uuid(ctx, "unitId"));
    ctx.json(ReminderPolicyView.of(session.reminders().reminderPolicy(unit)));
  }

  record ReminderPolicyRequest(@Nullable List<Long> minutesBefore, @Nullable Boolean critical) {}

  private void setReminderPolicy(Context ctx) {
    Session session = api.session(ctx);
    UnitId unit = new UnitId(uuid(ctx, "unitId"));
    ReminderPolicyRequest body = api.body(ctx, ReminderPolicyRequest.class);
    List<Duration> offsets = new ArrayList<>();
    for (Long minutes : required("minutesBefore", body.minutesBefore())) {
      offsets.add(Duration.ofMinutes(required("minutesBefore", minutes)));
    }
    ReminderPolicy policy;
    try {
      policy = new ReminderPolicy(offsets, Boolean.TRUE.equals(body.critical()));
    } catch (InvalidInputException e) {
      throw new InvalidInputException("minutesBefore", e.rule());
    }
    session.reminders().setReminderPolicy(unit, policy);
    ctx.json(ReminderPolicyView.of(session.reminders().reminderPolicy(unit)));
  }

  /** A reminder of an appointment, as staff see it. */
  record ReminderView(
      String id,
      String appointment,
      String citizenId,
      String citizenName,
      long minutesBefore,
      String dueAt,
      String appointmentStart,
      String status,
      @Nullable String sentVia,
      @Nullable String sentAt) {}

  private ReminderView reminderView(Reminder r) {
    return new ReminderView(
        r.id().toString(),
        r.appointment().toString(),
        r.citizen().toString(),
        api.citizenName(r.citizen()),
        r.offset().toMinutes(),
        Views.time(r.dueAt(), ZONE),
        Views.time(r.appointmentStart(), ZONE),
        r.status().name(),
        r.sentVia() == null ? null : r.sentVia().name(),
        Views.timeOrNull(r.sentAt(), ZONE));
  }

  private void undelivered(Context ctx) {
    Session session = api.session(ctx);
    UnitId unit = new UnitId(uuid(ctx, "unitId"));
    ctx.json(session.reminders().undelivered(unit).stream().map(this::reminderView).toList());
  }

  private void remindersOf(Context ctx) {
    Session session = api.session(ctx);
    AppointmentId appointment = new AppointmentId(uuid(ctx, "appointmentId"));
    ctx.json(
        session.reminders().remindersOf(appointment).stream().map(this::reminderView).toList());
  }

  /**
   * One attempt to deliver a reminder. The provider's error text is left out: it may quote an
   * address.
   */
  record AttemptView(String channel, String attemptedAt, String outcome) {
    static AttemptView of(DeliveryAttempt a) {
      return new AttemptView(
          a.channel().name(), Views.time(a.attemptedAt(), ZONE), a.outcome().name());
    }
  }

  /** The copy of a reminder sent to a relative, and its attempts. */
  record RelativeCopyView(
      String relativeId,
      String relativeName,
      String status,
      @Nullable String sentVia,
      @Nullable String finishedAt,
      List<AttemptView> attempts) {}

  record DeliveryLogView(
      String reminder, List<AttemptView> attempts, List<RelativeCopyView> relatives) {}

  private void deliveryLog(Context ctx) {
    Session session = api.session(ctx);
    ReminderId reminder = new ReminderId(uuid(ctx, "reminderId"));
    List<AttemptView> attempts =
        session.reminders().deliveryLog(reminder).stream().map(AttemptView::of).toList();
    List<RelativeCopyView> copies = new ArrayList<>();
    for (RelativeReminderLog log : session.reminders().relativeDeliveryLog(reminder)) {
      copies.add(
          new RelativeCopyView(
              log.copy().relative().toString(),
              api.relativeName(log.copy().relative()),
              log.copy().status().name(),
              log.copy().sentVia() == null ? null : log.copy().sentVia().name(),
              Views.timeOrNull(log.copy().finishedAt(), ZONE),
              log.attempts().stream().map(AttemptView::of).toList()));
    }
    ctx.json(new DeliveryLogView(reminder.toString(), attempts, copies));
  }

  // ---- material

  /** One language of an item: a text's Markdown {@code body}, a link's or video's {@code url}. */
  record VariantRequest(
      @Nullable String language,
      @Nullable String title,
      @Nullable String body,
      @Nullable String url,
      @Nullable String captions,
      @Nullable String transcript) {}

  /**
   * When an item is released: {@code AT_START}, {@code DAYS_BEFORE} ({@code days} before the first
   * appointment of {@code type}), {@code AFTER_ATTENDED} (an appointment of {@code type}) or {@code
   * BY_HAND}.
   */
  record ReleaseRequest(@Nullable String rule, @Nullable Integer days, @Nullable String type) {}

  record AttachRequest(
      @Nullable String kind,
      @Nullable Integer minutes,
      @Nullable List<VariantRequest> variants,
      @Nullable ReleaseRequest release) {}

  /** An item as attached. */
  record AttachedView(
      String id,
      String kind,
      @Nullable Long minutes,
      String release,
      List<String> languages,
      String title,
      String createdAt) {
    static AttachedView of(MaterialItem i) {
      return new AttachedView(
          i.id().toString(),
          i.kind().name(),
          i.duration() == null ? null : i.duration().toMinutes(),
          releaseName(i.release()),
          i.variants().stream().map(v -> v.language().name()).toList(),
          i.in(Language.DA).title(),
          Views.time(i.createdAt(), ZONE));
    }
  }

  private static String releaseName(ReleaseRule rule) {
    if (rule instanceof ReleaseRule.AtStart) {
      return "AT_START";
    }
    if (rule instanceof ReleaseRule.DaysBeforeAppointment) {
      return "DAYS_BEFORE";
    }
    if (rule instanceof ReleaseRule.AfterAttended) {
      return "AFTER_ATTENDED";
    }
    return "BY_HAND";
  }

  /** Attaches an item to the course; it reaches the citizen by its release rule. */
  private void attach(Context ctx) {
    Session session = api.session(ctx);
    CourseId course = new CourseId(uuid(ctx, "courseId"));
    AttachRequest body = api.body(ctx, AttachRequest.class);
    MaterialKind kind = enumValue("kind", required("kind", body.kind()), MaterialKind.class);
    List<MaterialVariant> variants = new ArrayList<>();
    List<VariantRequest> requested = required("variants", body.variants());
    for (int i = 0; i < requested.size(); i++) {
      VariantRequest v = required("variants[" + i + "]", requested.get(i));
      String prefix = "variants[" + i + "].";
      variants.add(
          prefixed(
              prefix,
              () ->
                  new MaterialVariant(
                      enumValue("language", required("language", v.language()), Language.class),
                      required("title", v.title()),
                      v.body(),
                      address("url", v.url()),
                      address("captions", v.captions()),
                      v.transcript())));
    }
    Duration duration = body.minutes() == null ? null : Duration.ofMinutes(body.minutes());
    ReleaseRule release = release(required("release", body.release()));
    AttachMaterialCommand command;
    try {
      command =
          new AttachMaterialCommand(
              MaterialAttachment.course(course), kind, duration, variants, release);
    } catch (InvalidInputException e) {
      // the request gives a video's length in minutes
      throw "duration".equals(e.field()) ? new InvalidInputException("minutes", e.rule()) : e;
    }
    MaterialItem item = session.material().attach(command);
    ctx.status(201).json(AttachedView.of(item));
  }

  private static ReleaseRule release(ReleaseRequest r) {
    String rule = required("release.rule", r.rule());
    try {
      return switch (rule) {
        case "AT_START" -> ReleaseRule.atStart();
        case "BY_HAND" -> ReleaseRule.byHand();
        case "DAYS_BEFORE" ->
            ReleaseRule.daysBefore(
                required("release.days", r.days()),
                appointmentType(required("release.type", r.type())));
        case "AFTER_ATTENDED" ->
            ReleaseRule.afterAttended(appointmentType(required("release.type", r.type())));
        default ->
            throw new InvalidInputException(
                "release.rule", "must be AT_START, DAYS_BEFORE, AFTER_ATTENDED or BY_HAND");
      };
    } catch (InvalidInputException e) {
      throw "type".equals(e.field()) ? new InvalidInputException("release.type", e.rule()) : e;
    }
  }

  private static @Nullable URI address(String field, @Nullable String value) {
    String text = blankToNull(value);
    if (text == null) {
      return null;
    }
    try {
      return new URI(text);
    } catch (java.net.URISyntaxException e) {
      throw new InvalidInputException(field, "must be an http or https address");
    }
  }

  record ReleasedView(String item, String releasedAt) {}

  /** Releases an item by hand, now. */
  private void release(Context ctx) {
    Session session = api.session(ctx);
    MaterialItemId item = new MaterialItemId(uuid(ctx, "itemId"));
    Instant at = session.material().release(new CourseId(uuid(ctx, "courseId")), item);
    ctx.json(new ReleasedView(item.toString(), Views.time(at, ZONE)));
  }

  // ---- the activity catalogue

  record OrganiserView(
      String id,
      String municipalityId,
      String unitId,
      String kind,
      String name,
      @Nullable String email,
      @Nullable String phone) {
    static OrganiserView of(Organiser o) {
      return new OrganiserView(
          o.id().toString(),
          o.municipality().toString(),
          o.unit().toString(),
          o.kind().name(),
          o.name(),
          o.email(),
          o.phone());
    }
  }

  private void organisers(Context ctx) {
    Session session = api.session(ctx);
    UnitId unit = new UnitId(uuid(ctx, "unitId"));
    ctx.json(session.network().organisersOf(unit).stream().map(OrganiserView::of).toList());
  }

  private void activitiesOf(Context ctx) {
    Session session = api.session(ctx);
    UnitId unit = new UnitId(uuid(ctx, "unitId"));
    ctx.json(
        session.network().activitiesOf(unit).stream().map(NetworkViews.ActivityView::of).toList());
  }

  record OrganiserRequest(
      @Nullable String kind,
      @Nullable String name,
      @Nullable String email,
      @Nullable String phone) {}

  private void registerOrganiser(Context ctx) {
    Session session = api.session(ctx);
    UnitId unit = new UnitId(uuid(ctx, "unitId"));
    OrganiserRequest body = api.body(ctx, OrganiserRequest.class);
    Organiser organiser =
        session
            .network()
            .registerOrganiser(
                unit,
                enumValue("kind", required("kind", body.kind()), OrganiserKind.class),
                required("name", body.name()),
                blankToNull(body.email()),
                blankToNull(body.phone()));
    ctx.status(201).json(OrganiserView.of(organiser));
  }

  /**
   * Where an activity takes place: an {@code address} in a {@code district}, or an online {@code
   * link}.
   */
  record PlaceRequest(@Nullable String address, @Nullable String district, @Nullable String link) {}

  /**
   * When: the first start as a local date and time, the length in minutes, and for a recurring
   * activity its {@code frequency} and optionally the last day ({@code until}).
   */
  record ScheduleRequest(
      @Nullable String firstStart,
      @Nullable Integer minutes,
      @Nullable String frequency,
      @Nullable String until) {}

  record PublishRequest(
      @Nullable String title,
      @Nullable String description,
      @Nullable List<String> interests,
      @Nullable PlaceRequest place,
      @Nullable ScheduleRequest schedule,
      @Nullable Integer capacity,
      @Nullable String targetGroup,
      @Nullable String accessibility,
      @Nullable Long priceOre,
      @Nullable Integer signupDeadlineHours) {}

  private void publish(Context ctx) {
    Session session = api.session(ctx);
    OrganiserId organiser = new OrganiserId(uuid(ctx, "organiserId"));
    PublishRequest body = api.body(ctx, PublishRequest.class);
    PlaceRequest p = required("place", body.place());
    Place place =
        blankToNull(p.link()) != null
            ? Place.online(p.link().trim())
            : Place.at(
                required("place.address", p.address()), required("place.district", p.district()));
    ScheduleRequest s = required("schedule", body.schedule());
    LocalDateTime first;
    try {
      first = LocalDateTime.parse(required("schedule.firstStart", s.firstStart()));
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          "schedule.firstStart", "must be a local date and time such as 2026-12-03T12:00");
    }
    Duration length = Duration.ofMinutes(required("schedule.minutes", s.minutes()));
    String frequency = blankToNull(s.frequency());
    Schedule schedule =
        frequency == null
            ? new Schedule(
                first,
                length,
                ZONE,
                null,
                s.until() == null ? null : localDate("schedule.until", s.until(), LocalDate.MIN))
            : Schedule.recurring(
                first,
                length,
                ZONE,
                enumValue("schedule.frequency", frequency, Frequency.class),
                blankToNull(s.until()) == null
                    ? null
                    : localDate("schedule.until", s.until(), LocalDate.MIN));
    Activity activity =
        session
            .network()
            .publish(
                new PublishActivityCommand(
                    organiser,
                    required("title", body.title()),
                    required("description", body.description()),
                    required("interests", body.interests()),
                    place,
                    schedule,
                    required("capacity", body.capacity()),
                    blankToNull(body.targetGroup()),
                    blankToNull(body.accessibility()),
                    new Price(body.priceOre() == null ? 0 : body.priceOre()),
                    Duration.ofHours(
                        body.signupDeadlineHours() == null ? 0 : body.signupDeadlineHours())));
    ctx.status(201).json(NetworkViews.ActivityView.of(activity));
  }

  /** A signup on an activity's list, for the staff who run it. */
  record SignupListView(
      String id,
      String citizenId,
      String citizenName,
      String status,
      long position,
      @Nullable String occurrence,
      boolean series,
      String signedUpAt) {
    static SignupListView of(Signup s, String name) {
      return new SignupListView(
          s.id().toString(),
          s.citizen().toString(),
          name,
          s.status().name(),
          s.position(),
          Views.timeOrNull(s.occurrence(), ZONE),
          s.isSeries(),
          Views.time(s.signedUpAt(), ZONE));
    }
  }

  private void signupsOf(Context ctx) {
    Session session = api.session(ctx);
    ActivityId activity = new ActivityId(uuid(ctx, "activityId"));
    ctx.json(
        session.network().signupsOf(activity).stream()
            .map(s -> SignupListView.of(s, api.citizenName(s.citizen())))
            .toList());
  }

  record SuggestRequest(@Nullable String activity) {}

  record SuggestionResult(String id, String activity, String suggestedBy, String suggestedAt) {}

  /** A contact person suggests an activity to the citizen; it shows apart in Mit netværk. */
  private void suggest(Context ctx) {
    Session session = api.session(ctx);
    CitizenId citizen = new CitizenId(uuid(ctx, "citizenId"));
    SuggestRequest body = api.body(ctx, SuggestRequest.class);
    Suggestion s =
        session
            .network()
            .suggest(
                citizen, new ActivityId(uuid("activity", required("activity", body.activity()))));
    ctx.status(201)
        .json(
            new SuggestionResult(
                s.id().toString(),
                s.activity().toString(),
                staffName(s.suggestedBy()),
                Views.time(s.suggestedAt(), ZONE)));
  }

  // ---- the care team

  /** A member of a course's care team as staff manage it, with its version. */
  record MemberView(
      String id,
      String course,
      @Nullable String staffMember,
      String name,
      String role,
      @Nullable String title,
      @Nullable String phone,
      @Nullable String phoneHours,
      long expectedReplyHours,
      String activeFrom,
      @Nullable String activeUntil,
      long version) {
    static MemberView of(CareTeamMember m) {
      return new MemberView(
          m.id().toString(),
          m.course().toString(),
          m.staffMember() == null ? null : m.staffMember().toString(),
          m.displayName(),
          m.role().code(),
          m.title(),
          m.reachability().phone(),
          m.reachability().phoneHours(),
          m.reachability().expectedReply().toHours(),
          Views.time(m.activeFrom(), ZONE),
          Views.timeOrNull(m.activeUntil(), ZONE),
          m.version());
    }
  }

  /**
   * Who joins: a staff member ({@code staffMember}), or the unit's shared inbox when it is absent.
   */
  record JoinRequest(
      @Nullable String staffMember,
      @Nullable String role,
      @Nullable String displayName,
      @Nullable String title,
      @Nullable String phone,
      @Nullable String phoneHours,
      @Nullable Integer expectedReplyHours) {}

  private void join(Context ctx) {
    Session session = api.session(ctx);
    CourseId course = new CourseId(uuid(ctx, "courseId"));
    JoinRequest body = api.body(ctx, JoinRequest.class);
    String staff = blankToNull(body.staffMember());
    int hours = required("expectedReplyHours", body.expectedReplyHours());
    CareTeamMember.Reachability reachability;
    try {
      reachability =
          new CareTeamMember.Reachability(
              blankToNull(body.phone()), blankToNull(body.phoneHours()), Duration.ofHours(hours));
    } catch (InvalidInputException e) {
      throw "expectedReply".equals(e.field())
          ? new InvalidInputException("expectedReplyHours", e.rule())
          : e;
    }
    StaffRole role;
    try {
      role = new StaffRole(required("role", body.role()));
    } catch (InvalidInputException e) {
      throw new InvalidInputException("role", e.rule());
    }
    CareTeamMember member =
        session
            .contacts()
            .join(
                new JoinCareTeamCommand(
                    course,
                    staff == null ? null : new StaffMemberId(uuid("staffMember", staff)),
                    role,
                    blankToNull(body.displayName()),
                    blankToNull(body.title()),
                    reachability));
    ctx.status(201).json(MemberView.of(member));
  }

  record LeaveRequest(@Nullable Long version, @Nullable String successor) {}

  private void leave(Context ctx) {
    Session session = api.session(ctx);
    CareTeamMemberId member = new CareTeamMemberId(uuid(ctx, "memberId"));
    LeaveRequest body = api.body(ctx, LeaveRequest.class);
    ctx.json(MemberView.of(session.contacts().leave(member, required("version", body.version()))));
  }

  /**
   * Hands the member's place on the care team to a colleague ({@code successor}), or to the unit's
   * shared inbox when it is absent.
   */
  private void replace(Context ctx) {
    Session session = api.session(ctx);
    CareTeamMemberId member = new CareTeamMemberId(uuid(ctx, "memberId"));
    LeaveRequest body = api.body(ctx, LeaveRequest.class);
    String successor = blankToNull(body.successor());
    CareTeamMember next =
        session
            .contacts()
            .replace(
                member,
                required("version", body.version()),
                successor == null ? null : new StaffMemberId(uuid("successor", successor)));
    ctx.json(MemberView.of(next));
  }

  private String staffName(StaffMemberId id) {
    return directory.person(ActorKind.STAFF, id.value()).map(DemoPerson::name).orElse("—");
  }
}
