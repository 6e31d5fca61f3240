package dk.borgerdialog.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.Session;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.citizen.model.CprNumber;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.common.UnableToChangeException;
import dk.borgerdialog.contact.application.JoinCareTeamCommand;
import dk.borgerdialog.contact.application.StartThreadCommand;
import dk.borgerdialog.contact.model.Attachment;
import dk.borgerdialog.contact.model.AttachmentId;
import dk.borgerdialog.contact.model.AutoReply;
import dk.borgerdialog.contact.model.CareTeamMember;
import dk.borgerdialog.contact.model.CareTeamMemberId;
import dk.borgerdialog.contact.model.Cursor;
import dk.borgerdialog.contact.model.MessageId;
import dk.borgerdialog.contact.model.ThreadId;
import dk.borgerdialog.material.application.AttachMaterialCommand;
import dk.borgerdialog.material.model.MaterialAttachment;
import dk.borgerdialog.material.model.MaterialItemId;
import dk.borgerdialog.material.model.MaterialVariant;
import dk.borgerdialog.material.model.ReleaseRule;
import dk.borgerdialog.network.application.ActivityQuery;
import dk.borgerdialog.network.application.PublishActivityCommand;
import dk.borgerdialog.network.model.ActivityId;
import dk.borgerdialog.network.model.Frequency;
import dk.borgerdialog.network.model.Interest;
import dk.borgerdialog.network.model.OrganiserId;
import dk.borgerdialog.network.model.OrganiserKind;
import dk.borgerdialog.network.model.Place;
import dk.borgerdialog.network.model.Price;
import dk.borgerdialog.network.model.Schedule;
import dk.borgerdialog.network.model.SignupId;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.CentreId;
import dk.borgerdialog.organisation.model.ChangeDeadline;
import dk.borgerdialog.organisation.model.MunicipalityId;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.organisation.model.UnitRole;
import dk.borgerdialog.persistence.testing.TestDatabases;
import dk.borgerdialog.plan.application.BookAppointmentCommand;
import dk.borgerdialog.plan.application.CancelAppointmentCommand;
import dk.borgerdialog.plan.application.MoveAppointmentCommand;
import dk.borgerdialog.plan.application.PublishFreeSlotCommand;
import dk.borgerdialog.plan.application.StatePreferenceCommand;
import dk.borgerdialog.plan.application.WritePlanItemCommand;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.plan.model.CourseState;
import dk.borgerdialog.plan.model.CourseTemplateId;
import dk.borgerdialog.plan.model.FreeSlot;
import dk.borgerdialog.plan.model.FreeSlotId;
import dk.borgerdialog.plan.model.PlanItem;
import dk.borgerdialog.plan.model.PlanItemId;
import dk.borgerdialog.plan.model.PlanItemKind;
import dk.borgerdialog.plan.model.PreferenceKind;
import dk.borgerdialog.relative.application.GrantAccessCommand;
import dk.borgerdialog.relative.application.RevokeGrantCommand;
import dk.borgerdialog.relative.model.LegalBasis;
import dk.borgerdialog.relative.model.LegalBasisKind;
import dk.borgerdialog.relative.model.RelativeGrantId;
import dk.borgerdialog.relative.model.RelativeId;
import dk.borgerdialog.relative.model.Scope;
import dk.borgerdialog.reliability.support.Capabilities;
import dk.borgerdialog.reliability.support.Figures;
import dk.borgerdialog.reliability.support.LogLeaks;
import dk.borgerdialog.reliability.support.SchemaFingerprint;
import dk.borgerdialog.reliability.support.Seed;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.QuietHours;
import dk.borgerdialog.reminder.model.ReminderId;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.sql.DataSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jspecify.annotations.Nullable;

/**
 * Every SDK command, called as any actor with hostile strings, wrong ids, other tenants' ids,
 * invalid CPR numbers and odd times: only typed errors come back, and a refused command leaves
 * every table of the schema as it was (a refusal of access adds exactly one audit record).
 */
@Tag("slow")
class FuzzIT {
  static final int TRIES = 15_000;

  /** The typed errors a caller may get for bad input. */
  static final Set<Class<? extends RuntimeException>> TYPED =
      Set.of(
          InvalidInputException.class,
          AccessDeniedException.class,
          NoSuchEntityException.class,
          ConflictException.class,
          UnableToChangeException.class);

  record Call(String name, Function<Session, @Nullable Object> run) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** What one tenant holds. */
  record Tenant(
      Seed seed,
      CentreId centre,
      CitizenId citizen,
      CourseId course,
      AppointmentId appointment,
      PlanItemId planItem,
      FreeSlotId slot,
      Capabilities caps,
      List<UUID> ids) {}

  static Borgerdialog dialog;
  static DataSource database;
  static SchemaFingerprint fingerprint;
  static Map<String, String> last;
  static Tenant own;
  static Tenant other;
  static final Map<Outcome, AtomicInteger> OUTCOMES = new EnumMap<>(Outcome.class);
  static final Map<String, AtomicInteger> PER_COMMAND = new java.util.TreeMap<>();
  static long began;

  enum Outcome {
    ACCEPTED,
    INVALID_INPUT,
    ACCESS_DENIED,
    NO_SUCH_ENTITY,
    CONFLICT,
    UNABLE_TO_CHANGE
  }

