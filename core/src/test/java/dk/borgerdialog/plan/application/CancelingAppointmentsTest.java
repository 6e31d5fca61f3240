package dk.borgerdialog.plan.application;

import static dk.borgerdialog.testfixtures.InMemoryPlanWorld.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.access.AuditRecord;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.UnableToChangeException;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentCancelled;
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.plan.model.FreeSlot;
import dk.borgerdialog.testfixtures.AppointmentFixture;
import dk.borgerdialog.testfixtures.InMemoryPlanWorld;
import dk.borgerdialog.testfixtures.OrganisationFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CancelingAppointmentsTest {
  private static final CancellationReason ILL =
      CancellationReason.of(CancellationReasonCode.ILLNESS);

  private final InMemoryPlanWorld world = InMemoryPlanWorld.create();
  private final InMemoryPlanWorld.Copenhagen cph = world.copenhagen();

  private Appointment cancel(
      dk.borgerdialog.access.Actor actor, Appointment appointment, CancellationReason reason) {
    return world
        .cancelingAppointments()
        .cancel(
            actor, new CancelAppointmentCommand(appointment.id(), appointment.version(), reason));
  }

  @Test
  void citizen_cancelsBeforeTheDeadline() {
    Appointment booked = world.bookForJonas("2026-01-12T09:00");
    world.clock().set(local("2026-01-11T20:00"));

    Appointment cancelled = cancel(world.asJonas(), booked, ILL);

    assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
    assertThat(cancelled.cancellation()).isEqualTo(ILL);
    assertThat(cancelled.cancelledBy()).isEqualTo(ActorKind.CITIZEN);
    assertThat(cancelled.changedAt()).isEqualTo(world.now());
    assertThat(cancelled.version()).isEqualTo(1);
    assertThat(world.reload(booked)).isEqualTo(cancelled);
    assertThat(world.events().typesFor(booked.id().value()))
        .containsExactly("appointment.booked", "appointment.cancelled");
    assertThat(world.audit().about(cph.jonas().id(), 1))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.operation()).isEqualTo(Operation.CANCEL_APPOINTMENT);
              assertThat(r.allowed()).isTrue();
              assertThat(r.actorKind()).isEqualTo(ActorKind.CITIZEN);
              assertThat(r.entityId()).isEqualTo(booked.id().value());
            });
  }

  @Test
  void citizen_cancelsAtTheDeadlineItself() {
    Appointment booked = world.bookForJonas("2026-01-12T09:00");
    world.clock().set(local("2026-01-11T21:00"));

    assertThat(cancel(world.asJonas(), booked, ILL).status())
        .isEqualTo(AppointmentStatus.CANCELLED);
  }

  @Test
  void citizen_cancelAfterTheDeadline_isRefusedAndChangesNothing() {
    Appointment booked = world.bookForJonas("2026-01-12T09:00");
    world.clock().set(local("2026-01-11T21:00:01"));
    InMemoryPlanWorld.Snapshot before = world.snapshot();

    assertThatThrownBy(() -> cancel(world.asJonas(), booked, ILL))
        .isInstanceOfSatisfying(
            UnableToChangeException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("appointment.deadline-passed");
              assertThat(e.getMessage()).contains("2026-01-11 21:00");
            });
    assertThat(world.snapshot()).isEqualTo(before);
  }

  @Test
  void citizen_cancelWhereTheUnitDoesNotAllowIt_isRefused() {
    Unit unit = cph.treatment();
    world
        .settingUp()
        .changeBookingRules(
            world.asSystem(), unit.id(), 0, OrganisationFixture.citizensMayNotCancel());
    Appointment booked = world.bookForJonas("2026-01-12T09:00");
    InMemoryPlanWorld.Snapshot before = world.snapshot();

    assertThatThrownBy(() -> cancel(world.asJonas(), booked, ILL))
        .isInstanceOfSatisfying(
            UnableToChangeException.class,
            e -> assertThat(e.rule()).isEqualTo("appointment.change-not-offered"));
    assertThat(world.snapshot()).isEqualTo(before);

    assertThat(cancel(world.asCaseworker(), booked, ILL).status())
        .isEqualTo(AppointmentStatus.CANCELLED);
  }

  @Test
  void staff_cancelAfterTheCitizensDeadline() {
    Appointment booked = world.bookForJonas("2026-01-12T09:00");
    world.clock().set(local("2026-01-12T08:59"));

    Appointment cancelled =
        cancel(
            world.asCaseworker(),
            booked,
            CancellationReason.of(CancellationReasonCode.UNIT_CANCELLED, "Sygdom i teamet"));

    assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
    assertThat(cancelled.cancelledBy()).isEqualTo(ActorKind.STAFF);
  }

  @Test
  void anyone_cancelOnceStarted_isRefused() {
    Appointment booked = world.bookForJonas("2026-01-12T09:00");
    world.clock().set(local("2026-01-12T09:00"));

    assertThatThrownBy(() -> cancel(world.asCaseworker(), booked, ILL))
        .isInstanceOfSatisfying(
            UnableToChangeException.class,
            e -> assertThat(e.rule()).isEqualTo("appointment.started"));
  }

  @Test
  void cancelTwice_isRefusedAsNotBooked() {
    Appointment booked = world.bookForJonas("2026-01-12T09:00");
    Appointment cancelled = cancel(world.asJonas(), booked, ILL);

    assertThatThrownBy(() -> cancel(world.asJonas(), cancelled, ILL))
        .isInstanceOfSatisfying(
            UnableToChangeException.class,
            e -> assertThat(e.rule()).isEqualTo("appointment.not-booked"));
  }

  @Test
  void otherReason_needsAText() {
    assertThatThrownBy(() -> CancellationReason.of(CancellationReasonCode.OTHER))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason.text"));
    assertThatThrownBy(() -> CancellationReason.of(CancellationReasonCode.OTHER, "  \t "))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason.text"));

    Appointment booked = world.bookForJonas("2026-01-12T09:00");
    Appointment cancelled =
        cancel(
            world.asJonas(),
            booked,
            CancellationReason.of(CancellationReasonCode.OTHER, "  Jeg er flyttet  "));
    assertThat(cancelled.cancellation().text()).isEqualTo("Jeg er flyttet");
  }

  @Test
  void unitCancelled_isReservedForStaff() {
    Appointment booked = world.bookForJonas("2026-01-12T09:00");
    InMemoryPlanWorld.Snapshot before = world.snapshot();

    assertThatThrownBy(
            () ->
                cancel(
                    world.asJonas(),
                    booked,
                    CancellationReason.of(CancellationReasonCode.UNIT_CANCELLED)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason.code"));
    assertThat(world.snapshot()).isEqualTo(before);
  }

  @Test
  void staleVersion_isAConflictAndChangesNothing() {
    Appointment booked = world.bookForJonas("2026-01-12T09:00");
    InMemoryPlanWorld.Snapshot before = world.snapshot();

    assertThatThrownBy(
            () ->
                world
                    .cancelingAppointments()
                    .cancel(world.asJonas(), new CancelAppointmentCommand(booked.id(), 1, ILL)))
        .isInstanceOf(ConflictException.class);
    assertThat(world.snapshot().appointments()).isEqualTo(before.appointments());
    assertThat(world.snapshot().slots()).isEqualTo(before.slots());
    assertThat(world.snapshot().events()).isEqualTo(before.events());
  }

  @Test
  void versionOfAChangedAppointment_isStale() {
    Appointment booked = world.bookForJonas("2026-01-12T09:00");
    cancel(world.asCaseworker(), booked, ILL);

    assertThatThrownBy(() -> cancel(world.asJonas(), booked, ILL))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void unknownAppointment_isNoSuchEntity() {
    assertThatThrownBy(
            () ->
                world
                    .cancelingAppointments()
                    .cancel(
                        world.asSystem(),
                        new CancelAppointmentCommand(
                            AppointmentFixture.anyAppointmentId(), 0, ILL)))
        .isInstanceOf(NoSuchEntityException.class);
  }

  @Test
  void citizenCancel_ofATimeBookedWithoutASlot_offersNothing_forItsPlaceMayBeTheirHome() {
    Appointment visit = world.bookForKaren("2026-01-12T09:00");

    cancel(world.asKaren(), visit, ILL);

    assertThat(world.freeSlots().all()).isEmpty();
  }

  @Test
  void citizenCancel_ofAnAppointmentFromASlot_releasesThatSlot() {
    FreeSlot slot = world.offerTreatmentSlot("2026-01-14T13:00");
    Appointment booked =
        world
            .bookingAppointments()
            .book(
                world.asCaseworker(),
                BookAppointmentCommand.intoSlot(
                    cph.treatmentCourse().id(), AppointmentFixture.CONVERSATION, slot.id()));

    cancel(world.asJonas(), booked, ILL);

    assertThat(world.freeSlots().all()).containsExactly(world.reload(slot));
    assertThat(world.reload(slot).isOpen()).isTrue();
  }

  @Test
  void staffCancel_releasesTheSlotButOffersNoOtherTime() {
    FreeSlot slot = world.offerTreatmentSlot("2026-01-14T13:00");
    Appointment fromSlot =
        world
            .bookingAppointments()
            .book(
                world.asCaseworker(),
                BookAppointmentCommand.intoSlot(
                    cph.treatmentCourse().id(), AppointmentFixture.CONVERSATION, slot.id()));
    Appointment atTime = world.bookForJonas("2026-01-12T09:00");

    cancel(world.asCaseworker(), fromSlot, ILL);
    cancel(world.asCaseworker(), atTime, ILL);

    assertThat(world.freeSlots().all()).containsExactly(world.reload(slot));
    assertThat(world.reload(slot).isOpen()).isTrue();
  }

  @Test
  void karenCancelsAVisitInHospital_andTheTextStaysOutOfTheEvent() {
    Appointment visit = world.bookForKaren("2026-01-12T09:00");

    Appointment cancelled =
        cancel(
            world.asKaren(),
            visit,
            CancellationReason.of(CancellationReasonCode.HOSPITALISED, "in hospital"));

    assertThat(cancelled.cancellation().text()).isEqualTo("in hospital");
    AppointmentCancelled event = world.events().all(AppointmentCancelled.class).get(0);
    assertThat(event.attributes())
        .containsEntry("reason", "HOSPITALISED")
        .containsEntry("cancelledBy", "CITIZEN")
        .containsEntry("status", "CANCELLED")
        .doesNotContainValue("in hospital");
    assertThat(event.attributes().toString()).doesNotContain("hospital").doesNotContain("Karen");
    assertThat(world.audit().about(world.frederiksberg().karen().id(), 10))
        .extracting(AuditRecord::operation)
        .containsExactly(Operation.CANCEL_APPOINTMENT, Operation.BOOK_APPOINTMENT);
  }

  @Test
  void karen_homeCareDeadlineIsOneCalendarDay() {
    Appointment visit = world.bookForKaren("2026-01-12T09:00");
    world.clock().set(local("2026-01-11T09:00").plus(Duration.ofSeconds(1)));

    assertThatThrownBy(() -> cancel(world.asKaren(), visit, ILL))
        .isInstanceOfSatisfying(
            UnableToChangeException.class,
            e -> assertThat(e.rule()).isEqualTo("appointment.deadline-passed"));
  }
}
