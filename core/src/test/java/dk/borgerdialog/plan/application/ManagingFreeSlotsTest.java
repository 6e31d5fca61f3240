package dk.borgerdialog.plan.application;

import static dk.borgerdialog.testfixtures.AppointmentFixture.CONVERSATION;
import static dk.borgerdialog.testfixtures.AppointmentFixture.HOME_VISIT;
import static dk.borgerdialog.testfixtures.InMemoryPlanWorld.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.UnableToChangeException;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.FreeSlot;
import dk.borgerdialog.testfixtures.AppointmentFixture;
import dk.borgerdialog.testfixtures.InMemoryPlanWorld;
import org.junit.jupiter.api.Test;

class ManagingFreeSlotsTest {
  private final InMemoryPlanWorld world = InMemoryPlanWorld.create();
  private final InMemoryPlanWorld.Copenhagen cph = world.copenhagen();

  @Test
  void published_slotsAreOfferedForAppointmentsOfTheSameUnitAndType_earliestFirst() {
    FreeSlot later = world.offerTreatmentSlot("2026-01-15T13:00");
    FreeSlot sooner = world.offerTreatmentSlot("2026-01-14T13:00");
    FreeSlot otherType =
        AppointmentFixture.openSlot(
            cph.treatment().id(), HOME_VISIT, null, local("2026-01-14T09:00"), world.now());
    world.freeSlots().add(otherType);
    FreeSlot otherUnit =
        AppointmentFixture.openSlot(cph.housing().id(), local("2026-01-14T09:00"), world.now());
    world.freeSlots().add(otherUnit);
    Appointment monday = world.bookForJonas("2026-01-12T09:00");

    assertThat(world.managingFreeSlots().offeredFor(world.asJonas(), monday.id(), 10))
        .containsExactly(sooner, later);
    assertThat(world.managingFreeSlots().offeredFor(world.asJonas(), monday.id(), 1))
        .containsExactly(sooner);
    assertThat(
            world
                .managingFreeSlots()
                .open(world.asCaseworker(), cph.treatment().id(), CONVERSATION, 10))
        .containsExactly(sooner, later);
  }

  @Test
  void passedAndTakenSlots_areNotOffered() {
    FreeSlot soon = world.offerTreatmentSlot("2026-01-06T09:00");
    FreeSlot taken = world.offerTreatmentSlot("2026-01-14T13:00");
    FreeSlot open = world.offerTreatmentSlot("2026-01-15T13:00");
    world
        .bookingAppointments()
        .book(
            world.asCaseworker(),
            BookAppointmentCommand.intoSlot(cph.treatmentCourse().id(), CONVERSATION, taken.id()));
    Appointment monday = world.bookForJonas("2026-01-12T09:00");
    world.clock().set(local("2026-01-06T09:00"));

    assertThat(world.managingFreeSlots().offeredFor(world.asJonas(), monday.id(), 10))
        .containsExactly(open)
        .doesNotContain(soon);
  }

  @Test
  void withdraw_removesAnOpenSlot_butNotATakenOne() {
    FreeSlot open = world.offerTreatmentSlot("2026-01-14T13:00");
    FreeSlot taken = world.offerTreatmentSlot("2026-01-15T13:00");
    world
        .bookingAppointments()
        .book(
            world.asCaseworker(),
            BookAppointmentCommand.intoSlot(cph.treatmentCourse().id(), CONVERSATION, taken.id()));

    world.managingFreeSlots().withdraw(world.asCaseworker(), open.id());

    assertThat(world.freeSlots().byId(open.id())).isEmpty();
    assertThatThrownBy(() -> world.managingFreeSlots().withdraw(world.asCaseworker(), taken.id()))
        .isInstanceOfSatisfying(
            UnableToChangeException.class, e -> assertThat(e.rule()).isEqualTo("slot.taken"));
    assertThatThrownBy(() -> world.managingFreeSlots().withdraw(world.asCaseworker(), open.id()))
        .isInstanceOf(NoSuchEntityException.class);
  }

  @Test
  void onlyStaffOfTheUnit_publish() {
    PublishFreeSlotCommand command =
        new PublishFreeSlotCommand(
            cph.treatment().id(),
            CONVERSATION,
            null,
            local("2026-01-14T13:00"),
            local("2026-01-14T14:00"),
            AppointmentFixture.AT_THE_CENTRE);

    assertThatThrownBy(() -> world.managingFreeSlots().publish(world.asJonas(), command))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> world.managingFreeSlots().publish(world.asHousingAdvisor(), command))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(world.freeSlots().all()).isEmpty();
    assertThat(world.managingFreeSlots().publish(world.asSystem(), command).isOpen()).isTrue();
  }
}
