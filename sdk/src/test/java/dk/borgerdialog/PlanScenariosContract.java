package dk.borgerdialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.access.AuditRecord;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.BorgerdialogException;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.common.UnableToChangeException;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.Centre;
import dk.borgerdialog.organisation.model.ChangeDeadline;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitRole;
import dk.borgerdialog.persistence.JooqPersistence;
import dk.borgerdialog.plan.application.BookAppointmentCommand;
import dk.borgerdialog.plan.application.CancelAppointmentCommand;
import dk.borgerdialog.plan.application.MoveAppointmentCommand;
import dk.borgerdialog.plan.application.PublishFreeSlotCommand;
import dk.borgerdialog.plan.application.StatePreferenceCommand;
import dk.borgerdialog.plan.application.WritePlanItemCommand;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.plan.model.CitizenOverview;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.plan.model.CourseState;
import dk.borgerdialog.plan.model.CourseTemplate;
import dk.borgerdialog.plan.model.FreeSlot;
import dk.borgerdialog.plan.model.PlanItemKind;
import dk.borgerdialog.plan.model.PreferenceKind;
import dk.borgerdialog.plan.model.UpcomingAppointment;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Min planlægning end to end through the SDK, on a real database: every rule of the foundation, the
 * moments of SCENARIOS.md, and what a failed call leaves behind (nothing).
 */
abstract class PlanScenariosContract {
  static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
  static final AppointmentType CONVERSATION = AppointmentType.of("conversation");
  static final AppointmentMode CENTRE =
      AppointmentMode.inPerson("Nørrebrogade 10, 2200 København N");

  SettableClock clock;
  DataSource dataSource;
  Borgerdialog dialog;
  JooqPersistence store;

  Municipality kk;
  Unit treatment;
  Unit housing;
  StaffMember caseworker;
  StaffMember housingAdvisor;
  Citizen jonas;
  Citizen other;
  Course jonasCourse;
  Course otherCourse;

  /** A fresh, empty database for one test. */
  abstract DataSource freshDatabase();

  /** How many threads race for one slot. */
  int racers() {
    return 24;
  }

  @BeforeEach
  void setUp() {
    // Sunday 22 November 2026, 20:00 in Copenhagen
    clock = SettableClock.at("2026-11-22T20:00", "Europe/Copenhagen");
    dataSource = freshDatabase();
    dialog = Borgerdialog.builder().dataSource(dataSource).clock(clock).start();
    store = JooqPersistence.create(dataSource);

    SetupOperations setup = dialog.setup();
    kk = setup.createMunicipality("Københavns Kommune");
    Centre centre = setup.createCentre(kk.id(), "Borgercenter Voksne");
    treatment =
        setup.createUnit(
            centre.id(),
            "Ambulant rusmiddelbehandling",
            "Borgercenter Nord",
            new BookingRules(ChangeDeadline.hoursBefore(12), true, true));
    housing =
        setup.createUnit(
            centre.id(), "Bostøtte Nord", "Borgercenter Nord", BookingRules.defaults());
    caseworker =
        setup.addStaffMember(
            kk.id(),
            null,
            "Mette Sørensen",
            "Sagsbehandler",
            List.of(new UnitRole(treatment.id(), StaffRole.CASEWORKER)));
    housingAdvisor =
        setup.addStaffMember(
            kk.id(),
            null,
            "Ali Hassan",
            "Boligrådgiver",
            List.of(new UnitRole(housing.id(), StaffRole.HOUSING_ADVISOR)));
    jonas = setup.registerCitizen(kk.id(), ExternalRef.of("sensum", "J-1"), null, "Jonas Berg");
    other = setup.registerCitizen(kk.id(), ExternalRef.of("sensum", "O-2"), null, "Other Citizen");
    CourseTemplate template =
        setup.addCourseTemplate(kk.id(), "Samtaleforløb", CourseKind.TREATMENT, null);
    jonasCourse = staff().openCourse(jonas.id(), treatment.id(), template.id());
    otherCourse = staff().openCourse(other.id(), treatment.id(), template.id());
  }

