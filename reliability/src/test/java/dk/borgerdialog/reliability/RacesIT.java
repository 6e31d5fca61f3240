package dk.borgerdialog.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.NetworkOperations;
import dk.borgerdialog.PlanOperations;
import dk.borgerdialog.Session;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.common.UnableToChangeException;
import dk.borgerdialog.contact.model.Message;
import dk.borgerdialog.contact.model.MessageThread;
import dk.borgerdialog.network.model.Activity;
import dk.borgerdialog.network.model.Interest;
import dk.borgerdialog.network.model.Organiser;
import dk.borgerdialog.network.model.OrganiserKind;
import dk.borgerdialog.network.model.Signup;
import dk.borgerdialog.network.model.SignupStatus;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.DeliveryResult;
import dk.borgerdialog.notification.model.Notification;
import dk.borgerdialog.notification.model.NotificationChannel;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.UnitRole;
import dk.borgerdialog.persistence.testing.TestDatabases;
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
import dk.borgerdialog.relative.application.GrantAccessCommand;
import dk.borgerdialog.relative.application.RevokeGrantCommand;
import dk.borgerdialog.relative.model.RelativeGrant;
import dk.borgerdialog.relative.model.Scope;
import dk.borgerdialog.reliability.support.Capabilities;
import dk.borgerdialog.reliability.support.Figures;
import dk.borgerdialog.reliability.support.Seed;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Races on PostgreSQL with 50 threads at once: exactly one winner, no overbooking, no lost update,
 * and no reminder for a cancelled appointment after its cancel has committed.
 *
 * <p>Mit netværk, Mine kontakter and relatives race as well: 50 citizens sign up for the last seats
 * of an activity, 50 messages are written in one thread at once (its unread counters must equal the
 * messages), and a citizen revokes a relative's grant while 49 threads read as the relative
 * (nothing is let through once the revoke has returned).
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
            .dataSource(TestDatabases.freshPostgresDatabase().dataSource())
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

  @Test
  void signups_for_the_last_seat_overbook_nothing() throws Exception {
    SettableClock clock = SettableClock.at("2026-11-22T19:00", "Europe/Copenhagen");
    Borgerdialog dialog = start(clock, false);
    Seed seed = Seed.organisation(dialog, "Københavns Kommune", ReminderPolicy.DEFAULT);
    dialog
        .as(Actor.system("setup"))
        .network()
        .defineInterest(seed.municipality().id(), new Interest("walking", "Gåture", "Walks"));
    NetworkOperations staff =
        dialog.as(Actor.staff(seed.caseworker(), AssuranceLevel.SUBSTANTIAL)).network();
    Organiser organiser =
        staff.registerOrganiser(
            seed.unit(), OrganiserKind.MUNICIPAL_UNIT, "Borgercenter Nord", null, null);
    int capacity = 10;
    int left = 5;
    LocalDateTime firstStart = LocalDateTime.of(2026, 11, 26, 10, 0);
    Activity walk =
        staff.publish(Capabilities.activity(organiser.id(), "Gåtur", firstStart, capacity));
    Instant occurrence = firstStart.atZone(Capabilities.CPH).toInstant();
    for (int i = 0; i < capacity - left; i++) {
      CitizenId early =
          dialog
              .setup()
              .registerCitizen(
                  seed.municipality().id(), ExternalRef.of("sensum", "E-" + i), null, "Tidlig")
              .id();
      dialog
          .as(Actor.citizen(early, AssuranceLevel.SUBSTANTIAL))
          .network()
          .signUp(early, walk.id(), occurrence);
    }
    List<Callable<Signup>> signups = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      CitizenId racer =
          dialog
              .setup()
              .registerCitizen(
                  seed.municipality().id(), ExternalRef.of("sensum", "S-" + i), null, "Nabo")
              .id();
      NetworkOperations network =
          dialog.as(Actor.citizen(racer, AssuranceLevel.SUBSTANTIAL)).network();
      signups.add(() -> network.signUp(racer, walk.id(), occurrence));
    }

    long began = System.nanoTime();
    List<Object> outcomes = race(signups);
    long took = System.nanoTime() - began;

    assertThat(outcomes).allMatch(o -> o instanceof Signup, "every racer seated or waitlisted");
    List<Signup> results = outcomes.stream().map(Signup.class::cast).toList();
    long seated = results.stream().filter(s -> s.status() == SignupStatus.SEATED).count();
    long waitlisted = results.stream().filter(s -> s.status() == SignupStatus.WAITLISTED).count();
    assertThat(seated).isEqualTo(left);
    assertThat(waitlisted).isEqualTo(THREADS - left);
    List<Signup> roster = staff.signupsOf(walk.id());
    assertThat(roster).filteredOn(s -> s.status() == SignupStatus.SEATED).hasSize(capacity);
    assertThat(roster).hasSize(capacity - left + THREADS);
    assertThat(roster).extracting(Signup::position).doesNotHaveDuplicates();
    Figures.record(
        "race/last seats",
        "%d threads sign up for the last %d of %d seats: %d seated, %d waitlisted, roster %d"
            + " seated, no duplicate position, %d ms",
        THREADS,
        left,
        capacity,
        seated,
        waitlisted,
        roster.stream().filter(s -> s.status() == SignupStatus.SEATED).count(),
        Duration.ofNanos(took).toMillis());
  }

  @Test
  void concurrent_messages_in_one_thread_keep_its_unread_counters_exact() throws Exception {
    SettableClock clock = SettableClock.at("2026-11-22T19:00", "Europe/Copenhagen");
    Borgerdialog dialog = start(clock, false);
    Seed seed = Seed.organisation(dialog, "Københavns Kommune", ReminderPolicy.DEFAULT);
    Seed.Booked citizen = seed.citizen("M-1", null, List.of(ChannelKind.IN_APP), null, null);
    Capabilities caps = Capabilities.seed(dialog, seed, citizen, clock);
    Session asCitizen = dialog.as(Actor.citizen(citizen.citizen(), AssuranceLevel.SUBSTANTIAL));
    Session asStaff = dialog.as(Actor.staff(seed.caseworker(), AssuranceLevel.SUBSTANTIAL));
    MessageThread before = asCitizen.contacts().thread(caps.thread());
    int citizenUnreadBefore = asCitizen.contacts().unread();

    List<Callable<Message>> writes = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      Session writer = i % 2 == 0 ? asCitizen : asStaff;
      String body = Capabilities.body("Besked nummer " + i);
      writes.add(() -> writer.contacts().write(caps.thread(), body));
    }
    long began = System.nanoTime();
    List<Object> outcomes = race(writes);
    long took = System.nanoTime() - began;

    assertThat(outcomes).allMatch(o -> o instanceof Message, "every message written");
    int byCitizen = THREADS / 2;
    int byStaff = THREADS - byCitizen;
    MessageThread after = dialog.as(Actor.system("check")).contacts().thread(caps.thread());
    assertThat(after.staffUnread()).isEqualTo(before.staffUnread() + byCitizen);
    assertThat(after.citizenUnread()).isEqualTo(before.citizenUnread() + byStaff);
    assertThat(asCitizen.contacts().unread()).isEqualTo(citizenUnreadBefore + byStaff);
    int messages =
        dialog
            .as(Actor.system("check"))
            .contacts()
            .messages(caps.thread(), null, 100)
            .items()
            .size();
    int messagesBefore = 2;
    assertThat(messages).isEqualTo(messagesBefore + THREADS);
    Figures.record(
        "race/unread counters",
        "%d threads write in one thread at once (%d as the citizen, %d as staff): %d messages"
            + " stored; staff unread %d -> %d, citizen unread %d -> %d, each equal to the"
            + " messages of the other side; %d ms",
        THREADS,
        byCitizen,
        byStaff,
        messages - messagesBefore,
        before.staffUnread(),
        after.staffUnread(),
        before.citizenUnread(),
        after.citizenUnread(),
        Duration.ofNanos(took).toMillis());
  }

  @Test
  void a_revoked_grant_lets_no_relative_action_through_after_the_revoke_returned()
      throws Exception {
    SettableClock clock = SettableClock.at("2026-11-22T19:00", "Europe/Copenhagen");
    Borgerdialog dialog = start(clock, false);
    Seed seed = Seed.organisation(dialog, "Københavns Kommune", ReminderPolicy.DEFAULT);
    Seed.Booked citizen = seed.citizen("G-1", null, List.of(ChannelKind.IN_APP), null, null);
    Session asCitizen = dialog.as(Actor.citizen(citizen.citizen(), AssuranceLevel.SUBSTANTIAL));
    RelativeGrant grant =
        asCitizen
            .relatives()
            .grant(
                GrantAccessCommand.consent(
                    citizen.citizen(),
                    ExternalRef.of("mitid", "R-1"),
                    "Anna Holm",
                    "datter",
                    Set.of(Scope.READ_PLAN),
                    null));
    Session asRelative =
        dialog.as(Actor.relative(grant.relative(), citizen.citizen(), AssuranceLevel.SUBSTANTIAL));
    AtomicLong revokedAt = new AtomicLong(Long.MAX_VALUE);
    List<long[]> allowedCalls = new CopyOnWriteArrayList<>();
    AtomicInteger refusedCalls = new AtomicInteger();
    List<Callable<Object>> tasks = new ArrayList<>();
    for (int i = 0; i < THREADS - 1; i++) {
      tasks.add(
          () -> {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
              long start = System.nanoTime();
              try {
                asRelative.plan().overview(citizen.citizen());
                allowedCalls.add(new long[] {start, System.nanoTime()});
              } catch (AccessDeniedException e) {
                refusedCalls.incrementAndGet();
                return "refused";
              }
            }
            return "never refused";
          });
    }
    tasks.add(
        () -> {
          Thread.sleep(1000);
          RelativeGrant revoked =
              asCitizen
                  .relatives()
                  .revoke(new RevokeGrantCommand(grant.id(), grant.version(), "Ikke længere"));
          revokedAt.set(System.nanoTime());
          return revoked;
        });
    List<Object> outcomes = race(tasks);

    assertThat(outcomes.subList(0, THREADS - 1)).allMatch("refused"::equals);
    assertThat(outcomes.get(THREADS - 1)).isInstanceOf(RelativeGrant.class);
    long after = allowedCalls.stream().filter(c -> c[0] > revokedAt.get()).count();
    long across =
        allowedCalls.stream()
            .filter(c -> c[0] <= revokedAt.get() && c[1] > revokedAt.get())
            .count();
    assertThat(after).as("relative reads begun after the revoke returned").isZero();
    assertThat(refusedCalls.get()).isEqualTo(THREADS - 1);
    Figures.record(
        "race/revoke",
        "%d relative threads read the plan while the citizen revokes the grant: %d reads allowed"
            + " before the revoke returned (%d of them still running when it did), %d refused"
            + " after, 0 allowed reads begun after it",
        THREADS - 1,
        allowedCalls.size(),
        across,
        refusedCalls.get());
  }
}
