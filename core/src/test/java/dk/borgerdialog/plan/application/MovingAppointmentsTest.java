package dk.borgerdialog.plan.application;

import static dk.borgerdialog.testfixtures.AppointmentFixture.CONVERSATION;
import static dk.borgerdialog.testfixtures.AppointmentFixture.HOME_VISIT;
import static dk.borgerdialog.testfixtures.InMemoryPlanWorld.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AuditRecord;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.UnableToChangeException;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.AppointmentMoved;
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.plan.model.FreeSlot;
import dk.borgerdialog.testfixtures.AppointmentFixture;
import dk.borgerdialog.testfixtures.InMemoryPlanWorld;
import dk.borgerdialog.testfixtures.OrganisationFixture;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MovingAppointmentsTest {
  private final InMemoryPlanWorld world = InMemoryPlanWorld.create();
  private final InMemoryPlanWorld.Copenhagen cph = world.copenhagen();

  private Appointment moveToSlot(Actor actor, Appointment appointment, FreeSlot slot) {
    return world
        .movingAppointments()
        .move(
            actor,
            MoveAppointmentCommand.toSlot(appointment.id(), appointment.version(), slot.id()));
  }

  private FreeSlot slotIn(dk.borgerdialog.organisation.model.UnitId unit, String start) {
    FreeSlot slot = AppointmentFixture.openSlot(unit, local(start), world.now());
    world.freeSlots().add(slot);
    return slot;
  }

  @Test
  void citizen_movesIntoAnOfferedSlot() {
    Appointment monday = world.bookForJonas("2026-01-12T09:00");
    FreeSlot wednesday = world.offerTreatmentSlot("2026-01-14T13:00");
    world.clock().set(local("2026-01-11T20:00"));

    Appointment replacement = moveToSlot(world.asJonas(), monday, wednesday);

    Appointment old = world.reload(monday);
    assertThat(old.status()).isEqualTo(AppointmentStatus.MOVED);
    assertThat(old.replacedBy()).isEqualTo(replacement.id());
    assertThat(old.start()).isEqualTo(monday.start());
    assertThat(old.version()).isEqualTo(1);
    assertThat(world.reload(replacement)).isEqualTo(replacement);
    assertThat(replacement.status()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(replacement.replaces()).isEqualTo(monday.id());
    assertThat(replacement.start()).isEqualTo(wednesday.start());
    assertThat(replacement.end()).isEqualTo(wednesday.end());
    assertThat(replacement.slot()).isEqualTo(wednesday.id());
    assertThat(replacement.course()).isEqualTo(monday.course());
    assertThat(replacement.participants()).containsExactly(cph.caseworker().id());
    assertThat(world.reload(wednesday).takenBy()).isEqualTo(replacement.id());

    assertThat(world.events().typesFor(monday.id().value()))
        .containsExactly("appointment.booked", "appointment.moved");
    AppointmentMoved event = world.events().all(AppointmentMoved.class).get(0);
    assertThat(event.replacement()).isEqualTo(replacement);
    assertThat(event.attributes())
        .containsEntry("replacementId", replacement.id().toString())
        .containsEntry("status", "MOVED");
    assertThat(world.audit().about(cph.jonas().id(), 1))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.operation()).isEqualTo(Operation.MOVE_APPOINTMENT);
              assertThat(r.allowed()).isTrue();
            });
  }

  @Test
  void citizenMove_ofATimeBookedWithoutASlot_offersNoSlot_forItsPlaceMayBeTheirHome() {
    Appointment monday = world.bookForJonas("2026-01-12T09:00");
    FreeSlot wednesday = world.offerTreatmentSlot("2026-01-14T13:00");

    moveToSlot(world.asJonas(), monday, wednesday);

    assertThat(world.freeSlots().open(cph.treatment().id(), CONVERSATION, world.now(), 10))
        .isEmpty();
  }

  @Test
  void citizenMove_outOfASlot_releasesThatSlot() {
    FreeSlot first = world.offerTreatmentSlot("2026-01-12T09:00");
    FreeSlot second = world.offerTreatmentSlot("2026-01-14T13:00");
    Appointment booked =
        world
            .bookingAppointments()
            .book(
                world.asCaseworker(),
                BookAppointmentCommand.intoSlot(
                    cph.treatmentCourse().id(), CONVERSATION, first.id()));

    Appointment replacement = moveToSlot(world.asJonas(), booked, second);

    assertThat(world.reload(first).isOpen()).isTrue();
    assertThat(world.reload(second).takenBy()).isEqualTo(replacement.id());
    assertThat(world.freeSlots().all()).hasSize(2);
  }

  @Test
  void citizen_mustNameASlot() {
    Appointment booked = world.bookForJonas("2026-01-12T09:00");
    InMemoryPlanWorld.Snapshot before = world.snapshot();

    assertThatThrownBy(
            () ->
                world
                    .movingAppointments()
                    .move(
                        world.asJonas(),
                        MoveAppointmentCommand.toTime(
                            booked.id(), 0, local("2026-01-14T13:00"), local("2026-01-14T14:00"))))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("slot"));
    assertThat(world.snapshot().appointments()).isEqualTo(before.appointments());
    assertThat(world.snapshot().events()).isEqualTo(before.events());
  }

  @Test
  void citizen_cannotMoveIntoASlotOfAnotherUnit() {
    Appointment booked = world.bookForJonas("2026-01-12T09:00");
    FreeSlot housing = slotIn(cph.housing().id(), "2026-01-14T13:00");
    InMemoryPlanWorld.Snapshot before = world.snapshot();

    assertThatThrownBy(() -> moveToSlot(world.asJonas(), booked, housing))
        .isInstanceOfSatisfying(
            UnableToChangeException.class, e -> assertThat(e.rule()).isEqualTo("slot.not-offered"));
    assertThat(world.snapshot()).isEqualTo(before);
  }

  @Test
  void citizen_cannotMoveIntoASlotOfAnotherType() {
    Appointment booked = world.bookForJonas("2026-01-12T09:00");
    FreeSlot homeVisit =
        AppointmentFixture.openSlot(
            cph.treatment().id(), HOME_VISIT, null, local("2026-01-14T13:00"), world.now());
    world.freeSlots().add(homeVisit);
    InMemoryPlanWorld.Snapshot before = world.snapshot();

    assertThatThrownBy(() -> moveToSlot(world.asJonas(), booked, homeVisit))
        .isInstanceOfSatisfying(
            UnableToChangeException.class, e -> assertThat(e.rule()).isEqualTo("slot.not-offered"));
    assertThat(world.snapshot()).isEqualTo(before);
  }

  @Test
  void citizen_cannotMoveIntoATakenSlot() {
    FreeSlot wednesday = world.offerTreatmentSlot("2026-01-14T13:00");
    world
        .bookingAppointments()
        .book(
            world.asCaseworker(),
            BookAppointmentCommand.intoSlot(
                world.anotherCitizenInTreatment("Sofie Lund").course().id(),
                CONVERSATION,
                wednesday.id()));
    Appointment booked = world.bookForJonas("2026-01-12T09:00");
    InMemoryPlanWorld.Snapshot before = world.snapshot();

    assertThatThrownBy(() -> moveToSlot(world.asJonas(), booked, wednesday))
        .isInstanceOf(ConflictException.class)
        .hasMessage(FreeSlot.TAKEN);
    assertThat(world.snapshot()).isEqualTo(before);
  }

  @Test
  void moveIntoAnUnknownSlot_isNoSuchEntity() {
    Appointment booked = world.bookForJonas("2026-01-12T09:00");

    assertThatThrownBy(
            () ->
                world
                    .movingAppointments()
                    .move(
                        world.asJonas(),
                        MoveAppointmentCommand.toSlot(
                            booked.id(), 0, AppointmentFixture.anyFreeSlotId())))
        .isInstanceOf(NoSuchEntityException.class);
    assertThat(world.reload(booked)).isEqualTo(booked);
  }

  @Test
  void citizen_cannotMoveWhereTheUnitDoesNotOfferIt() {
    world
        .settingUp()
        .changeBookingRules(
            world.asSystem(), cph.treatment().id(), 0, OrganisationFixture.citizensMayNotMove());
    Appointment booked = world.bookForJonas("2026-01-12T09:00");
    FreeSlot wednesday = world.offerTreatmentSlot("2026-01-14T13:00");
    InMemoryPlanWorld.Snapshot before = world.snapshot();

    assertThatThrownBy(() -> moveToSlot(world.asJonas(), booked, wednesday))
        .isInstanceOfSatisfying(
            UnableToChangeException.class,
            e -> assertThat(e.rule()).isEqualTo("appointment.change-not-offered"));
    assertThat(world.snapshot()).isEqualTo(before);
  }

  @Test
  void citizen_cannotMoveAfterTheDeadline() {
    Appointment booked = world.bookForJonas("2026-01-12T09:00");
    FreeSlot wednesday = world.offerTreatmentSlot("2026-01-14T13:00");
    world.clock().set(local("2026-01-11T21:00:01"));
    InMemoryPlanWorld.Snapshot before = world.snapshot();

    assertThatThrownBy(() -> moveToSlot(world.asJonas(), booked, wednesday))
        .isInstanceOfSatisfying(
            UnableToChangeException.class,
            e -> assertThat(e.rule()).isEqualTo("appointment.deadline-passed"));
    assertThat(world.snapshot()).isEqualTo(before);
    assertThat(world.reload(wednesday).isOpen()).isTrue();
  }

  @Test
  void staff_moveToAnyTime_evenInsideTheCitizensDeadline_andOfferNothing() {
    Appointment booked = world.bookForJonas("2026-01-12T09:00");
    world.clock().set(local("2026-01-12T08:00"));
    Instant newStart = local("2026-01-12T15:00");

    Appointment replacement =
        world
            .movingAppointments()
            .move(
                world.asCaseworker(),
                new MoveAppointmentCommand(
                    booked.id(),
                    0,
                    null,
                    newStart,
                    newStart.plus(AppointmentFixture.ONE_HOUR),
                    AppointmentMode.phone()));

    assertThat(replacement.start()).isEqualTo(newStart);
    assertThat(replacement.mode()).isEqualTo(AppointmentMode.phone());
    assertThat(replacement.participants()).isEqualTo(booked.participants());
    assertThat(replacement.slot()).isNull();
    assertThat(world.reload(booked).status()).isEqualTo(AppointmentStatus.MOVED);
    assertThat(world.freeSlots().all()).isEmpty();
  }

  @Test
  void staff_moveToATime_keepsTheModeWhenNoneIsGiven() {
    Appointment booked = world.bookForJonas("2026-01-12T09:00");

    Appointment replacement =
        world
            .movingAppointments()
            .move(
                world.asCaseworker(),
                MoveAppointmentCommand.toTime(
                    booked.id(), 0, local("2026-01-13T09:00"), local("2026-01-13T10:30")));

    assertThat(replacement.mode()).isEqualTo(booked.mode());
    assertThat(replacement.end()).isEqualTo(local("2026-01-13T10:30"));
  }

  @Test
  void staff_moveIntoASlot_releasesTheOldSlot() {
    FreeSlot first = world.offerTreatmentSlot("2026-01-12T09:00");
    FreeSlot second = world.offerTreatmentSlot("2026-01-14T13:00");
    Appointment booked =
        world
            .bookingAppointments()
            .book(
                world.asCaseworker(),
                BookAppointmentCommand.intoSlot(
                    cph.treatmentCourse().id(), CONVERSATION, first.id()));

    Appointment replacement = moveToSlot(world.asCaseworker(), booked, second);

    assertThat(world.reload(second).takenBy()).isEqualTo(replacement.id());
    assertThat(world.reload(first).isOpen()).isTrue();
  }

  @Test
  void staff_moveToThePast_isInvalidInputNamingStart() {
    Appointment booked = world.bookForJonas("2026-01-12T09:00");
    InMemoryPlanWorld.Snapshot before = world.snapshot();

    assertThatThrownBy(
            () ->
                world
                    .movingAppointments()
                    .move(
                        world.asCaseworker(),
                        MoveAppointmentCommand.toTime(
                            booked.id(), 0, local("2026-01-05T09:00"), local("2026-01-05T09:30"))))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("start"));
    assertThat(world.snapshot()).isEqualTo(before);
  }

  @Test
  void moveOfAMovedAppointment_isRefusedAsNotBooked() {
    Appointment booked = world.bookForJonas("2026-01-12T09:00");
    world
        .movingAppointments()
        .move(
            world.asCaseworker(),
            MoveAppointmentCommand.toTime(
                booked.id(), 0, local("2026-01-13T09:00"), local("2026-01-13T10:00")));
    Appointment moved = world.reload(booked);

    assertThatThrownBy(
            () ->
                world
                    .movingAppointments()
                    .move(
                        world.asCaseworker(),
                        MoveAppointmentCommand.toTime(
                            moved.id(),
                            moved.version(),
                            local("2026-01-15T09:00"),
                            local("2026-01-15T10:00"))))
        .isInstanceOfSatisfying(
            UnableToChangeException.class,
            e -> assertThat(e.rule()).isEqualTo("appointment.not-booked"));
  }

  @Test
  void staleVersion_isAConflictAndChangesNothing() {
    Appointment booked = world.bookForJonas("2026-01-12T09:00");
    FreeSlot wednesday = world.offerTreatmentSlot("2026-01-14T13:00");
    InMemoryPlanWorld.Snapshot before = world.snapshot();

    assertThatThrownBy(
            () ->
                world
                    .movingAppointments()
                    .move(
                        world.asJonas(),
                        MoveAppointmentCommand.toSlot(booked.id(), 7, wednesday.id())))
        .isInstanceOf(ConflictException.class);
    assertThat(world.snapshot().appointments()).isEqualTo(before.appointments());
    assertThat(world.snapshot().slots()).isEqualTo(before.slots());
    assertThat(world.snapshot().events()).isEqualTo(before.events());
  }

  @Test
  void anotherCitizen_cannotMoveJonassAppointment_andTheRefusalIsAudited() {
    Appointment booked = world.bookForJonas("2026-01-12T09:00");
    FreeSlot wednesday = world.offerTreatmentSlot("2026-01-14T13:00");
    InMemoryPlanWorld.CitizenInCourse sofie = world.anotherCitizenInTreatment("Sofie Lund");

    assertThatThrownBy(() -> moveToSlot(sofie.actor(), booked, wednesday))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(world.reload(booked)).isEqualTo(booked);
    assertThat(world.reload(wednesday).isOpen()).isTrue();
    assertThat(world.audit().refusals(10))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.operation()).isEqualTo(Operation.MOVE_APPOINTMENT);
              assertThat(r.actorId()).isEqualTo(sofie.citizen().id().toString());
              assertThat(r.citizen()).isEqualTo(cph.jonas().id());
              assertThat(r.reason()).isEqualTo("not the citizen's own data");
            });
    assertThat(world.audit().about(cph.jonas().id(), 10))
        .extracting(AuditRecord::allowed)
        .contains(false);
  }
}