  @AfterEach
  void tearDown() {
    dialog.close();
  }

  PlanOperations staff() {
    return dialog.as(Actor.staff(caseworker.id(), AssuranceLevel.SUBSTANTIAL)).plan();
  }

  PlanOperations citizen(Citizen who) {
    return dialog.as(Actor.citizen(who.id(), AssuranceLevel.SUBSTANTIAL)).plan();
  }

  static Instant local(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(CPH).toInstant();
  }

  Appointment bookFor(Course course, String localStart) {
    Instant start = local(localStart);
    return staff()
        .book(
            BookAppointmentCommand.at(
                course.id(),
                CONVERSATION,
                start,
                start.plus(Duration.ofHours(1)),
                CENTRE,
                List.of(caseworker.id())));
  }

  FreeSlot slotAt(String localStart) {
    Instant start = local(localStart);
    return staff()
        .publishFreeSlot(
            new PublishFreeSlotCommand(
                treatment.id(),
                CONVERSATION,
                caseworker.id(),
                start,
                start.plus(Duration.ofHours(1)),
                CENTRE));
  }

  Appointment stored(AppointmentId id) {
    return store.appointments().byId(id).orElseThrow();
  }

  @Test
  void jonas_moves_mondays_nine_oclock_to_a_wednesday_slot_on_sunday_evening() {
    Appointment monday = bookFor(jonasCourse, "2026-11-23T09:00");
    FreeSlot wednesday = slotAt("2026-11-25T13:00");

    Appointment replacement =
        citizen(jonas)
            .move(MoveAppointmentCommand.toSlot(monday.id(), monday.version(), wednesday.id()));

    assertThat(replacement.start()).isEqualTo(local("2026-11-25T13:00"));
    assertThat(replacement.status()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(replacement.replaces()).isEqualTo(monday.id());
    assertThat(stored(monday.id()).status()).isEqualTo(AppointmentStatus.MOVED);
    assertThat(stored(monday.id()).replacedBy()).isEqualTo(replacement.id());
    assertThat(store.freeSlots().byId(wednesday.id()).orElseThrow().takenBy())
        .isEqualTo(replacement.id());
    assertThat(store.domainEvents().typesFor(monday.id().value()))
        .containsExactly("appointment.booked", "appointment.moved");
    assertThat(store.domainEvents().typesFor(replacement.id().value()))
        .containsExactly("appointment.booked");

    CitizenOverview overview = citizen(jonas).overview(jonas.id());
    assertThat(overview.upcoming())
        .extracting(u -> u.appointment().id())
        .containsExactly(replacement.id());
    // Monday was booked at a time, not from a slot: its place is never offered to others
    assertThat(staff().openFreeSlots(treatment.id(), CONVERSATION, 10)).isEmpty();
  }

  @Test
  void the_slot_a_citizen_gives_up_is_offered_again() {
    FreeSlot monday = slotAt("2026-11-23T09:00");
    FreeSlot wednesday = slotAt("2026-11-25T13:00");
    Appointment booked =
        staff().book(BookAppointmentCommand.intoSlot(jonasCourse.id(), CONVERSATION, monday.id()));
    assertThat(staff().openFreeSlots(treatment.id(), CONVERSATION, 10))
        .extracting(FreeSlot::id)
        .containsExactly(wednesday.id());

    citizen(jonas)
        .move(MoveAppointmentCommand.toSlot(booked.id(), booked.version(), wednesday.id()));

    assertThat(staff().openFreeSlots(treatment.id(), CONVERSATION, 10))
        .extracting(FreeSlot::id)
        .containsExactly(monday.id());
  }

  @Test
  void a_slot_is_released_when_staff_cancel_and_can_then_be_withdrawn() {
    FreeSlot monday = slotAt("2026-11-23T09:00");
    Appointment booked =
        staff().book(BookAppointmentCommand.intoSlot(jonasCourse.id(), CONVERSATION, monday.id()));

    staff()
        .cancel(
            new CancelAppointmentCommand(
                booked.id(),
                booked.version(),
                CancellationReason.of(CancellationReasonCode.UNIT_CANCELLED)));
    staff().withdrawFreeSlot(monday.id());

    assertThat(store.freeSlots().byId(monday.id())).isEmpty();
  }

  @Test
  void a_second_citizen_taking_the_same_slot_a_second_later_is_told_it_is_gone() {
    Appointment jonasMonday = bookFor(jonasCourse, "2026-11-23T09:00");
    Appointment otherMonday = bookFor(otherCourse, "2026-11-23T11:00");
    FreeSlot wednesday = slotAt("2026-11-25T13:00");
    citizen(jonas)
        .move(
            MoveAppointmentCommand.toSlot(jonasMonday.id(), jonasMonday.version(), wednesday.id()));
    clock.advance(Duration.ofSeconds(1));

    assertThatThrownBy(
            () ->
                citizen(other)
                    .move(
                        MoveAppointmentCommand.toSlot(
                            otherMonday.id(), otherMonday.version(), wednesday.id())))
        .isInstanceOf(ConflictException.class)
        .hasMessage("This time has just been taken. Please choose another.");
    assertThat(stored(otherMonday.id())).isEqualTo(otherMonday);
  }

  @Test
  void citizens_racing_for_one_slot_exactly_one_wins_and_the_losers_are_unchanged()
      throws Exception {
    int n = racers();
    List<Appointment> appointments = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Citizen racer =
          dialog
              .setup()
              .registerCitizen(kk.id(), ExternalRef.of("sensum", "R-" + i), null, "Racer " + i);
      Course course = staff().openCourse(racer.id(), treatment.id(), jonasCourse.template());
      appointments.add(bookFor(course, "2026-11-24T09:00"));
    }
    FreeSlot contested = slotAt("2026-11-26T10:00");

    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Appointment>> outcomes = new ArrayList<>();
    for (Appointment appointment : appointments) {
      Callable<Appointment> move =
          () -> {
            start.await();
            return dialog
                .as(Actor.citizen(appointment.citizen(), AssuranceLevel.SUBSTANTIAL))
                .plan()
                .move(
                    MoveAppointmentCommand.toSlot(
                        appointment.id(), appointment.version(), contested.id()));
          };
      outcomes.add(pool.submit(move));
    }
    start.countDown();
    List<Appointment> winners = new ArrayList<>();
    List<Throwable> losers = new ArrayList<>();
    for (Future<Appointment> outcome : outcomes) {
      try {
        winners.add(outcome.get(60, TimeUnit.SECONDS));
      } catch (java.util.concurrent.ExecutionException e) {
        losers.add(e.getCause());
      }
    }
    pool.shutdown();

    assertThat(winners).hasSize(1);
    assertThat(losers)
        .hasSize(n - 1)
        .allSatisfy(e -> assertThat(e).isInstanceOf(ConflictException.class));
    Appointment winner = winners.get(0);
    assertThat(store.freeSlots().byId(contested.id()).orElseThrow().takenBy())
        .isEqualTo(winner.id());
    long moved =
        appointments.stream()
            .filter(a -> stored(a.id()).status() == AppointmentStatus.MOVED)
            .count();
    assertThat(moved).isEqualTo(1);
    for (Appointment a : appointments) {
      if (!a.id().equals(winner.replaces())) {
        assertThat(stored(a.id())).isEqualTo(a);
        assertThat(store.domainEvents().typesFor(a.id().value()))
            .containsExactly("appointment.booked");
      }
    }
  }

