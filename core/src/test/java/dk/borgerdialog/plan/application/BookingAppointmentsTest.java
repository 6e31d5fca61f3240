package dk.borgerdialog.plan.application;

import static dk.borgerdialog.testfixtures.AppointmentFixture.AT_THE_CENTRE;
import static dk.borgerdialog.testfixtures.AppointmentFixture.CONVERSATION;
import static dk.borgerdialog.testfixtures.AppointmentFixture.HOME_VISIT;
import static dk.borgerdialog.testfixtures.InMemoryPlanWorld.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.access.AuditRecord;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.UnableToChangeException;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentBooked;
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.plan.model.CourseState;
import dk.borgerdialog.plan.model.FreeSlot;
import dk.borgerdialog.testfixtures.AppointmentFixture;
import dk.borgerdialog.testfixtures.CourseFixture;
import dk.borgerdialog.testfixtures.InMemoryPlanWorld;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookingAppointmentsTest {
  private final InMemoryPlanWorld world = InMemoryPlanWorld.create();
  private final InMemoryPlanWorld.Copenhagen cph = world.copenhagen();

  private BookAppointmentCommand at(Instant start, List<StaffMemberId> participants) {
    return BookAppointmentCommand.at(
        cph.treatmentCourse().id(),
        CONVERSATION,
        start,
        start.plus(Duration.ofHours(1)),
        AT_THE_CENTRE,
        participants);
  }

  @Test
  void book_atTime_storesBookedAppointmentWithEventAndAudit() {
    Instant start = local("2026-01-12T09:00");

    Appointment booked =
        world
            .bookingAppointments()
            .book(world.asCaseworker(), at(start, List.of(cph.caseworker().id())));

    assertThat(world.reload(booked)).isEqualTo(booked);
    assertThat(booked.status()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(booked.version()).isZero();
    assertThat(booked.citizen()).isEqualTo(cph.jonas().id());
    assertThat(booked.unit()).isEqualTo(cph.treatment().id());
    assertThat(booked.course()).isEqualTo(cph.treatmentCourse().id());
    assertThat(booked.start()).isEqualTo(start);
    assertThat(booked.participants()).containsExactly(cph.caseworker().id());
    assertThat(booked.slot()).isNull();
    assertThat(booked.bookedAt()).isEqualTo(world.now());

    assertThat(world.events().typesFor(booked.id().value())).containsExactly("appointment.booked");
    AppointmentBooked event = world.events().all(AppointmentBooked.class).get(0);
    assertThat(event.appointment()).isEqualTo(booked);
    assertThat(event.occurredAt()).isEqualTo(world.now());

    assertThat(world.audit().all())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.allowed()).isTrue();
              assertThat(r.operation()).isEqualTo(Operation.BOOK_APPOINTMENT);
              assertThat(r.actorKind()).isEqualTo(ActorKind.STAFF);
              assertThat(r.actorId()).isEqualTo(cph.caseworker().id().toString());
              assertThat(r.citizen()).isEqualTo(cph.jonas().id());
              assertThat(r.at()).isEqualTo(world.now());
            });
    assertThat(world.transactions().started()).isEqualTo(1);
  }

  @Test
  void book_intoSlot_takesTheSlotsTimeModeAndStaffMember() {
    FreeSlot slot = world.offerTreatmentSlot("2026-01-14T13:00");

    Appointment booked =
        world
            .bookingAppointments()
            .book(
                world.asCaseworker(),
                BookAppointmentCommand.intoSlot(
                    cph.treatmentCourse().id(), CONVERSATION, slot.id()));

    assertThat(booked.start()).isEqualTo(slot.start());
    assertThat(booked.end()).isEqualTo(slot.end());
    assertThat(booked.mode()).isEqualTo(slot.mode());
    assertThat(booked.participants()).containsExactly(cph.caseworker().id());
    assertThat(booked.slot()).isEqualTo(slot.id());
    assertThat(world.reload(slot).takenBy()).isEqualTo(booked.id());
    assertThat(world.reload(slot).isOpen()).isFalse();
  }

  @Test
  void book_intoSlotOfAnotherType_isRefusedAndLeavesTheSlotOpen() {
    FreeSlot slot = world.offerTreatmentSlot("2026-01-14T13:00");
    InMemoryPlanWorld.Snapshot before = world.snapshot();

    assertThatThrownBy(
            () ->
                world
                    .bookingAppointments()
                    .book(
                        world.asCaseworker(),
                        BookAppointmentCommand.intoSlot(
                            cph.treatmentCourse().id(), HOME_VISIT, slot.id())))
        .isInstanceOfSatisfying(
            UnableToChangeException.class, e -> assertThat(e.rule()).isEqualTo("slot.not-offered"));
    assertThat(world.snapshot()).isEqualTo(before);
  }

  @Test
  void book_intoSlotOfAnotherUnit_isRefused() {
    FreeSlot housingSlot =
        AppointmentFixture.openSlot(cph.housing().id(), local("2026-01-14T13:00"), world.now());
    world.freeSlots().add(housingSlot);

    assertThatThrownBy(
            () ->
                world
                    .bookingAppointments()
                    .book(
                        world.asCaseworker(),
                        BookAppointmentCommand.intoSlot(
                            cph.treatmentCourse().id(), CONVERSATION, housingSlot.id())))
        .isInstanceOfSatisfying(
            UnableToChangeException.class, e -> assertThat(e.rule()).isEqualTo("slot.not-offered"));
    assertThat(world.reload(housingSlot).isOpen()).isTrue();
    assertThat(world.appointments().all()).isEmpty();
  }

  @Test
  void book_intoTakenSlot_isAConflict() {
    FreeSlot slot = world.offerTreatmentSlot("2026-01-14T13:00");
    BookAppointmentCommand intoSlot =
        BookAppointmentCommand.intoSlot(cph.treatmentCourse().id(), CONVERSATION, slot.id());
    Appointment first = world.bookingAppointments().book(world.asCaseworker(), intoSlot);

    assertThatThrownBy(() -> world.bookingAppointments().book(world.asCaseworker(), intoSlot))
        .isInstanceOf(ConflictException.class)
        .hasMessage(FreeSlot.TAKEN);
    assertThat(world.reload(slot).takenBy()).isEqualTo(first.id());
    assertThat(world.appointments().all()).containsExactly(first);
  }

  @Test
  void book_intoUnknownSlot_isNoSuchEntity() {
    assertThatThrownBy(
            () ->
                world
                    .bookingAppointments()
                    .book(
                        world.asCaseworker(),
                        BookAppointmentCommand.intoSlot(
                            cph.treatmentCourse().id(),
                            CONVERSATION,
                            AppointmentFixture.anyFreeSlotId())))
        .isInstanceOf(NoSuchEntityException.class);
    assertThat(world.appointments().all()).isEmpty();
  }

  @Test
  void book_withParticipantFromAnotherUnit_isInvalidInputNamingParticipants() {
    InMemoryPlanWorld.Snapshot before = world.snapshot();

    assertThatThrownBy(
            () ->
                world
                    .bookingAppointments()
                    .book(
                        world.asCaseworker(),
                        at(
                            local("2026-01-12T09:00"),
                            List.of(cph.caseworker().id(), cph.housingAdvisor().id()))))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("participants"));
    assertThat(world.snapshot().appointments()).isEqualTo(before.appointments());
    assertThat(world.snapshot().events()).isEqualTo(before.events());
  }

  @Test
  void book_withUnknownParticipant_isInvalidInputNamingParticipants() {
    assertThatThrownBy(
            () ->
                world
                    .bookingAppointments()
                    .book(
                        world.asCaseworker(),
                        at(local("2026-01-12T09:00"), List.of(StaffMemberId.random()))))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("participants"));
    assertThat(world.appointments().all()).isEmpty();
  }

  @Test
  void book_inPausedCourse_isRefusedAsNotActive() {
    world
        .managingCourses()
        .changeState(world.asCaseworker(), cph.treatmentCourse().id(), 0, CourseState.PAUSED);
    InMemoryPlanWorld.Snapshot before = world.snapshot();

    assertThatThrownBy(
            () ->
                world
                    .bookingAppointments()
                    .book(world.asCaseworker(), at(local("2026-01-12T09:00"), List.of())))
        .isInstanceOfSatisfying(
            UnableToChangeException.class,
            e -> assertThat(e.rule()).isEqualTo("course.not-active"));
    assertThat(world.snapshot()).isEqualTo(before);
  }

  @Test
  void book_inClosedCourse_isRefusedAsNotActive() {
    world
        .managingCourses()
        .changeState(world.asCaseworker(), cph.treatmentCourse().id(), 0, CourseState.CLOSED);

    assertThatThrownBy(
            () ->
                world
                    .bookingAppointments()
                    .book(world.asCaseworker(), at(local("2026-01-12T09:00"), List.of())))
        .isInstanceOfSatisfying(
            UnableToChangeException.class,
            e -> assertThat(e.rule()).isEqualTo("course.not-active"));
  }

  @Test
  void book_startingInThePast_isInvalidInputNamingStart() {
    InMemoryPlanWorld.Snapshot before = world.snapshot();

    assertThatThrownBy(
            () ->
                world
                    .bookingAppointments()
                    .book(world.asCaseworker(), at(world.now().minusSeconds(60), List.of())))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("start"));
    assertThatThrownBy(
            () ->
                world.bookingAppointments().book(world.asCaseworker(), at(world.now(), List.of())))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("start"));
    assertThat(world.snapshot()).isEqualTo(before);
  }

  @Test
  void book_byTheCitizen_isAccessDenied() {
    assertThatThrownBy(
            () ->
                world
                    .bookingAppointments()
                    .book(world.asJonas(), at(local("2026-01-12T09:00"), List.of())))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(world.appointments().all()).isEmpty();
    assertThat(world.events().all()).isEmpty();
    assertThat(world.audit().refusals(10))
        .singleElement()
        .extracting(AuditRecord::operation)
        .isEqualTo(Operation.BOOK_APPOINTMENT);
  }

  @Test
  void book_byStaffOfAnotherUnit_isAccessDenied() {
    assertThatThrownBy(
            () ->
                world
                    .bookingAppointments()
                    .book(world.asHousingAdvisor(), at(local("2026-01-12T09:00"), List.of())))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("not the staff member's unit");
    assertThat(world.appointments().all()).isEmpty();
    assertThat(world.audit().refusals(10)).hasSize(1);
  }

  @Test
  void book_inUnknownCourse_isNoSuchEntity() {
    assertThatThrownBy(
            () ->
                world
                    .bookingAppointments()
                    .book(
                        world.asCaseworker(),
                        BookAppointmentCommand.at(
                            CourseFixture.anyCourseId(),
                            CONVERSATION,
                            local("2026-01-12T09:00"),
                            local("2026-01-12T10:00"),
                            AT_THE_CENTRE,
                            List.of())))
        .isInstanceOf(NoSuchEntityException.class);
  }

  @Test
  void book_bySystem_isAllowed() {
    Appointment booked =
        world
            .bookingAppointments()
            .book(world.asSystem(), at(local("2026-01-12T09:00"), List.of()));

    assertThat(world.reload(booked).status()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(world.audit().all())
        .singleElement()
        .extracting(AuditRecord::actorId)
        .isEqualTo("test-host");
  }
}
