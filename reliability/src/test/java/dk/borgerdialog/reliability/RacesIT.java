package dk.borgerdialog.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.PlanOperations;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.common.UnableToChangeException;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.DeliveryResult;
import dk.borgerdialog.notification.model.Notification;
import dk.borgerdialog.notification.model.NotificationChannel;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.UnitRole;
import dk.borgerdialog.plan.application.CancelAppointmentCommand;
import dk.borgerdialog.plan.application.MoveAppointmentCommand;
import dk.borgerdialog.plan.application.PublishFreeSlotCommand;
import dk.borgerdialog.plan.application.WritePlanItemCommand;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.plan.model.FreeSlot;
import dk.borgerdialog.plan.model.PlanItem;
import dk.borgerdialog.plan.model.PlanItemKind;
import dk.borgerdialog.reliability.support.Databases;
import dk.borgerdialog.reliability.support.Figures;
import dk.borgerdialog.reliability.support.Seed;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Races on PostgreSQL with 50 threads at once: exactly one winner, no overbooking, no lost update,
 * and no reminder for a cancelled appointment after its cancel has committed.
 *
 * <p>Signups for the last seat of an activity belong to Mit netværk; its race goes here, as {@code
 * signups_for_the_last_seat_overbook_nothing}, once network signups exist in the SDK.
 */
class RacesIT {
  static final int THREADS = 50;

  private final List<Borgerdialog> started = new ArrayList<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

  @AfterEach
  void stop() {
    pool.shutdownNow();
    started.forEach(Borgerdialog::close);
  }

  private Borgerdialog start(
      SettableClock clock, boolean dispatch, NotificationChannel... channels) {
    Borgerdialog.Builder builder =
        Borgerdialog.builder()
            .dataSource(Databases.freshPostgres().dataSource())
            .clock(clock)
            .dispatchReminders(dispatch)
            .reminderPolling(Duration.ofMillis(100));
    for (NotificationChannel channel : channels) {
      builder.channel(channel);
    }
    Borgerdialog dialog = builder.start();
    started.add(dialog);
    return dialog;
  }

  /** Runs the tasks on 50 threads that start together, and returns their outcomes. */
  private <T> List<Object> race(List<Callable<T>> tasks) throws Exception {
    CyclicBarrier barrier = new CyclicBarrier(tasks.size());
    List<Future<Object>> futures = new ArrayList<>();
    for (Callable<T> task : tasks) {
      futures.add(
          pool.submit(
              () -> {
                barrier.await();
                try {
                  return task.call();
                } catch (RuntimeException e) {
                  return e;
                }
              }));
    }
    List<Object> outcomes = new ArrayList<>();
    for (Future<Object> future : futures) {
      outcomes.add(future.get());
    }
    return outcomes;
  }

  @Test
  void fifty_citizens_moving_into_one_free_slot_leave_exactly_one_winner() throws Exception {
    SettableClock clock = SettableClock.at("2026-11-22T19:00", "Europe/Copenhagen");
    Borgerdialog dialog = start(clock, false);
    Seed seed = Seed.organisation(dialog, "Københavns Kommune", ReminderPolicy.DEFAULT);
    Instant monday = Instant.parse("2026-11-30T08:00:00Z");
    List<Seed.Booked> citizens = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      citizens.add(
          seed.book(
              seed.citizen("R-" + i, null, List.of(ChannelKind.IN_APP), null, null),
              monday.plus(Duration.ofMinutes(10L * i))));
    }
    Instant wednesday = Instant.parse("2026-12-02T09:00:00Z");
    FreeSlot slot =
        seed.staffPlan()
            .publishFreeSlot(
                new PublishFreeSlotCommand(
                    seed.unit(),
                    Seed.CONVERSATION,
                    seed.caseworker(),
                    wednesday,
                    wednesday.plus(Duration.ofHours(1)),
                    AppointmentMode.phone()));

    List<Callable<Appointment>> moves = new ArrayList<>();
    for (Seed.Booked citizen : citizens) {
      PlanOperations plan =
          dialog.as(Actor.citizen(citizen.citizen(), AssuranceLevel.SUBSTANTIAL)).plan();
      Appointment appointment = citizen.appointment();
      moves.add(
          () ->
              plan.move(
                  MoveAppointmentCommand.toSlot(
                      appointment.id(), appointment.version(), slot.id())));
    }
    long began = System.nanoTime();
    List<Object> outcomes = race(moves);
    long took = System.nanoTime() - began;