  @Test
  void a_move_after_the_deadline_is_refused_with_a_clear_message_and_changes_nothing() {
    Appointment early = bookFor(jonasCourse, "2026-11-23T07:30"); // deadline Sunday 19:30
    FreeSlot wednesday = slotAt("2026-11-25T13:00");

    assertThatThrownBy(
            () ->
                citizen(jonas)
                    .move(
                        MoveAppointmentCommand.toSlot(early.id(), early.version(), wednesday.id())))
        .isInstanceOf(UnableToChangeException.class)
        .hasMessage(
            "The deadline for changing this appointment was 2026-11-22 19:30. Please contact the"
                + " unit.");
    assertThat(stored(early.id())).isEqualTo(early);
    assertThat(store.freeSlots().byId(wednesday.id()).orElseThrow().isOpen()).isTrue();
    assertThat(store.domainEvents().typesFor(early.id().value()))
        .containsExactly("appointment.booked");
  }

  @Test
  void staff_may_move_after_the_citizens_deadline_to_any_time() {
    Appointment early = bookFor(jonasCourse, "2026-11-23T07:30");

    Appointment replacement =
        staff()
            .move(
                MoveAppointmentCommand.toTime(
                    early.id(),
                    early.version(),
                    local("2026-11-23T15:00"),
                    local("2026-11-23T16:00")));

    assertThat(replacement.start()).isEqualTo(local("2026-11-23T15:00"));
    assertThat(replacement.mode()).isEqualTo(CENTRE);
    // staff gave the time up: it is not offered to others
    assertThat(staff().openFreeSlots(treatment.id(), CONVERSATION, 10)).isEmpty();
  }