  @BeforeContainer
  static void seed() {
    LogLeaks.start();
    database = TestDatabases.freshH2();
    SettableClock clock = SettableClock.at("2026-11-22T19:00", "Europe/Copenhagen");
    dialog =
        Borgerdialog.builder().dataSource(database).clock(clock).dispatchReminders(false).start();
    own = tenant("Københavns Kommune", clock);
    other = tenant("Frederiksberg Kommune", clock);
    fingerprint = new SchemaFingerprint(database, Set.of("audit_record", "audit_chain_head"));
    last = fingerprint.take();
    for (Outcome outcome : Outcome.values()) {
      OUTCOMES.put(outcome, new AtomicInteger());
    }
    began = System.nanoTime();
  }

  private static Tenant tenant(String name, SettableClock clock) {
    Seed seed = Seed.organisation(dialog, name, ReminderPolicy.DEFAULT);
    Seed.Booked citizen =
        seed.book(
            seed.citizen(
                name + "-1",
                CprNumber.parse("0101901234"),
                List.of(ChannelKind.SMS, ChannelKind.IN_APP),
                null,
                "+4520000001"),
            clock.instant().plus(Duration.ofDays(5)));
    PlanItem item =
        seed.staffPlan()
            .writePlanItem(
                new WritePlanItemCommand(citizen.course().id(), PlanItemKind.GOAL, "Et mål"));
    FreeSlot slot =
        seed.staffPlan()
            .publishFreeSlot(
                new PublishFreeSlotCommand(
                    seed.unit(),
                    Seed.CONVERSATION,
                    seed.caseworker(),
                    clock.instant().plus(Duration.ofDays(7)),
                    clock.instant().plus(Duration.ofDays(7)).plus(Duration.ofHours(1)),
                    AppointmentMode.phone()));
    CentreId centre =
        dialog.setup().createCentre(seed.municipality().id(), "Borgercenter Syd").id();
    Capabilities caps = Capabilities.seed(dialog, seed, citizen, clock);
    List<UUID> ids =
        List.of(
            caps.member().id().value(),
            caps.thread().value(),
            caps.message().value(),
            caps.attachment().value(),
            caps.inboxThread().value(),
            caps.item().value(),
            caps.organiser().value(),
            caps.activity().value(),
            caps.signup().value(),
            caps.grant().id().value(),
            caps.grant().relative().value(),
            seed.municipality().id().value(),
            centre.value(),
            seed.unit().value(),
            seed.caseworker().value(),
            seed.template().value(),
            citizen.citizen().value(),
            citizen.course().id().value(),
            citizen.appointment().id().value(),
            item.id().value(),
            slot.id().value());
    return new Tenant(
        seed,
        centre,
        citizen.citizen(),
        citizen.course().id(),
        citizen.appointment().id(),
        item.id(),
        slot.id(),
        caps,
        ids);
  }

  @AfterContainer
  static void report() {
    int total = OUTCOMES.values().stream().mapToInt(AtomicInteger::get).sum();
    Figures.record(
        "fuzz",
        "%d cases over %d commands in %d s (H2); outcomes %s; per command %s; tables compared"
            + " after every refusal: %d",
        total,
        PER_COMMAND.size(),
        Duration.ofNanos(System.nanoTime() - began).toSeconds(),
        OUTCOMES,
        PER_COMMAND,
        fingerprint.tables().size());
    dialog.close();
    LogLeaks.verify("FuzzIT");
  }

  @Property(
      tries = TRIES,
      shrinking = ShrinkingMode.OFF,
      edgeCases = EdgeCasesMode.NONE,
      seed = "20261123")
  void only_typed_errors_and_a_refusal_changes_nothing(
      @ForAll("actors") Actor actor, @ForAll("calls") Call call) throws SQLException {
    int refusalsBefore = refusals();
    Object result;
    try {
      result = call.run().apply(dialog.as(actor));
    } catch (RuntimeException e) {
      result = e;
    }
    PER_COMMAND.computeIfAbsent(call.name(), k -> new AtomicInteger()).incrementAndGet();
    Map<String, String> now = fingerprint.take();
    if (result instanceof RuntimeException e) {
      assertThat(TYPED)
          .as("%s as %s threw %s", call, actor, e)
          .anyMatch(type -> type.isInstance(e));
      assertThat(now)
          .as("%s as %s refused with %s, but changed the database", call, actor, e)
          .isEqualTo(last);
      assertThat(refusals() - refusalsBefore)
          .as("audit records of refusals after %s", e)
          .isEqualTo(e instanceof AccessDeniedException ? 1 : 0);
      OUTCOMES.get(outcome(e)).incrementAndGet();
    } else {
      assertThat(refusals()).isEqualTo(refusalsBefore);
      OUTCOMES.get(Outcome.ACCEPTED).incrementAndGet();
    }
    last = now;
  }

  private static Outcome outcome(RuntimeException e) {
    if (e instanceof InvalidInputException) {
      return Outcome.INVALID_INPUT;
    } else if (e instanceof AccessDeniedException) {
      return Outcome.ACCESS_DENIED;
    } else if (e instanceof NoSuchEntityException) {
      return Outcome.NO_SUCH_ENTITY;
    } else if (e instanceof ConflictException) {
      return Outcome.CONFLICT;
    }
    return Outcome.UNABLE_TO_CHANGE;
  }

  private static int refusals() throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT COUNT(*) FROM borgerdialog.audit_record WHERE allowed = FALSE")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  // ---- generators ----