    List<Appointment> winners =
        outcomes.stream()
            .filter(Appointment.class::isInstance)
            .map(Appointment.class::cast)
            .toList();
    List<Object> losers = outcomes.stream().filter(o -> !(o instanceof Appointment)).toList();
    assertThat(winners).hasSize(1);
    assertThat(losers)
        .hasSize(THREADS - 1)
        .allSatisfy(
            o ->
                assertThat(o)
                    .isInstanceOfAny(ConflictException.class, UnableToChangeException.class));
    // no overbooking: one booked appointment at the slot's time, all others where they were
    int atSlot = 0;
    int untouched = 0;
    for (Seed.Booked citizen : citizens) {
      List<Appointment> upcoming =
          dialog
              .as(Actor.citizen(citizen.citizen(), AssuranceLevel.SUBSTANTIAL))
              .plan()
              .overview(citizen.citizen())
              .upcoming()
              .stream()
              .map(u -> u.appointment())
              .toList();
      assertThat(upcoming).hasSize(1);
      if (upcoming.get(0).start().equals(wednesday)) {
        atSlot++;
      } else if (upcoming.get(0).id().equals(citizen.appointment().id())
          && upcoming.get(0).status() == AppointmentStatus.BOOKED) {
        untouched++;
      }
    }
    assertThat(atSlot).isEqualTo(1);
    assertThat(untouched).isEqualTo(THREADS - 1);
    assertThat(seed.staffPlan().openFreeSlots(seed.unit(), Seed.CONVERSATION, 10))
        .noneMatch(s -> s.id().equals(slot.id()));
    Figures.record(
        "race/free slot",
        "%d threads, 1 winner, %d refused (%s), slot booked once, %d ms",
        THREADS,
        losers.size(),
        losers.stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    o -> o.getClass().getSimpleName(), java.util.stream.Collectors.counting())),
        Duration.ofNanos(took).toMillis());
  }

  @Test
  void two_staff_editing_one_plan_never_lose_an_update() throws Exception {
    SettableClock clock = SettableClock.at("2026-11-22T19:00", "Europe/Copenhagen");
    Borgerdialog dialog = start(clock, false);
    Seed seed = Seed.organisation(dialog, "Københavns Kommune", ReminderPolicy.DEFAULT);
    StaffMember mentor =
        dialog
            .setup()
            .addStaffMember(
                seed.municipality().id(),
                null,
                "Lars Holm",
                null,
                List.of(new UnitRole(seed.unit(), StaffRole.MENTOR)));
    PlanOperations caseworker = seed.staffPlan();
    PlanOperations other = dialog.as(Actor.staff(mentor.id(), AssuranceLevel.SUBSTANTIAL)).plan();
    Seed.Booked citizen = seed.citizen("P-1", null, List.of(ChannelKind.IN_APP), null, null);
    PlanItem item =
        caseworker.writePlanItem(
            new WritePlanItemCommand(citizen.course().id(), PlanItemKind.GOAL, "Gå til bageren"));

    // one version, fifty writers: exactly one revision wins
    List<Callable<PlanItem>> blind = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      PlanOperations staff = i % 2 == 0 ? caseworker : other;
      String text = "Gå til bageren, version " + i;
      blind.add(() -> staff.revisePlanItem(item.id(), item.version(), text));
    }
    List<Object> outcomes = race(blind);
    assertThat(outcomes.stream().filter(PlanItem.class::isInstance)).hasSize(1);
    assertThat(outcomes.stream().filter(ConflictException.class::isInstance)).hasSize(THREADS - 1);
    PlanItem winner =
        outcomes.stream()
            .filter(PlanItem.class::isInstance)
            .map(PlanItem.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(current(caseworker, citizen, item).text()).isEqualTo(winner.text());

    // fifty writers that re-read after a conflict: every one of their edits survives
    AtomicInteger conflicts = new AtomicInteger();
    List<Callable<PlanItem>> careful = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      PlanOperations staff = i % 2 == 0 ? caseworker : other;
      String token = String.format(" #%02d", i);
      careful.add(
          () -> {
            while (true) {
              PlanItem now = current(staff, citizen, item);
              try {
                return staff.revisePlanItem(now.id(), now.version(), now.text() + token);
              } catch (ConflictException e) {
                conflicts.incrementAndGet();
              }
            }
          });
    }
    long began = System.nanoTime();
    List<Object> retried = race(careful);
    long took = System.nanoTime() - began;
    assertThat(retried).allSatisfy(o -> assertThat(o).isInstanceOf(PlanItem.class));
    PlanItem last = current(caseworker, citizen, item);
    for (int i = 0; i < THREADS; i++) {
      assertThat(last.text()).containsOnlyOnce(String.format(" #%02d", i));
    }
    assertThat(last.version()).isEqualTo(winner.version() + THREADS);
    Figures.record(
        "race/plan item",
        "%d blind writers: 1 winner, %d conflicts; %d re-reading writers: all %d edits kept"
            + " after %d conflicts, %d ms",
        THREADS,
        THREADS - 1,
        THREADS,
        THREADS,
        conflicts.get(),
        Duration.ofNanos(took).toMillis());
  }

  private static PlanItem current(PlanOperations plan, Seed.Booked citizen, PlanItem item) {
    return plan.overview(citizen.citizen()).courses().stream()
        .flatMap(c -> c.planItems().stream())
        .filter(p -> p.id().equals(item.id()))
        .findFirst()
        .orElseThrow();
  }

  /** An SMS channel that takes a little time per message and records when each send began. */
  static final class SlowChannel implements NotificationChannel {
    final Map<String, List<Long>> sendsByPhone = new ConcurrentHashMap<>();

    @Override
    public ChannelKind kind() {
      return ChannelKind.SMS;
    }

    @Override
    public DeliveryResult send(Notification notification) {
      sendsByPhone
          .computeIfAbsent(notification.address(), k -> new CopyOnWriteArrayList<>())
          .add(System.nanoTime());
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return DeliveryResult.delivered("slow-" + notification.idempotencyKey());
    }
  }

  @Test
  void a_cancel_racing_its_reminder_leaves_no_reminder_after_the_cancel_committed()
      throws Exception {
    SettableClock clock = SettableClock.at("2026-11-23T09:00", "Europe/Copenhagen");
    SlowChannel sms = new SlowChannel();
    Borgerdialog dialog = start(clock, true, sms);
    Seed seed = Seed.organisation(dialog, "Københavns Kommune", ReminderPolicy.hoursBefore(1));
    Instant start = clock.instant().plus(Duration.ofDays(1));
    int rounds = 3;
    int sentBefore = 0;
    int withdrawn = 0;
    AtomicInteger conflicts = new AtomicInteger();
    for (int round = 0; round < rounds; round++) {
      List<Seed.Booked> citizens = new ArrayList<>();
      List<String> phones = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        int n = round * THREADS + i;
        phones.add(Seed.phone(n));
        citizens.add(
            seed.book(
                seed.citizen("X-" + n, null, List.of(ChannelKind.SMS), null, Seed.phone(n)),
                start.plus(Duration.ofHours(round * 2L))));
      }
      // the reminders fall due now; the dispatcher and fifty cancels go at once
      clock.set(start.plus(Duration.ofHours(round * 2L)).minus(Duration.ofMinutes(30)));
      Map<String, Long> committed = new ConcurrentHashMap<>();
      List<Callable<Appointment>> cancels = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        Seed.Booked citizen = citizens.get(i);
        String phone = phones.get(i);
        PlanOperations plan = seed.staffPlan();
        cancels.add(
            () -> {
              Thread.sleep((long) (Math.random() * 400));
              for (int attempt = 1; ; attempt++) {
                try {
                  Appointment cancelled =
                      plan.cancel(
                          new CancelAppointmentCommand(
                              citizen.appointment().id(),
                              citizen.appointment().version(),
                              CancellationReason.of(CancellationReasonCode.ILLNESS)));
                  committed.put(phone, System.nanoTime());
                  return cancelled;
                } catch (ConflictException e) {
                  // lost the race for the reminder to a send that was under way: nothing changed
                  conflicts.incrementAndGet();
                  assertThat(attempt).isLessThan(5);
                }
              }
            });
      }
      List<Object> outcomes = race(cancels);
      assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(Appointment.class));
      Thread.sleep(1_000); // a reminder sent after its cancel would show up here
      for (String phone : phones) {
        List<Long> sends = sms.sendsByPhone.getOrDefault(phone, List.of());
        assertThat(sends).hasSizeLessThanOrEqualTo(1);
        for (long sent : sends) {
          assertThat(sent).isLessThan(committed.get(phone));
        }
        if (sends.isEmpty()) {
          withdrawn++;
        } else {
          sentBefore++;
        }
      }
    }
    Figures.record(
        "race/cancel vs dispatch",
        "%d rounds x %d cancels racing the dispatcher: %d reminders went out before their"
            + " cancel committed, %d were withdrawn, 0 after the cancel; %d cancels waited for a"
            + " send and were repeated after a conflict",
        rounds,
        THREADS,
        sentBefore,
        withdrawn,
        conflicts.get());
  }
}
