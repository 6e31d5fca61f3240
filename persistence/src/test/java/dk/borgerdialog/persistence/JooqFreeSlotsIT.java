package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.FreeSlot;
import dk.borgerdialog.plan.model.FreeSlotId;
import dk.borgerdialog.plan.model.FreeSlots;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqFreeSlotsIT {

  @Nested
  class OnH2 extends Contract {
    OnH2() {
      super(Database.H2);
    }
  }

  @Nested
  class OnPostgres extends Contract {
    OnPostgres() {
      super(Database.POSTGRES);
    }
  }

  abstract static class Contract extends DatabaseContract {
    private static final Instant TOMORROW = NOW.plus(Duration.ofDays(1));
    private static final int RACERS = 24;

    Contract(Database database) {
      super(database);
    }

    FreeSlots slots() {
      return persistence.freeSlots();
    }

    @Test
    void an_open_slot_with_a_staff_member_and_an_address_round_trips() {
      FreeSlot slot =
          FreeSlot.open(
              fixture.unit.id(),
              Fixture.HOME_VISIT,
              fixture.nurse.id(),
              TOMORROW,
              TOMORROW.plus(Duration.ofHours(1)),
              AppointmentMode.inPerson("Hjemme hos borgeren"),
              NOW);
      slots().add(slot);

      assertThat(slots().byId(slot.id())).contains(slot);
      assertThat(slots().byId(FreeSlotId.random())).isEmpty();
    }

    @Test
    void claim_takes_an_open_slot_and_increments_its_version() {
      FreeSlot slot = fixture.slot(fixture.unit, Fixture.CONVERSATION, TOMORROW);
      AppointmentId appointment = AppointmentId.random();

      slots().claim(slot.id(), appointment);

      FreeSlot taken = slots().byId(slot.id()).orElseThrow();
      assertThat(taken.takenBy()).isEqualTo(appointment);
      assertThat(taken.isOpen()).isFalse();
      assertThat(taken.version()).isEqualTo(1);
    }

    @Test
    void claiming_a_taken_or_unknown_slot_is_a_conflict() {
      FreeSlot slot = fixture.slot(fixture.unit, Fixture.CONVERSATION, TOMORROW);
      AppointmentId first = AppointmentId.random();
      slots().claim(slot.id(), first);

      assertThatThrownBy(() -> slots().claim(slot.id(), AppointmentId.random()))
          .isInstanceOf(ConflictException.class)
          .hasMessageContaining(slot.id().toString());
      assertThatThrownBy(() -> slots().claim(FreeSlotId.random(), AppointmentId.random()))
          .isInstanceOf(ConflictException.class);
      assertThat(slots().byId(slot.id()).orElseThrow().takenBy()).isEqualTo(first);
    }

    @Test
    void release_opens_a_taken_slot_again_and_leaves_an_open_one_as_it_is() {
      FreeSlot slot = fixture.slot(fixture.unit, Fixture.CONVERSATION, TOMORROW);
      slots().claim(slot.id(), AppointmentId.random());

      slots().release(slot.id());
      slots().release(slot.id());
      slots().release(FreeSlotId.random());

      FreeSlot released = slots().byId(slot.id()).orElseThrow();
      assertThat(released.isOpen()).isTrue();
      assertThat(released.version()).isEqualTo(2);
      AppointmentId next = AppointmentId.random();
      slots().claim(slot.id(), next);
      assertThat(slots().byId(slot.id()).orElseThrow().takenBy()).isEqualTo(next);
    }

    @Test
    void withdraw_removes_only_an_open_slot() {
      FreeSlot open = fixture.slot(fixture.unit, Fixture.CONVERSATION, TOMORROW);
      FreeSlot taken = fixture.slot(fixture.unit, Fixture.CONVERSATION, TOMORROW.plusSeconds(3600));
      slots().claim(taken.id(), AppointmentId.random());

      assertThat(slots().withdraw(open.id())).isTrue();
      assertThat(slots().withdraw(open.id())).isFalse();
      assertThat(slots().withdraw(taken.id())).isFalse();
      assertThat(slots().withdraw(FreeSlotId.random())).isFalse();

      assertThat(slots().byId(open.id())).isEmpty();
      assertThat(slots().byId(taken.id())).isPresent();
    }

    @Test
    void open_lists_the_units_open_slots_of_the_type_after_from_earliest_first() {
      FreeSlot third = fixture.slot(fixture.unit, Fixture.CONVERSATION, TOMORROW.plusSeconds(7200));
      FreeSlot first = fixture.slot(fixture.unit, Fixture.CONVERSATION, TOMORROW);
      FreeSlot second =
          fixture.slot(fixture.unit, Fixture.CONVERSATION, TOMORROW.plusSeconds(3600));
      FreeSlot taken = fixture.slot(fixture.unit, Fixture.CONVERSATION, TOMORROW.plusSeconds(1800));
      slots().claim(taken.id(), AppointmentId.random());
      fixture.slot(fixture.unit, Fixture.CONVERSATION, NOW);
      fixture.slot(fixture.unit, Fixture.CONVERSATION, NOW.minusSeconds(3600));
      fixture.slot(fixture.unit, Fixture.HOME_VISIT, TOMORROW);
      fixture.slot(fixture.otherUnit, Fixture.CONVERSATION, TOMORROW);

      assertThat(slots().open(fixture.unit.id(), Fixture.CONVERSATION, NOW, 10))
          .containsExactly(first, second, third);
      assertThat(slots().open(fixture.unit.id(), Fixture.CONVERSATION, NOW, 2))
          .containsExactly(first, second);
      assertThat(slots().open(fixture.unit.id(), Fixture.CONVERSATION, TOMORROW, 10))
          .containsExactly(second, third);
      assertThat(slots().open(fixture.unit.id(), Fixture.CONVERSATION, NOW, 0)).isEmpty();
    }

    @Test
    void of_many_concurrent_transactions_claiming_one_slot_exactly_one_wins() throws Exception {
      FreeSlot slot = fixture.slot(fixture.unit, Fixture.CONVERSATION, TOMORROW);
      CyclicBarrier start = new CyclicBarrier(RACERS);
      ExecutorService racers = Executors.newFixedThreadPool(RACERS);
      List<Future<AppointmentId>> claims = new ArrayList<>();
      try {
        for (int i = 0; i < RACERS; i++) {
          claims.add(
              racers.submit(
                  () -> {
                    AppointmentId appointment = AppointmentId.random();
                    start.await(30, TimeUnit.SECONDS);
                    return persistence
                        .transactions()
                        .inTransaction(
                            () -> {
                              slots().claim(slot.id(), appointment);
                              // hold the row a little, so that the others queue behind it
                              sleep(Duration.ofMillis(50));
                              return appointment;
                            });
                  }));
        }
        List<AppointmentId> winners = new ArrayList<>();
        List<Throwable> losers = new ArrayList<>();
        for (Future<AppointmentId> claim : claims) {
          try {
            winners.add(claim.get(60, TimeUnit.SECONDS));
          } catch (ExecutionException e) {
            losers.add(e.getCause());
          }
        }

        assertThat(winners).hasSize(1);
        assertThat(losers)
            .hasSize(RACERS - 1)
            .allSatisfy(e -> assertThat(e).isInstanceOf(ConflictException.class));
        FreeSlot taken = slots().byId(slot.id()).orElseThrow();
        assertThat(taken.takenBy()).isEqualTo(winners.get(0));
        assertThat(taken.version()).isEqualTo(1);
      } finally {
        racers.shutdownNow();
      }
    }

    private static void sleep(Duration duration) {
      try {
        Thread.sleep(duration.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