  @Provide
  Arbitrary<Actor> actors() {
    Arbitrary<AssuranceLevel> level = Arbitraries.of(AssuranceLevel.class);
    return Arbitraries.oneOf(
        level.map(l -> Actor.citizen(own.citizen(), l)),
        level.map(l -> Actor.citizen(other.citizen(), l)),
        level.map(l -> Actor.citizen(new CitizenId(UUID.randomUUID()), l)),
        level.map(l -> Actor.staff(own.seed().caseworker(), l)),
        level.map(l -> Actor.staff(other.seed().caseworker(), l)),
        level.map(l -> Actor.staff(new StaffMemberId(UUID.randomUUID()), l)),
        level.map(l -> Actor.relative(own.caps().grant().relative(), own.citizen(), l)),
        level.map(l -> Actor.relative(own.caps().grant().relative(), other.citizen(), l)),
        level.map(l -> Actor.relative(new RelativeId(UUID.randomUUID()), own.citizen(), l)),
        Arbitraries.just(Actor.system("fuzz")));
  }

  static Arbitrary<@Nullable String> hostile() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(
            3,
            Arbitraries.of(
                "",
                " ",
                "\t\n",
                "\u0000",
                "a\u0000b",
                "\u0007\u001b[31mred",
                "'; DROP TABLE borgerdialog.citizen; --",
                "Robert'); DELETE FROM borgerdialog.appointment; --",
                "' OR '1'='1",
                "<script>alert('x')</script>",
                "<img src=x onerror=alert(1)>",
                "{{#x}}{{/x}}{{{body}}}",
                "${jndi:ldap://evil/x}",
                "%s%s%n%d",
                "😀🏳️‍🌈👨‍👩‍👧",
                "\u202Eevil.exe\u202C",
                "مرحبا بالعالم",
                "שלום",
                "\uD800",
                "\uFEFFbom",
                "0101901234",
                "x".repeat(2001),
                "y".repeat(100_000),
                "Jonas Berg")),
        net.jqwik.api.Tuple.of(3, Arbitraries.strings().all().ofMaxLength(300)),
        net.jqwik.api.Tuple.of(
            1, Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(20)),
        net.jqwik.api.Tuple.of(2, Arbitraries.strings().alpha().numeric().ofMaxLength(60)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just((String) null)));
  }

  static Arbitrary<@Nullable UUID> ids() {
    List<UUID> known = new ArrayList<>(own.ids());
    known.addAll(other.ids());
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.of(known)),
        net.jqwik.api.Tuple.of(2, Arbitraries.create(UUID::randomUUID)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(new UUID(0, 0))),
        net.jqwik.api.Tuple.of(1, Arbitraries.just((UUID) null)));
  }

  static Arbitrary<@Nullable Instant> times() {
    Instant now = Instant.parse("2026-11-22T18:00:00Z");
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(
            2,
            Arbitraries.of(
                Instant.EPOCH,
                Instant.parse("0001-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59Z"),
                Instant.parse("2026-03-29T01:30:00Z"),
                Instant.parse("2026-10-25T00:30:00Z"),
                Instant.parse("2026-10-25T01:30:00Z"),
                now,
                now.minusSeconds(1))),
        net.jqwik.api.Tuple.of(
            5,
            Arbitraries.longs()
                .between(-400L * 24 * 60, 800L * 24 * 60)
                .map(m -> now.plus(Duration.ofMinutes(m)))),
        net.jqwik.api.Tuple.of(1, Arbitraries.just((Instant) null)));
  }

  static Arbitrary<Long> versions() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, 3), Arbitraries.of(-1L, Long.MAX_VALUE, Long.MIN_VALUE));
  }

  static <T> Arbitrary<@Nullable T> orNull(Arbitrary<T> values) {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(9, values), net.jqwik.api.Tuple.of(1, Arbitraries.just((T) null)));
  }

  static <T> T id(@Nullable UUID uuid, Function<UUID, T> type) {
    return uuid == null ? null : type.apply(uuid);
  }

  @Provide
  Arbitrary<Call> calls() {
    Arbitrary<String> s = hostile();
    Arbitrary<UUID> id = ids();
    Arbitrary<Instant> t = times();
    Arbitrary<Long> v = versions();
    List<Arbitrary<Call>> calls = new ArrayList<>();
    // setup
    calls.add(
        s.map(name -> new Call("createMunicipality", x -> x.setup().createMunicipality(name))));
    calls.add(
        Combinators.combine(id, s)
            .as(
                (m, name) ->
                    new Call(
                        "createCentre",
                        x -> x.setup().createCentre(id(m, MunicipalityId::new), name))));
    calls.add(
        Combinators.combine(id, s, s, Arbitraries.integers().between(-5, 24 * 40))
            .as(
                (c, name, pub, hours) ->
                    new Call(
                        "createUnit",
                        x ->
                            x.setup()
                                .createUnit(
                                    id(c, CentreId::new),
                                    name,
                                    pub,
                                    new BookingRules(
                                        ChangeDeadline.hoursBefore(hours), true, true)))));
    calls.add(
        Combinators.combine(id, v, Arbitraries.integers().between(-5, 24 * 40))
            .as(
                (u, version, hours) ->
                    new Call(
                        "changeBookingRules",
                        x ->
                            x.setup()
                                .changeBookingRules(
                                    id(u, UnitId::new),
                                    version,
                                    new BookingRules(
                                        ChangeDeadline.hoursBefore(hours), false, true)))));
    calls.add(
        Combinators.combine(id, s, s, s, id)
            .as(
                (m, system, name, title, unit) ->
                    new Call(
                        "addStaffMember",
                        x ->
                            x.setup()
                                .addStaffMember(
                                    id(m, MunicipalityId::new),
                                    system == null ? null : ExternalRef.of(system, "S-1"),
                                    name,
                                    title,
                                    List.of(
                                        new UnitRole(id(unit, UnitId::new), StaffRole.MENTOR))))));
    calls.add(
        Combinators.combine(
                id,
                s,
                s,
                s,
                s,
                Arbitraries.of("Europe/Copenhagen", "UTC", "America/Nuuk", "Pacific/Kiritimati"))
            .as(
                (m, system, value, cpr, name, zone) ->
                    new Call(
                        "registerCitizen",
                        x ->
                            x.setup()
                                .registerCitizen(
                                    id(m, MunicipalityId::new),
                                    ExternalRef.of(system, value),
                                    cpr == null ? null : CprNumber.parse(cpr),
                                    name,
                                    Language.DA,
                                    ZoneId.of(zone)))));
    calls.add(
        Combinators.combine(id, s, s)
            .as(
                (m, system, value) ->
                    new Call(
                        "findCitizen",
                        x ->
                            x.setup()
                                .findCitizen(
                                    id(m, MunicipalityId::new), ExternalRef.of(system, value)))));
    calls.add(
        Combinators.combine(id, s, s)
            .as(
                (m, name, description) ->
                    new Call(
                        "addCourseTemplate",
                        x ->
                            x.setup()
                                .addCourseTemplate(
                                    id(m, MunicipalityId::new),
                                    name,
                                    CourseKind.COUNSELLING,
                                    description))));
    // plan
    calls.add(id.map(c -> new Call("overview", x -> x.plan().overview(id(c, CitizenId::new)))));
    calls.add(
        Combinators.combine(id, s, t, t)
            .as(
                (c, type, start, end) ->
                    new Call(
                        "book",
                        x ->
                            x.plan()
                                .book(
                                    BookAppointmentCommand.at(
                                        id(c, CourseId::new),
                                        AppointmentType.of(type),
                                        start,
                                        end,
                                        AppointmentMode.inPerson(type),
                                        List.of())))));
    calls.add(
        Combinators.combine(id, s, t, t)
            .as(
                (c, type, start, end) ->
                    new Call(
                        "bookAll",
                        x ->
                            x.plan()
                                .bookAll(
                                    List.of(
                                        BookAppointmentCommand.at(
                                            id(c, CourseId::new),
                                            AppointmentType.of(type),
                                            start,
                                            end,
                                            AppointmentMode.inPerson(type),
                                            List.of()))))));
    calls.add(
        Combinators.combine(id, v, id)
            .as(
                (a, version, slot) ->
                    new Call(
                        "moveToSlot",
                        x ->
                            x.plan()
                                .move(
                                    MoveAppointmentCommand.toSlot(
                                        id(a, AppointmentId::new),
                                        version,
                                        id(slot, FreeSlotId::new))))));
    calls.add(
        Combinators.combine(id, v, t, t)
            .as(
                (a, version, start, end) ->
                    new Call(
                        "moveToTime",
                        x ->
                            x.plan()
                                .move(
                                    MoveAppointmentCommand.toTime(
                                        id(a, AppointmentId::new), version, start, end)))));
    calls.add(
        Combinators.combine(id, v, s, Arbitraries.of(CancellationReasonCode.class))
            .as(
                (a, version, text, code) ->
                    new Call(
                        "cancel",
                        x ->
                            x.plan()
                                .cancel(
                                    new CancelAppointmentCommand(
                                        id(a, AppointmentId::new),
                                        version,
                                        text == null
                                            ? CancellationReason.of(code)
                                            : CancellationReason.of(code, text))))));
    calls.add(
        Combinators.combine(id, v)
            .as(
                (a, version) ->
                    new Call(
                        "markAttended",
                        x -> x.plan().markAttended(id(a, AppointmentId::new), version))));
    calls.add(
        Combinators.combine(id, v)
            .as(
                (a, version) ->
                    new Call(
                        "markNoShow",
                        x -> x.plan().markNoShow(id(a, AppointmentId::new), version))));
    calls.add(
        Combinators.combine(id, s, Arbitraries.of(PlanItemKind.class))
            .as(
                (c, text, kind) ->
                    new Call(
                        "writePlanItem",
                        x ->
                            x.plan()
                                .writePlanItem(
                                    new WritePlanItemCommand(id(c, CourseId::new), kind, text)))));
    calls.add(
        Combinators.combine(id, v, s)
            .as(
                (p, version, text) ->
                    new Call(
                        "revisePlanItem",
                        x -> x.plan().revisePlanItem(id(p, PlanItemId::new), version, text))));
    calls.add(
        Combinators.combine(id, s, Arbitraries.of(PreferenceKind.class))
            .as(
                (c, text, kind) ->
                    new Call(
                        "statePreference",
                        x ->
                            x.plan()
                                .statePreference(
                                    new StatePreferenceCommand(
                                        id(c, CourseId::new), kind, text)))));
    calls.add(
        id.map(
            a -> new Call("freeSlotsFor", x -> x.plan().freeSlotsFor(id(a, AppointmentId::new)))));
    calls.add(
        Combinators.combine(id, id, t, t, s)
            .as(
                (u, staff, start, end, link) ->
                    new Call(
                        "publishFreeSlot",
                        x ->
                            x.plan()
                                .publishFreeSlot(
                                    new PublishFreeSlotCommand(
                                        id(u, UnitId::new),
                                        Seed.CONVERSATION,
                                        id(staff, StaffMemberId::new),
                                        start,
                                        end,
                                        AppointmentMode.video(link))))));
    calls.add(
        id.map(
            f ->
                new Call(
                    "withdrawFreeSlot",
                    x -> {
                      x.plan().withdrawFreeSlot(id(f, FreeSlotId::new));
                      return "withdrawn";
                    })));
    calls.add(
        Combinators.combine(id, s, Arbitraries.integers().between(-3, 1000))
            .as(
                (u, type, limit) ->
                    new Call(
                        "openFreeSlots",
                        x ->
                            x.plan()
                                .openFreeSlots(
                                    id(u, UnitId::new), AppointmentType.of(type), limit))));
    calls.add(
        Combinators.combine(id, id, id)
            .as(
                (c, u, template) ->
                    new Call(
                        "openCourse",
                        x ->
                            x.plan()
                                .openCourse(
                                    id(c, CitizenId::new),
                                    id(u, UnitId::new),
                                    id(template, CourseTemplateId::new)))));
    calls.add(
        Combinators.combine(id, v, orNull(Arbitraries.of(CourseState.class)))
            .as(
                (c, version, state) ->
                    new Call(
                        "changeCourseState",
                        x -> x.plan().changeCourseState(id(c, CourseId::new), version, state))));
    // reminders
    calls.add(
        id.map(
            c ->
                new Call(
                    "contactPreferences",
                    x -> x.reminders().contactPreferences(id(c, CitizenId::new)))));
    calls.add(
        Combinators.combine(
                id,
                Arbitraries.of(ChannelKind.class).list().ofMaxSize(4),
                s,
                s,
                Arbitraries.integers().between(0, 23),
                Arbitraries.integers().between(0, 23),
                v)
            .as(
                (c, channels, email, phone, from, to, version) ->
                    new Call(
                        "saveContactPreferences",
                        x ->
                            x.reminders()
                                .saveContactPreferences(
                                    new ContactPreferences(
                                        id(c, CitizenId::new),
                                        channels,
                                        email,
                                        phone,
                                        new QuietHours(LocalTime.of(from, 0), LocalTime.of(to, 0)),
                                        Set.of(),
                                        version)))));
    calls.add(
        id.map(
            u ->
                new Call("reminderPolicy", x -> x.reminders().reminderPolicy(id(u, UnitId::new)))));
    calls.add(
        Combinators.combine(
                id,
                Arbitraries.longs().between(-2, 24 * 40).list().ofMaxSize(7),
                Arbitraries.of(true, false))
            .as(
                (u, hours, critical) ->
                    new Call(
                        "setReminderPolicy",
                        x -> {
                          x.reminders()
                              .setReminderPolicy(
                                  id(u, UnitId::new),
                                  new ReminderPolicy(
                                      hours.stream().map(Duration::ofHours).toList(), critical));
                          return "set";
                        })));
    calls.add(
        id.map(
            c ->
                new Call(
                    "notifications", x -> x.reminders().notifications(id(c, CitizenId::new)))));
    calls.add(
        id.map(
            c ->
                new Call(
                    "unreadNotifications",
                    x -> x.reminders().unreadNotifications(id(c, CitizenId::new)))));
    calls.add(
        Combinators.combine(id, id)
            .as(
                (c, n) ->
                    new Call(
                        "markNotificationRead",
                        x -> x.reminders().markNotificationRead(id(c, CitizenId::new), n))));
    calls.add(
        id.map(u -> new Call("undelivered", x -> x.reminders().undelivered(id(u, UnitId::new)))));
    calls.add(
        id.map(
            r -> new Call("deliveryLog", x -> x.reminders().deliveryLog(id(r, ReminderId::new)))));
    calls.add(
        id.map(
            a ->
                new Call(
                    "remindersOf", x -> x.reminders().remindersOf(id(a, AppointmentId::new)))));
    calls.add(
        id.map(
            r ->
                new Call(
                    "relativeDeliveryLog",
                    x -> x.reminders().relativeDeliveryLog(id(r, ReminderId::new)))));
    // insights
    calls.add(
        id.map(
            u ->
                new Call(
                    "unmarkedAppointments",
                    x -> x.insights().unmarkedAppointments(id(u, UnitId::new)))));
    calls.add(
        Combinators.combine(id, t, t)
            .as(
                (u, from, to) ->
                    new Call(
                        "insights", x -> x.insights().insights(id(u, UnitId::new), from, to))));
    capabilityCalls(calls, s, id, t, v);
    return Arbitraries.oneOf(calls);
  }

  /** Remembers the body of an accepted message, so that the leak check looks for it. */
  static <T> T wrote(@Nullable String body, T result) {
    if (body != null && body.strip().length() >= 12) {
      LogLeaks.secret(body);
    }
    return result;
  }

  static <T> Set<T> setOf(@Nullable T value) {
    return value == null ? Set.of() : Set.of(value);
  }

  /** The commands of Mine kontakter, the unit inbox, material, Mit netværk, calendar, relatives. */
  static void capabilityCalls(
      List<Arbitrary<Call>> calls,
      Arbitrary<String> s,
      Arbitrary<UUID> id,
      Arbitrary<Instant> t,
      Arbitrary<Long> v) {
    Arbitrary<Integer> limit = Arbitraries.integers().between(-2, 2000);
    // Mine kontakter
    calls.add(id.map(c -> new Call("contacts", x -> x.contacts().contacts(id(c, CitizenId::new)))));
    calls.add(id.map(c -> new Call("careTeam", x -> x.contacts().careTeam(id(c, CourseId::new)))));
    calls.add(
        Combinators.combine(
                id, id, s, Arbitraries.longs().between(-5, 24 * 400), orNull(s), orNull(s))
            .as(
                (c, staff, role, hours, phone, title) ->
                    new Call(
                        "join",
                        x ->
                            x.contacts()
                                .join(
                                    new JoinCareTeamCommand(
                                        id(c, CourseId::new),
                                        id(staff, StaffMemberId::new),
                                        new StaffRole(role),
                                        null,
                                        title,
                                        new CareTeamMember.Reachability(
                                            phone, null, Duration.ofHours(hours)))))));
    calls.add(
        Combinators.combine(id, v)
            .as(
                (m, version) ->
                    new Call(
                        "leaveCareTeam",
                        x -> x.contacts().leave(id(m, CareTeamMemberId::new), version))));
    calls.add(
        Combinators.combine(id, v, id)
            .as(
                (m, version, successor) ->
                    new Call(
                        "replaceContact",
                        x ->
                            x.contacts()
                                .replace(
                                    id(m, CareTeamMemberId::new),
                                    version,
                                    id(successor, StaffMemberId::new)))));
    calls.add(
        Combinators.combine(id, id, orNull(id), s, s, Arbitraries.integers().between(0, 2))
            .as(
                (c, u, addressee, subject, body, files) ->
                    new Call(
                        "startThread",
                        x -> {
                          List<Attachment> attachments = new ArrayList<>();
                          for (int i = 0; i < files; i++) {
                            attachments.add(
                                Attachment.of(
                                    subject == null ? "fil.txt" : subject,
                                    i == 0 ? "text/plain" : "application/x-msdownload",
                                    (body == null ? "x" : body).getBytes(StandardCharsets.UTF_8)));
                          }
                          return wrote(
                              body,
                              x.contacts()
                                  .startThread(
                                      new StartThreadCommand(
                                          id(c, CitizenId::new),
                                          id(u, UnitId::new),
                                          id(addressee, StaffMemberId::new),
                                          null,
                                          null,
                                          subject,
                                          body,
                                          attachments)));
                        })));
    calls.add(
        Combinators.combine(id, s)
            .as(
                (th, body) ->
                    new Call(
                        "write",
                        x -> wrote(body, x.contacts().write(id(th, ThreadId::new), body)))));
    calls.add(id.map(m -> new Call("withdraw", x -> x.contacts().withdraw(id(m, MessageId::new)))));
    calls.add(id.map(th -> new Call("thread", x -> x.contacts().thread(id(th, ThreadId::new)))));
    calls.add(
        Combinators.combine(id, limit, Arbitraries.longs().between(-2, 1000))
            .as(
                (th, n, after) ->
                    new Call(
                        "messages",
                        x ->
                            x.contacts()
                                .messages(
                                    id(th, ThreadId::new),
                                    after < 0 ? null : new Cursor(after),
                                    n))));
    calls.add(
        Combinators.combine(id, id)
            .as(
                (th, a) ->
                    new Call(
                        "attachment",
                        x ->
                            x.contacts()
                                .attachment(id(th, ThreadId::new), id(a, AttachmentId::new)))));
    calls.add(
        Combinators.combine(id, limit)
            .as(
                (c, n) ->
                    new Call(
                        "threads", x -> x.contacts().threads(id(c, CitizenId::new), null, n))));
    calls.add(
        Combinators.combine(id, limit)
            .as(
                (st, n) ->
                    new Call(
                        "threadsOf",
                        x -> x.contacts().threadsOf(id(st, StaffMemberId::new), null, n))));
    calls.add(Arbitraries.just(new Call("unread", x -> x.contacts().unread())));
    calls.add(
        Combinators.combine(id, s, orNull(id), t)
            .as(
                (st, text, substitute, until) ->
                    new Call(
                        "setAutoReply",
                        x -> {
                          x.contacts()
                              .setAutoReply(
                                  new AutoReply(
                                      id(st, StaffMemberId::new),
                                      text,
                                      id(substitute, StaffMemberId::new),
                                      until));
                          return "set";
                        })));
    calls.add(
        id.map(
            st -> new Call("autoReply", x -> x.contacts().autoReply(id(st, StaffMemberId::new)))));
    calls.add(
        id.map(
            st ->
                new Call(
                    "clearAutoReply",
                    x -> {
                      x.contacts().clearAutoReply(id(st, StaffMemberId::new));
                      return "cleared";
                    })));
    // the unit inbox
    calls.add(
        Combinators.combine(id, limit)
            .as((u, n) -> new Call("inbox", x -> x.inbox().inbox(id(u, UnitId::new), null, n))));
    calls.add(id.map(u -> new Call("inboxUnread", x -> x.inbox().unread(id(u, UnitId::new)))));
    calls.add(
        Combinators.combine(id, orNull(id))
            .as(
                (th, st) ->
                    new Call(
                        "assign",
                        x -> x.inbox().assign(id(th, ThreadId::new), id(st, StaffMemberId::new)))));
    calls.add(id.map(th -> new Call("closeThread", x -> x.inbox().close(id(th, ThreadId::new)))));
    calls.add(
        Combinators.combine(id, Arbitraries.longs().between(-60, 60L * 24 * 400))
            .as(
                (u, minutes) ->
                    new Call(
                        "setExpectedReply",
                        x -> {
                          x.inbox()
                              .setExpectedReply(id(u, UnitId::new), Duration.ofMinutes(minutes));
                          return "set";
                        })));
    calls.add(
        Combinators.combine(id, t, t)
            .as(
                (u, from, to) ->
                    new Call(
                        "responseTimes",
                        x -> x.inbox().responseTimes(id(u, UnitId::new), from, to))));
    // material
    calls.add(
        Combinators.combine(id, s, s, Arbitraries.of(Language.class))
            .as(
                (c, title, markdown, language) ->
                    new Call(
                        "attachMaterial",
                        x ->
                            x.material()
                                .attach(
                                    AttachMaterialCommand.text(
                                        MaterialAttachment.course(id(c, CourseId::new)),
                                        ReleaseRule.byHand(),
                                        MaterialVariant.text(language, title, markdown))))));
    calls.add(
        Combinators.combine(
                id,
                id,
                s,
                Arbitraries.of(
                    "https://www.kk.dk/efter-samtalen",
                    "javascript:alert(1)",
                    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                    "ftp://example.org/x",
                    "relative/path",
                    "https://" + "x".repeat(2100) + ".dk"))
            .as(
                (c, template, title, url) ->
                    new Call(
                        "attachLink",
                        x ->
                            x.material()
                                .attach(
                                    AttachMaterialCommand.link(
                                        MaterialAttachment.template(
                                            id(template, CourseTemplateId::new)),
                                        ReleaseRule.atStart(),
                                        MaterialVariant.link(
                                            Language.DA,
                                            title,
                                            java.net.URI.create(url),
                                            null))))));
    calls.add(
        Combinators.combine(id, id)
            .as(
                (c, item) ->
                    new Call(
                        "releaseMaterial",
                        x ->
                            x.material()
                                .release(id(c, CourseId::new), id(item, MaterialItemId::new)))));
    calls.add(id.map(c -> new Call("released", x -> x.material().released(id(c, CourseId::new)))));
    calls.add(
        id.map(c -> new Call("releasedTo", x -> x.material().releasedTo(id(c, CitizenId::new)))));
    calls.add(
        Combinators.combine(id, id)
            .as(
                (c, item) ->
                    new Call(
                        "openMaterial",
                        x ->
                            x.material()
                                .open(id(c, CourseId::new), id(item, MaterialItemId::new)))));
    calls.add(
        Combinators.combine(id, id)
            .as(
                (c, item) ->
                    new Call(
                        "markUnderstood",
                        x ->
                            x.material()
                                .markUnderstood(
                                    id(c, CourseId::new), id(item, MaterialItemId::new)))));
    calls.add(id.map(c -> new Call("progress", x -> x.material().progress(id(c, CourseId::new)))));
    calls.add(
        Combinators.combine(id, id, s)
            .as(
                (c, item, question) ->
                    new Call(
                        "ask",
                        x ->
                            wrote(
                                question,
                                x.material()
                                    .ask(
                                        id(c, CourseId::new),
                                        id(item, MaterialItemId::new),
                                        question)))));
    // Mit netværk
    calls.add(
        Combinators.combine(id, s, s)
            .as(
                (m, code, name) ->
                    new Call(
                        "defineInterest",
                        x -> {
                          x.network()
                              .defineInterest(
                                  id(m, MunicipalityId::new), new Interest(code, name, name));
                          return "defined";
                        })));
    calls.add(
        Combinators.combine(id, orNull(Arbitraries.of(OrganiserKind.class)), s, s, s)
            .as(
                (u, kind, name, email, phone) ->
                    new Call(
                        "registerOrganiser",
                        x ->
                            x.network()
                                .registerOrganiser(id(u, UnitId::new), kind, name, email, phone))));
    calls.add(
        id.map(u -> new Call("organisersOf", x -> x.network().organisersOf(id(u, UnitId::new)))));
    calls.add(
        id.map(u -> new Call("activitiesOf", x -> x.network().activitiesOf(id(u, UnitId::new)))));
    calls.add(
        Combinators.combine(
                id,
                s,
                s,
                s,
                t,
                Arbitraries.integers().between(-2, 100_000),
                orNull(Arbitraries.of(Frequency.class)))
            .as(
                (o, title, description, address, start, capacity, frequency) ->
                    new Call(
                        "publishActivity",
                        x ->
                            x.network()
                                .publish(
                                    new PublishActivityCommand(
                                        id(o, OrganiserId::new),
                                        title,
                                        description,
                                        List.of("walking"),
                                        Place.at(address, "Nørrebro"),
                                        new Schedule(
                                            start == null
                                                ? null
                                                : LocalDateTime.ofInstant(start, Capabilities.CPH),
                                            Duration.ofHours(1),
                                            Capabilities.CPH,
                                            frequency,
                                            null),
                                        capacity,
                                        null,
                                        null,
                                        Price.free(),
                                        Duration.ofHours(2))))));
    calls.add(
        id.map(a -> new Call("signupsOf", x -> x.network().signupsOf(id(a, ActivityId::new)))));
    calls.add(
        Combinators.combine(id, s, s, s, t, t, Arbitraries.integers().between(-2, 1000))
            .as(
                (c, interest, district, text, from, to, size) ->
                    new Call(
                        "searchActivities",
                        x ->
                            x.network()
                                .search(
                                    id(c, CitizenId::new),
                                    new ActivityQuery(
                                        setOf(interest), district, text, from, to, null, size)))));
    calls.add(
        Combinators.combine(id, s)
            .as(
                (c, cursor) ->
                    new Call(
                        "matchingInterests",
                        x -> x.network().matchingInterests(id(c, CitizenId::new), cursor))));
    calls.add(
        Combinators.combine(id, s)
            .as(
                (c, code) ->
                    new Call(
                        "stateInterests",
                        x -> {
                          x.network().stateInterests(id(c, CitizenId::new), setOf(code));
                          return "stated";
                        })));
    calls.add(
        id.map(c -> new Call("interests", x -> x.network().interests(id(c, CitizenId::new)))));
    calls.add(
        id.map(c -> new Call("suggestions", x -> x.network().suggestions(id(c, CitizenId::new)))));
    calls.add(
        Combinators.combine(id, id)
            .as(
                (c, a) ->
                    new Call(
                        "suggest",
                        x -> x.network().suggest(id(c, CitizenId::new), id(a, ActivityId::new)))));
    calls.add(
        Combinators.combine(id, id, t)
            .as(
                (c, a, at) ->
                    new Call(
                        "signUp",
                        x ->
                            x.network()
                                .signUp(id(c, CitizenId::new), id(a, ActivityId::new), at))));
    calls.add(
        Combinators.combine(id, id)
            .as(
                (c, a) ->
                    new Call(
                        "signUpForSeries",
                        x ->
                            x.network()
                                .signUpForSeries(id(c, CitizenId::new), id(a, ActivityId::new)))));
    calls.add(
        id.map(su -> new Call("leaveActivity", x -> x.network().leave(id(su, SignupId::new)))));
    calls.add(
        id.map(c -> new Call("signupsFor", x -> x.network().signupsFor(id(c, CitizenId::new)))));
    // calendar
    calls.add(
        id.map(
            a ->
                new Call(
                    "appointmentIcs", x -> x.calendar().appointment(id(a, AppointmentId::new)))));
    calls.add(
        Combinators.combine(id, id, t)
            .as(
                (c, a, at) ->
                    new Call(
                        "occurrenceIcs",
                        x ->
                            x.calendar()
                                .occurrence(id(c, CitizenId::new), id(a, ActivityId::new), at))));
    calls.add(
        id.map(c -> new Call("issueFeed", x -> x.calendar().issueFeed(id(c, CitizenId::new)))));
    calls.add(
        id.map(c -> new Call("revokeFeed", x -> x.calendar().revokeFeed(id(c, CitizenId::new)))));
    calls.add(
        Arbitraries.oneOf(
                s,
                Arbitraries.of(own.caps().feed().value(), other.caps().feed().value()),
                Arbitraries.of(own.caps().feed().value()).map(f -> f + "x"))
            .map(token -> new Call("feed", x -> x.calendar().feed(token))));
    // relatives
    calls.add(
        Combinators.combine(id, s, s, s, s, Arbitraries.of(Scope.class).set().ofMaxSize(3), t)
            .as(
                (c, system, value, name, relation, scopes, expires) ->
                    new Call(
                        "grantAccess",
                        x ->
                            x.relatives()
                                .grant(
                                    GrantAccessCommand.consent(
                                        id(c, CitizenId::new),
                                        ExternalRef.of(system, value),
                                        name,
                                        relation,
                                        scopes,
                                        expires)))));
    calls.add(
        Combinators.combine(
                id, s, s, Arbitraries.of(LegalBasisKind.class), Arbitraries.of(Scope.class), t)
            .as(
                (c, name, reference, kind, scope, expires) ->
                    new Call(
                        "registerProxy",
                        x ->
                            x.relatives()
                                .grant(
                                    new GrantAccessCommand(
                                        id(c, CitizenId::new),
                                        ExternalRef.of("mitid", "fuzz-proxy"),
                                        name,
                                        "værge",
                                        Set.of(scope),
                                        new LegalBasis(kind, reference),
                                        expires)))));
    calls.add(
        Combinators.combine(id, v, s)
            .as(
                (g, version, reason) ->
                    new Call(
                        "revokeGrant",
                        x ->
                            x.relatives()
                                .revoke(
                                    new RevokeGrantCommand(
                                        id(g, RelativeGrantId::new), version, reason)))));
    calls.add(
        id.map(c -> new Call("grantsOf", x -> x.relatives().grantsOf(id(c, CitizenId::new)))));
    calls.add(Arbitraries.just(new Call("myGrants", x -> x.relatives().myGrants())));
    calls.add(
        Combinators.combine(
                Arbitraries.of(Language.class),
                Arbitraries.of(ChannelKind.class).list().ofMaxSize(4),
                s,
                s)
            .as(
                (language, channels, email, phone) ->
                    new Call(
                        "changeMyContact",
                        x -> x.relatives().changeMyContact(language, channels, email, phone))));
    calls.add(
        Combinators.combine(s, s)
            .as(
                (system, value) ->
                    new Call(
                        "findRelative",
                        x -> x.relatives().findRelative(ExternalRef.of(system, value)))));
    // audit and GDPR
    calls.add(
        Combinators.combine(id, Arbitraries.integers().between(-2, 100_000))
            .as(
                (c, page) ->
                    new Call("accessLog", x -> x.audit().accessLog(id(c, CitizenId::new), page))));
    calls.add(Arbitraries.just(new Call("verifyTrail", x -> x.audit().verifyTrail())));
    calls.add(
        id.map(c -> new Call("exportData", x -> x.personalData().export(id(c, CitizenId::new)))));
    calls.add(
        id.map(
            c -> new Call("exportJson", x -> x.personalData().exportJson(id(c, CitizenId::new)))));
    calls.add(id.map(c -> new Call("erase", x -> x.personalData().erase(id(c, CitizenId::new)))));
  }
}