  @Test
  void a_citizen_cancels_with_a_reason_and_staff_see_it() {
    Appointment tuesday = bookFor(jonasCourse, "2026-11-24T10:00");

    Appointment cancelled =
        citizen(jonas)
            .cancel(
                new CancelAppointmentCommand(
                    tuesday.id(),
                    tuesday.version(),
                    CancellationReason.of(CancellationReasonCode.HOSPITALISED, "In hospital")));

    assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
    Appointment seenByStaff = stored(tuesday.id());
    assertThat(seenByStaff.cancellation())
        .isEqualTo(CancellationReason.of(CancellationReasonCode.HOSPITALISED, "In hospital"));
    assertThat(seenByStaff.cancelledBy()).isEqualTo(dk.borgerdialog.access.ActorKind.CITIZEN);
    assertThat(seenByStaff.version()).isEqualTo(tuesday.version() + 1);
    assertThat(store.domainEvents().typesFor(tuesday.id().value()))
        .containsExactly("appointment.booked", "appointment.cancelled");
    assertThat(citizen(jonas).overview(jonas.id()).upcoming()).isEmpty();
  }

  @Test
  void a_stale_version_is_a_conflict_and_changes_nothing() {
    Appointment tuesday = bookFor(jonasCourse, "2026-11-24T10:00");
    FreeSlot wednesday = slotAt("2026-11-25T13:00");
    citizen(jonas)
        .cancel(
            new CancelAppointmentCommand(
                tuesday.id(),
                tuesday.version(),
                CancellationReason.of(CancellationReasonCode.ILLNESS)));
    Appointment afterCancel = stored(tuesday.id());

    assertThatThrownBy(
            () ->
                staff()
                    .move(
                        MoveAppointmentCommand.toSlot(
                            tuesday.id(), tuesday.version(), wednesday.id())))
        .isInstanceOf(ConflictException.class);
    assertThat(stored(tuesday.id())).isEqualTo(afterCancel);
    assertThat(store.freeSlots().byId(wednesday.id()).orElseThrow().isOpen()).isTrue();
  }

