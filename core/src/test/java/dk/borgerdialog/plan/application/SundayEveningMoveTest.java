package dk.borgerdialog.plan.application;

import static dk.borgerdialog.testfixtures.InMemoryPlanWorld.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.BorgerdialogException;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.plan.model.FreeSlot;
import dk.borgerdialog.plan.model.UpcomingAppointment;
import dk.borgerdialog.testfixtures.InMemoryPlanWorld;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * SCENARIOS.md: "On Sunday evening Jonas moves Monday's 09:00 to a free slot on Wednesday. The
 * deadline is 12 h, so this is allowed. [...] A second citizen who tries to take the same slot a
 * second later is told it is gone." Played on the weekend the clocks go back, 25 October 2026.
 */
class SundayEveningMoveTest {
  private final InMemoryPlanWorld world = InMemoryPlanWorld.create();
  private final InMemoryPlanWorld.Copenhagen cph = world.copenhagen();

  @Test
  void jonasMovesMondayToWednesdayOnSundayEvening_andTheSecondCitizenIsToldTheSlotIsGone() {
    world.clock().set(local("2026-10-20T10:00"));
    InMemoryPlanWorld.CitizenInCourse sofie = world.anotherCitizenInTreatment("Sofie Lund");
    Appointment monday = world.bookForJonas("2026-10-26T09:00");
    Appointment sofies = world.bookInTreatment(sofie.course(), "2026-10-27T10:00");
    FreeSlot wednesday = world.offerTreatmentSlot("2026-10-28T13:00");

    UpcomingAppointment upcoming =
        world.viewingOverview().overview(world.asJonas(), cph.jonas().id(), 10).next().get();
    assertThat(upcoming.changeDeadline(InMemoryPlanWorld.ZONE))
        .isEqualTo(local("2026-10-25T21:00"));

    world.clock().set(local("2026-10-25T20:30"));
    assertThat(upcoming.citizenMayMove(world.now(), InMemoryPlanWorld.ZONE)).isTrue();
    Appointment moved =
        world
            .movingAppointments()
            .move(world.asJonas(), MoveAppointmentCommand.toSlot(monday.id(), 0, wednesday.id()));

    assertThat(moved.start()).isEqualTo(local("2026-10-28T13:00"));
    assertThat(world.reload(monday).status()).isEqualTo(AppointmentStatus.MOVED);
    assertThat(world.reload(wednesday).takenBy()).isEqualTo(moved.id());

    world.clock().advance(Duration.ofSeconds(1));
    assertThatThrownBy(
            () ->
                world
                    .movingAppointments()
                    .move(
                        sofie.actor(),
                        MoveAppointmentCommand.toSlot(sofies.id(), 0, wednesday.id())))
        .isInstanceOf(ConflictException.class)
        .hasMessage(FreeSlot.TAKEN);
    assertThat(world.reload(sofies).status()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(world.reload(wednesday).takenBy()).isEqualTo(moved.id());
  }

  @Test
  void twoCitizensTakingTheSameSlotAtOnce_exactlyOneGetsIt() throws Exception {
    world.clock().set(local("2026-10-20T10:00"));
    List<InMemoryPlanWorld.CitizenInCourse> people = new ArrayList<>();
    List<Appointment> booked = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      InMemoryPlanWorld.CitizenInCourse person = world.anotherCitizenInTreatment("Borger " + i);
      people.add(person);
      booked.add(world.bookInTreatment(person.course(), "2026-10-26T09:00"));
    }
    FreeSlot wednesday = world.offerTreatmentSlot("2026-10-28T13:00");
    world.clock().set(local("2026-10-25T20:30"));

    ExecutorService pool = Executors.newFixedThreadPool(people.size());
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Appointment>> results = new ArrayList<>();
    try {
      for (int i = 0; i < people.size(); i++) {
        InMemoryPlanWorld.CitizenInCourse person = people.get(i);
        Appointment appointment = booked.get(i);
        Callable<Appointment> move =
            () -> {
              start.await();
              return world
                  .movingAppointments()
                  .move(
                      person.actor(),
                      MoveAppointmentCommand.toSlot(appointment.id(), 0, wednesday.id()));
            };
        results.add(pool.submit(move));
      }
      start.countDown();
      int won = 0;
      for (Future<Appointment> result : results) {
        try {
          Appointment replacement = result.get(10, TimeUnit.SECONDS);
          won++;
          assertThat(world.reload(wednesday).takenBy()).isEqualTo(replacement.id());
        } catch (java.util.concurrent.ExecutionException e) {
          assertThat(e.getCause())
              .isInstanceOf(BorgerdialogException.class)
              .isInstanceOf(ConflictException.class);
        }
      }
      assertThat(won).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(world.appointments().all())
        .filteredOn(a -> a.status() == AppointmentStatus.MOVED)
        .hasSize(1);
  }
}
