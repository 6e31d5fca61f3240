package dk.borgerdialog;

import static dk.borgerdialog.FrederiksbergNetwork.CPH;
import static dk.borgerdialog.FrederiksbergNetwork.citizenActor;
import static dk.borgerdialog.FrederiksbergNetwork.local;
import static dk.borgerdialog.FrederiksbergNetwork.staffActor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.access.Actor;
import dk.borgerdialog.calendar.model.FeedToken;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.plan.application.BookAppointmentCommand;
import dk.borgerdialog.plan.application.CancelAppointmentCommand;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Karen's calendar end to end through the SDK on a real database: a feed with her appointments and
 * the morning walk she signed up for across the end of summer time, parsed back with ical4j; a
 * cancelled appointment marked cancelled with a higher sequence; and the revocation of her feed.
 */
abstract class CalendarScenariosContract {
  static final AppointmentType HOME_VISIT = AppointmentType.of("home_visit");

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

  CalendarOperations karens() {
    return world.dialog.as(citizenActor(world.karen)).calendar();
  }

  String feed(String token) {
    return world.dialog.as(Actor.system("calendar-feed")).calendar().feed(token);
  }

  static Calendar parse(String ics) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    calendar.validate();
    return calendar;
  }

  static Optional<VEvent> event(Calendar calendar, String uidPrefix, Instant start) {
    List<VEvent> events = calendar.getComponents("VEVENT");
    return events.stream()
        .filter(e -> e.getUid().orElseThrow().getValue().startsWith(uidPrefix))
        .filter(e -> start(e).equals(start))
        .findFirst();
  }

  static Instant start(VEvent event) {
    return ((ZonedDateTime) event.getDateTimeStart().getDate()).toInstant();
  }

  Appointment book(String localStart, AppointmentMode mode) {
    Instant start = local(localStart);
    return world
        .dialog
        .as(staffActor(world.therapist))
        .plan()
        .book(
            BookAppointmentCommand.at(
                world.karensCourse.id(),
                HOME_VISIT,
                start,
                start.plus(Duration.ofHours(1)),
                mode,
                List.of(world.therapist.id())));
  }

  @Test
  void the_feed_shows_a_weekly_walk_at_the_same_local_time_across_the_end_of_summer_time()
      throws Exception {
    world
        .dialog
        .as(citizenActor(world.karen))
        .network()
        .signUpForSeries(world.karen.id(), world.walk.id());
    FeedToken token = karens().issueFeed(world.karen.id());

    Calendar calendar = parse(feed(token.value()));

    // summer time ends on Sunday 25 October 2026
    VEvent before =
        event(calendar, "activity-" + world.walk.id(), Instant.parse("2026-10-20T07:30:00Z"))
            .orElseThrow();
    VEvent after =
        event(calendar, "activity-" + world.walk.id(), Instant.parse("2026-10-27T08:30:00Z"))
            .orElseThrow();
    for (VEvent walk : List.of(before, after)) {
      ZonedDateTime start = (ZonedDateTime) walk.getDateTimeStart().getDate();
      assertThat(start.withZoneSameInstant(CPH).toLocalTime()).hasToString("09:30");
      assertThat(walk.getSummary().getValue()).isEqualTo(world.walk.title());
      assertThat(walk.getStatus().getValue()).isEqualTo("CONFIRMED");
    }
    List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
    assertThat(zones)
        .singleElement()
        .satisfies(z -> assertThat(z.getTimeZoneId().getValue()).isEqualTo("Europe/Copenhagen"));
    assertThat(calendar.<VEvent>getComponents("VEVENT"))
        .filteredOn(e -> e.getUid().orElseThrow().getValue().contains(world.walk.id().toString()))
        .hasSize(12);
  }

  @Test
  void a_cancelled_appointment_stays_in_the_feed_marked_cancelled_with_a_higher_sequence()
      throws Exception {
    Appointment visit = book("2026-10-21T10:00", AppointmentMode.inPerson("Hjemme hos Karen"));
    Appointment call = book("2026-10-22T13:00", AppointmentMode.phone());
    FeedToken token = karens().issueFeed(world.karen.id());
    String uid = "appointment-" + visit.id();

    VEvent booked = event(parse(feed(token.value())), uid, visit.start()).orElseThrow();
    assertThat(booked.getStatus().getValue()).isEqualTo("CONFIRMED");
    long sequenceBefore = booked.getSequence().getSequenceNo();

    world
        .dialog
        .as(citizenActor(world.karen))
        .plan()
        .cancel(
            new CancelAppointmentCommand(
                visit.id(),
                visit.version(),
                CancellationReason.of(CancellationReasonCode.HOSPITALISED, "indlagt")));
    String ics = feed(token.value());
    Calendar calendar = parse(ics);

    VEvent cancelled = event(calendar, uid, visit.start()).orElseThrow();
    assertThat(cancelled.getUid().orElseThrow().getValue())
        .isEqualTo(booked.getUid().orElseThrow().getValue());
    assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
    assertThat(cancelled.getSequence().getSequenceNo()).isGreaterThan((int) sequenceBefore);
    VEvent phone = event(calendar, "appointment-" + call.id(), call.start()).orElseThrow();
    assertThat(phone.getSummary().getValue()).isEqualTo("Aftale hos Sundhedshuset (telefon)");
    assertThat(cancelled.getSummary().getValue()).isEqualTo("Aftale hos Sundhedshuset");
    // neutral: no CPR number, no internal unit name, no reason
    assertThat(ics)
        .doesNotContain("0203424562", "020342", "Rehabiliteringsteamet", "indlagt", "Karen Holm");
  }

  @Test
  void one_appointment_and_one_occurrence_export_as_valid_ics() throws Exception {
    Appointment call = book("2026-10-22T13:00", AppointmentMode.phone());

    Calendar appointment = parse(karens().appointment(call.id()));
    assertThat(appointment.<VEvent>getComponents("VEVENT"))
        .singleElement()
        .satisfies(e -> assertThat(start(e)).isEqualTo(call.start()));

    Instant thursday = local("2026-10-22T12:00");
    Calendar occurrence = parse(karens().occurrence(world.karen.id(), world.lunch.id(), thursday));
    VEvent lunch = occurrence.<VEvent>getComponents("VEVENT").get(0);
    assertThat(start(lunch)).isEqualTo(thursday);
    assertThat(lunch.getLocation().getValue()).isEqualTo("Roskildevej 30, 2000 Frederiksberg");
    assertThat(((ZonedDateTime) lunch.getDateTimeEnd().getDate()).toInstant())
        .isEqualTo(thursday.plus(Duration.ofMinutes(90)));
    assertThatThrownBy(
            () -> karens().occurrence(world.karen.id(), world.lunch.id(), thursday.plusSeconds(60)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void a_revoked_token_opens_nothing_and_a_new_one_works() throws Exception {
    FeedToken first = karens().issueFeed(world.karen.id());
    assertThat(parse(feed(first.value()))).isNotNull();

    assertThat(karens().revokeFeed(world.karen.id())).isEqualTo(1);

    assertThatThrownBy(() -> feed(first.value())).isInstanceOf(NoSuchEntityException.class);
    FeedToken second = karens().issueFeed(world.karen.id());
    assertThat(second.value()).isNotEqualTo(first.value()).hasSize(43);
    assertThat(parse(feed(second.value()))).isNotNull();
    FeedToken third = karens().issueFeed(world.karen.id());
    assertThatThrownBy(() -> feed(second.value())).isInstanceOf(NoSuchEntityException.class);
    assertThat(parse(feed(third.value()))).isNotNull();
    assertThatThrownBy(() -> feed(FeedToken.random().value()))
        .isInstanceOf(NoSuchEntityException.class);
    assertThatThrownBy(() -> feed("not a token")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void only_the_citizen_exports_and_only_the_system_reads_a_feed_by_token() {
    Appointment call = book("2026-10-22T13:00", AppointmentMode.phone());
    FeedToken token = karens().issueFeed(world.karen.id());
    Citizen neighbour = world.neighbour();
    CalendarOperations neighbours = world.dialog.as(citizenActor(neighbour)).calendar();

    assertThatThrownBy(() -> neighbours.appointment(call.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> neighbours.issueFeed(world.karen.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> neighbours.revokeFeed(world.karen.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> karens().feed(token.value()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(feed(token.value())).contains("BEGIN:VCALENDAR");
    assertThat(token.toString()).doesNotContain(token.value());
  }
}