  @Test
  void another_citizen_is_refused_and_the_refusal_is_audited() {
    Appointment monday = bookFor(jonasCourse, "2026-11-23T09:00");

    assertThatThrownBy(() -> citizen(other).overview(jonas.id()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("not the citizen's own data");
    assertThatThrownBy(
            () ->
                citizen(other)
                    .cancel(
                        new CancelAppointmentCommand(
                            monday.id(),
                            monday.version(),
                            CancellationReason.of(CancellationReasonCode.ILLNESS))))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(stored(monday.id())).isEqualTo(monday);
    List<AuditRecord> refusals = store.auditLog().refusals(10);
    assertThat(refusals)
        .extracting(AuditRecord::operation)
        .containsExactly(Operation.CANCEL_APPOINTMENT, Operation.VIEW_OVERVIEW);
    assertThat(refusals)
        .allSatisfy(
            r -> {
              assertThat(r.allowed()).isFalse();
              assertThat(r.actorId()).isEqualTo(other.id().toString());
              assertThat(r.citizen()).isEqualTo(jonas.id());
            });
  }

  @Test
  void staff_of_another_unit_and_a_low_assurance_sign_in_are_refused() {
    Appointment monday = bookFor(jonasCourse, "2026-11-23T09:00");
    PlanOperations otherUnit =
        dialog.as(Actor.staff(housingAdvisor.id(), AssuranceLevel.SUBSTANTIAL)).plan();
    PlanOperations lowJonas = dialog.as(Actor.citizen(jonas.id(), AssuranceLevel.LOW)).plan();

    assertThatThrownBy(() -> otherUnit.overview(jonas.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> otherUnit.markNoShow(monday.id(), monday.version()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> lowJonas.overview(jonas.id()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("SUBSTANTIAL");
    assertThatThrownBy(
            () ->
                citizen(jonas)
                    .book(
                        BookAppointmentCommand.at(
                            jonasCourse.id(),
                            CONVERSATION,
                            local("2026-11-30T09:00"),
                            local("2026-11-30T10:00"),
                            CENTRE,
                            List.of())))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(store.auditLog().refusals(10)).hasSize(4);
  }

  @Test
  void staff_see_only_the_courses_of_their_own_units() {
    Course housingCourse =
        dialog
            .as(Actor.staff(housingAdvisor.id(), AssuranceLevel.SUBSTANTIAL))
            .plan()
            .openCourse(jonas.id(), housing.id(), jonasCourse.template());
    bookFor(jonasCourse, "2026-11-23T09:00");

    CitizenOverview seenByHousing =
        dialog
            .as(Actor.staff(housingAdvisor.id(), AssuranceLevel.SUBSTANTIAL))
            .plan()
            .overview(jonas.id());
    CitizenOverview seenByJonas = citizen(jonas).overview(jonas.id());

    assertThat(seenByHousing.courses())
        .extracting(c -> c.course().id())
        .containsExactly(housingCourse.id());
    assertThat(seenByHousing.upcoming()).isEmpty();
    assertThat(seenByJonas.courses()).hasSize(2);
    assertThat(seenByJonas.upcoming()).hasSize(1);
  }

  @Test
  void the_overview_shows_the_next_appointment_first_with_plan_and_preferences() {
    bookFor(jonasCourse, "2026-11-26T09:00");
    Appointment first = bookFor(jonasCourse, "2026-11-23T09:00");
    staff()
        .writePlanItem(
            new WritePlanItemCommand(jonasCourse.id(), PlanItemKind.WAY_FORWARD, "Weekly talks"));
    staff()
        .writePlanItem(
            new WritePlanItemCommand(jonasCourse.id(), PlanItemKind.GOAL, "A steady home"));
    citizen(jonas)
        .statePreference(
            new StatePreferenceCommand(
                jonasCourse.id(), PreferenceKind.PREFERRED_TIME, "Afternoons"));

    CitizenOverview overview = citizen(jonas).overview(jonas.id());

    UpcomingAppointment next = overview.next().orElseThrow();
    assertThat(next.appointment().id()).isEqualTo(first.id());
    assertThat(next.unitPublicName()).isEqualTo("Borgercenter Nord");
    assertThat(next.participants()).extracting(p -> p.name()).containsExactly("Mette Sørensen");
    assertThat(next.changeDeadline(CPH)).isEqualTo(local("2026-11-22T21:00"));
    assertThat(next.citizenMayMove(clock.instant(), CPH)).isTrue();
    assertThat(overview.courses().get(0).planItems())
        .extracting(p -> p.kind())
        .containsExactly(PlanItemKind.GOAL, PlanItemKind.WAY_FORWARD);
    assertThat(overview.courses().get(0).preferences())
        .extracting(p -> p.text())
        .containsExactly("Afternoons");
    assertThat(overview.courses().get(0).templateName()).isEqualTo("Samtaleforløb");
  }

  @Test
  void a_24_hour_deadline_is_a_calendar_day_across_the_autumn_clock_change() {
    Unit unit = store.organisations().unit(treatment.id()).orElseThrow();
    dialog
        .setup()
        .changeBookingRules(
            treatment.id(),
            unit.version(),
            new BookingRules(ChangeDeadline.hoursBefore(24), true, true));
    clock.set(local("2026-10-23T12:00"));
    // Sunday 25 October 09:00 CET; the day before had 25 hours. The deadline is Saturday 09:00
    // CEST (07:00Z), one calendar day before; an exact 24 hours would be Saturday 10:00 CEST.
    Appointment sunday = bookFor(jonasCourse, "2026-10-25T09:00");
    FreeSlot later = slotAt("2026-10-28T09:00");
    assertThat(local("2026-10-25T09:00").minus(Duration.ofHours(24)))
        .isEqualTo(local("2026-10-24T10:00"));

    clock.set(local("2026-10-24T09:00").plusSeconds(1));
    assertThatThrownBy(
            () ->
                citizen(jonas)
                    .move(MoveAppointmentCommand.toSlot(sunday.id(), sunday.version(), later.id())))
        .isInstanceOf(UnableToChangeException.class)
        .hasMessageContaining("2026-10-24 09:00");

    clock.set(local("2026-10-24T09:00"));
    Appointment replacement =
        citizen(jonas)
            .move(MoveAppointmentCommand.toSlot(sunday.id(), sunday.version(), later.id()));
    assertThat(replacement.start()).isEqualTo(local("2026-10-28T09:00"));
  }

  @Test
  void a_12_hour_deadline_is_exact_across_the_spring_clock_change() {
    // Sunday 29 March 2026 10:00 CEST; the night lost an hour. 12 hours before is 21:00 CET on
    // Saturday, not 22:00 as counting on the wall clock would give.
    clock.set(local("2026-03-27T12:00"));
    Appointment sunday = bookFor(jonasCourse, "2026-03-29T10:00");
    FreeSlot later = slotAt("2026-03-31T10:00");

    clock.set(local("2026-03-28T21:00").plusSeconds(1));
    assertThatThrownBy(
            () ->
                citizen(jonas)
                    .move(MoveAppointmentCommand.toSlot(sunday.id(), sunday.version(), later.id())))
        .isInstanceOf(UnableToChangeException.class)
        .hasMessageContaining("2026-03-28 21:00");
  }

  @Test
  void attendance_is_recorded_once_the_appointment_has_started() {
    Appointment monday = bookFor(jonasCourse, "2026-11-23T09:00");

    assertThatThrownBy(() -> staff().markAttended(monday.id(), monday.version()))
        .isInstanceOf(UnableToChangeException.class);
    clock.set(local("2026-11-23T09:05"));
    Appointment attended = staff().markAttended(monday.id(), monday.version());
    Appointment corrected = staff().markNoShow(monday.id(), attended.version());

    assertThat(attended.status()).isEqualTo(AppointmentStatus.ATTENDED);
    assertThat(corrected.status()).isEqualTo(AppointmentStatus.NO_SHOW);
    assertThat(store.domainEvents().typesFor(monday.id().value()))
        .containsExactly("appointment.booked", "appointment.attended", "appointment.no-show");
  }

  @Test
  void a_closed_course_takes_no_new_appointments_or_plan_items() {
    Course closed =
        staff().changeCourseState(jonasCourse.id(), jonasCourse.version(), CourseState.CLOSED);

    assertThat(closed.state()).isEqualTo(CourseState.CLOSED);
    assertThatThrownBy(() -> bookFor(jonasCourse, "2026-11-23T09:00"))
        .isInstanceOf(UnableToChangeException.class);
    assertThatThrownBy(
            () ->
                staff()
                    .writePlanItem(
                        new WritePlanItemCommand(jonasCourse.id(), PlanItemKind.TASK, "Call")))
        .isInstanceOf(UnableToChangeException.class);
  }

  @Test
  void bad_input_gets_a_typed_error_naming_the_field_and_changes_nothing() {
    Appointment monday = bookFor(jonasCourse, "2026-11-23T09:00");
    FreeSlot wednesday = slotAt("2026-11-25T13:00");
    CitizenOverview before = citizen(jonas).overview(jonas.id());

    assertField(() -> CancellationReason.of(CancellationReasonCode.OTHER, "  "), "reason.text");
    assertField(
        () ->
            citizen(jonas)
                .cancel(
                    new CancelAppointmentCommand(
                        monday.id(),
                        monday.version(),
                        CancellationReason.of(CancellationReasonCode.UNIT_CANCELLED))),
        "reason.code");
    assertField(
        () ->
            citizen(jonas)
                .move(
                    MoveAppointmentCommand.toTime(
                        monday.id(),
                        monday.version(),
                        local("2026-11-25T13:00"),
                        local("2026-11-25T14:00"))),
        "slot");
    assertField(
        () -> bookFor(jonasCourse, "2026-11-22T19:00"), // in the past
        "start");
    assertField(
        () ->
            staff()
                .book(
                    BookAppointmentCommand.at(
                        jonasCourse.id(),
                        CONVERSATION,
                        local("2026-11-24T10:00"),
                        local("2026-11-24T09:00"),
                        CENTRE,
                        List.of())),
        "end");
    assertField(
        () ->
            staff()
                .book(
                    BookAppointmentCommand.at(
                        jonasCourse.id(),
                        CONVERSATION,
                        local("2026-11-24T09:00"),
                        local("2026-11-24T10:00"),
                        CENTRE,
                        List.of(housingAdvisor.id()))),
        "participants");
    assertField(() -> AppointmentMode.video("http://meet.example/x"), "mode.link");
    assertField(() -> AppointmentType.of("Samtale!"), "type");
    assertField(
        () -> new WritePlanItemCommand(jonasCourse.id(), PlanItemKind.GOAL, "a\u0000b"), "text");
    assertField(
        () -> new WritePlanItemCommand(jonasCourse.id(), PlanItemKind.GOAL, "x".repeat(2001)),
        "text");
    assertField(() -> citizen(jonas).overview(jonas.id(), 0), "maxUpcoming");
    assertField(() -> dialog.setup().createMunicipality(" "), "name");
    assertField(() -> dk.borgerdialog.citizen.model.CprNumber.parse("310291-1234"), "cpr");

    assertThat(citizen(jonas).overview(jonas.id())).isEqualTo(before);
    assertThat(stored(monday.id())).isEqualTo(monday);
    assertThat(store.freeSlots().byId(wednesday.id()).orElseThrow().isOpen()).isTrue();
  }

  @Test
  void a_citizen_is_found_by_the_hosts_reference() {
    assertThat(dialog.setup().findCitizen(kk.id(), ExternalRef.of("sensum", "J-1")))
        .contains(jonas);
    assertThat(dialog.setup().findCitizen(kk.id(), ExternalRef.of("sensum", "nobody"))).isEmpty();
    assertThatThrownBy(
            () ->
                dialog
                    .as(Actor.citizen(jonas.id(), AssuranceLevel.HIGH))
                    .setup()
                    .findCitizen(kk.id(), ExternalRef.of("sensum", "O-2")))
        .isInstanceOf(AccessDeniedException.class);
  }

  static void assertField(Runnable call, String field) {
    assertThatThrownBy(call::run)
        .isInstanceOf(InvalidInputException.class)
        .isInstanceOf(BorgerdialogException.class)
        .extracting(e -> ((InvalidInputException) e).field())
        .isEqualTo(field);
  }
}
