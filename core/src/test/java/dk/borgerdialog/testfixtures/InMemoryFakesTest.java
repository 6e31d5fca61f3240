package dk.borgerdialog.testfixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.FreeSlot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The fakes behave as the database adapters must: optimistic versions and an atomic claim. */
class InMemoryFakesTest {
  private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

  private final UnitId unit = OrganisationFixture.anyUnitId();
  private final Course course =
      CourseFixture.activeCourse(
          CitizenFixture.anyCitizenId(), unit, CourseFixture.anyCourseTemplateId(), NOW);

  @Test
  void update_withTheStoredVersion_returnsTheNextVersion() {
    InMemoryAppointments appointments = new InMemoryAppointments();
    Appointment booked =
        AppointmentFixture.bookedAppointment(course, NOW.plus(Duration.ofDays(1)), NOW);
    appointments.add(booked);

    Appointment cancelled = AppointmentFixture.cancelledByStaff(booked, NOW);
    Appointment saved = appointments.update(cancelled);

    assertThat(saved.version()).isEqualTo(1);
    assertThat(appointments.byId(booked.id())).contains(saved);
  }

  @Test
  void update_withAStaleVersion_isAConflictAndKeepsTheStoredValue() {
    InMemoryAppointments appointments = new InMemoryAppointments();
    Appointment booked =
        AppointmentFixture.bookedAppointment(course, NOW.plus(Duration.ofDays(1)), NOW);
    appointments.add(booked);
    Appointment first = appointments.update(AppointmentFixture.cancelledByStaff(booked, NOW));

    assertThatThrownBy(() -> appointments.update(booked.markAttended(booked.start()).orElseThrow()))
        .isInstanceOf(ConflictException.class);
    assertThat(appointments.byId(booked.id())).contains(first);
  }

  @Test
  void add_requiresVersionZeroAndANewId() {
    InMemoryAppointments appointments = new InMemoryAppointments();
    Appointment booked =
        AppointmentFixture.bookedAppointment(course, NOW.plus(Duration.ofDays(1)), NOW);
    appointments.add(booked);

    assertThatThrownBy(() -> appointments.add(booked)).isInstanceOf(ConflictException.class);
    Appointment saved = appointments.update(AppointmentFixture.cancelledByStaff(booked, NOW));
    assertThatThrownBy(() -> new InMemoryAppointments().add(saved))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void update_ofSomethingNeverAdded_isAConflict() {
    InMemoryCourses courses = new InMemoryCourses();

    assertThatThrownBy(() -> courses.update(course)).isInstanceOf(ConflictException.class);
  }

  @Test
  void everyVersionedFake_enforcesVersions() {
    InMemoryCourses courses = new InMemoryCourses();
    courses.add(course);
    Course paused = courses.update(course.pause().orElseThrow());
    assertThat(paused.version()).isEqualTo(1);
    assertThatThrownBy(() -> courses.update(course.close(NOW).orElseThrow()))
        .isInstanceOf(ConflictException.class);

    InMemoryCitizens citizens = new InMemoryCitizens();
    Citizen citizen = CitizenFixture.anyCitizenOf(OrganisationFixture.anyMunicipalityId());
    citizens.add(citizen);
    assertThat(citizens.update(citizen).version()).isEqualTo(1);
    assertThatThrownBy(() -> citizens.update(citizen)).isInstanceOf(ConflictException.class);
  }

  @Test
  void claim_ofATakenOrUnknownSlot_isAConflict_andReleaseOpensItAgain() {
    InMemoryFreeSlots slots = new InMemoryFreeSlots();
    FreeSlot slot = AppointmentFixture.openSlot(unit, NOW.plus(Duration.ofDays(1)), NOW);
    slots.add(slot);
    AppointmentId first = AppointmentFixture.anyAppointmentId();

    slots.claim(slot.id(), first);

    assertThat(slots.byId(slot.id()).orElseThrow().takenBy()).isEqualTo(first);
    assertThatThrownBy(() -> slots.claim(slot.id(), AppointmentFixture.anyAppointmentId()))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () ->
                slots.claim(
                    AppointmentFixture.anyFreeSlotId(), AppointmentFixture.anyAppointmentId()))
        .isInstanceOf(ConflictException.class);
    assertThat(slots.withdraw(slot.id())).isFalse();
    assertThat(slots.open(unit, AppointmentFixture.CONVERSATION, NOW, 10)).isEmpty();

    slots.release(slot.id());

    assertThat(slots.open(unit, AppointmentFixture.CONVERSATION, NOW, 10))
        .extracting(FreeSlot::id)
        .containsExactly(slot.id());
    assertThat(slots.withdraw(slot.id())).isTrue();
    assertThat(slots.byId(slot.id())).isEmpty();
  }

  @Test
  void claim_isAtomic_underContention() throws Exception {
    InMemoryFreeSlots slots = new InMemoryFreeSlots();
    FreeSlot slot = AppointmentFixture.openSlot(unit, NOW.plus(Duration.ofDays(1)), NOW);
    slots.add(slot);
    int contenders = 16;
    ExecutorService pool = Executors.newFixedThreadPool(contenders);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<AppointmentId>> attempts = new ArrayList<>();
    try {
      for (int i = 0; i < contenders; i++) {
        attempts.add(
            pool.submit(
                () -> {
                  AppointmentId mine = AppointmentFixture.anyAppointmentId();
                  go.await();
                  slots.claim(slot.id(), mine);
                  return mine;
                }));
      }
      go.countDown();
      List<AppointmentId> winners = new ArrayList<>();
      int conflicts = 0;
      for (Future<AppointmentId> attempt : attempts) {
        try {
          winners.add(attempt.get(10, TimeUnit.SECONDS));
        } catch (java.util.concurrent.ExecutionException e) {
          assertThat(e.getCause()).isInstanceOf(ConflictException.class);
          conflicts++;
        }
      }
      assertThat(winners).hasSize(1);
      assertThat(conflicts).isEqualTo(contenders - 1);
      assertThat(slots.byId(slot.id()).orElseThrow().takenBy()).isEqualTo(winners.get(0));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void citizens_areUniqueByReferenceAndCprPerMunicipality() {
    InMemoryCitizens citizens = new InMemoryCitizens();
    var municipality = OrganisationFixture.anyMunicipalityId();
    Citizen jonas = CitizenFixture.jonasBerg(municipality);
    citizens.add(jonas);

    assertThatThrownBy(() -> citizens.add(CitizenFixture.jonasBerg(municipality)))
        .isInstanceOf(ConflictException.class);
    citizens.add(CitizenFixture.jonasBerg(OrganisationFixture.anyMunicipalityId()));
    assertThat(citizens.byRef(municipality, jonas.ref())).contains(jonas);
  }

  @Test
  void auditLog_answersNewestFirst_andTheOutboxOldestFirst() {
    InMemoryPlanWorld world = InMemoryPlanWorld.create();
    Appointment first = world.bookForJonas("2026-01-12T09:00");
    world.clock().advance(Duration.ofMinutes(5));
    Appointment second = world.bookForJonas("2026-01-13T09:00");

    assertThat(world.audit().about(world.copenhagen().jonas().id(), 1))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.at()).isEqualTo(world.now());
              assertThat(r.actorKind()).isEqualTo(ActorKind.STAFF);
            });
    assertThat(world.audit().about(world.frederiksberg().karen().id(), 10)).isEmpty();
    assertThat(world.audit().refusals(5)).isEmpty();
    assertThat(world.events().all())
        .extracting(e -> e.aggregateId())
        .containsExactly(first.id().value(), second.id().value());
  }
}
