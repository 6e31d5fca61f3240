package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.Appointments;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.FreeSlot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqAppointmentsIT {

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

    Contract(Database database) {
      super(database);
    }

    Appointments appointments() {
      return persistence.appointments();
    }

    Course course() {
      return fixture.course(fixture.citizen(), fixture.unit, NOW.minus(Duration.ofDays(7)));
    }

    @Test
    void in_person_with_participants_in_their_order_round_trips() {
      Appointment appointment =
          Fixture.booked(
              course(),
              TOMORROW,
              Duration.ofMinutes(90),
              AppointmentMode.inPerson("Nørrebrogade 10, 2200 København N"),
              List.of(fixture.mentor.id(), fixture.nurse.id()));
      appointments().add(appointment);

      Appointment read = appointments().byId(appointment.id()).orElseThrow();
      assertThat(read).isEqualTo(appointment);
      assertThat(read.participants()).containsExactly(fixture.mentor.id(), fixture.nurse.id());
    }

    @Test
    void add_all_writes_every_appointment_with_its_participants_in_their_order() {
      Course course = course();
      List<Appointment> batch =
          List.of(
              Fixture.booked(
                  course,
                  TOMORROW,
                  Duration.ofMinutes(30),
                  AppointmentMode.inPerson("Nørrebrogade 10, 2200 København N"),
                  List.of(fixture.nurse.id(), fixture.mentor.id())),
              Fixture.booked(
                  course,
                  TOMORROW.plusSeconds(3600),
                  Duration.ofMinutes(15),
                  AppointmentMode.phone(),
                  List.of()),
              Fixture.booked(
                  course(),
                  TOMORROW,
                  Duration.ofHours(1),
                  AppointmentMode.video("https://video.kk.dk/m/123?pwd=x"),
                  List.of(fixture.mentor.id())));

      appointments().addAll(batch);
      appointments().addAll(List.of());

      for (Appointment appointment : batch) {
        assertThat(appointments().byId(appointment.id())).contains(appointment);
      }
    }

    @Test
    void add_all_with_an_existing_id_is_a_conflict_and_adds_none() {
      Appointment existing = fixture.appointment(course(), TOMORROW);
      Appointment fresh =
          Fixture.booked(
              course(), TOMORROW, Duration.ofMinutes(15), AppointmentMode.phone(), List.of());

      assertThatThrownBy(() -> appointments().addAll(List.of(fresh, existing)))
          .isInstanceOf(dk.borgerdialog.common.ConflictException.class);
      assertThat(appointments().byId(fresh.id())).isEmpty();
    }

    @Test
    void by_phone_without_participants_round_trips() {
      Appointment appointment =
          Fixture.booked(
              course(), TOMORROW, Duration.ofMinutes(15), AppointmentMode.phone(), List.of());
      appointments().add(appointment);

      assertThat(appointments().byId(appointment.id())).contains(appointment);
    }

    @Test
    void by_video_round_trips() {
      Appointment appointment =
          Fixture.booked(
              course(),
              TOMORROW,
              Duration.ofHours(1),
              AppointmentMode.video("https://video.kk.dk/m/123?pwd=x"),
              List.of(fixture.nurse.id()));
      appointments().add(appointment);

      assertThat(appointments().byId(appointment.id())).contains(appointment);
    }

    @Test
    void of_citizen_lists_every_status_from_the_given_start_earliest_first() {
      Course course = course();
      Appointment yesterday = fixture.appointment(course, NOW.minus(Duration.ofDays(1)));
      Appointment later = fixture.appointment(course, TOMORROW.plus(Duration.ofDays(1)));
      Appointment tomorrow = fixture.appointment(course, TOMORROW);
      Appointment cancelled =
          appointments()
              .update(
                  tomorrow
                      .cancel(
                          ActorKind.CITIZEN,
                          CancellationReason.of(CancellationReasonCode.ILLNESS),
                          BookingRules.defaults(),
                          fixture.citizen().zone(),
                          NOW)
                      .orElseThrow());
      fixture.appointment(course(), TOMORROW);

      assertThat(appointments().ofCitizen(course.citizen(), NOW, 10))
          .containsExactly(cancelled, later);
      assertThat(appointments().ofCitizen(course.citizen(), NOW.minus(Duration.ofDays(2)), 2))
          .containsExactly(yesterday, cancelled);
    }

    @Test
    void unknown_id_is_empty() {
      assertThat(appointments().byId(AppointmentId.random())).isEmpty();
    }

    @Test
    void cancelling_stores_reason_text_and_who_and_increments_the_version() {
      Appointment booked = fixture.appointment(course(), TOMORROW);
      Appointment cancelled =
          booked
              .cancel(
                  ActorKind.CITIZEN,
                  CancellationReason.of(CancellationReasonCode.OTHER, "Min hund er syg"),
                  BookingRules.defaults(),
                  fixture.citizen().zone(),
                  NOW)
              .orElseThrow();

      Appointment updated = appointments().update(cancelled);

      assertThat(updated.version()).isEqualTo(1);
      assertThat(appointments().byId(booked.id())).contains(updated);
      assertThat(updated.cancellation().text()).isEqualTo("Min hund er syg");
      assertThat(updated.cancelledBy()).isEqualTo(ActorKind.CITIZEN);
    }

    @Test
    void a_cancellation_without_text_round_trips() {
      Appointment booked = fixture.appointment(course(), TOMORROW);
      Appointment cancelled =
          booked
              .cancel(
                  ActorKind.STAFF,
                  CancellationReason.of(CancellationReasonCode.UNIT_CANCELLED),
                  BookingRules.defaults(),
                  fixture.citizen().zone(),
                  NOW)
              .orElseThrow();

      Appointment updated = appointments().update(cancelled);

      assertThat(appointments().byId(booked.id())).contains(updated);
      assertThat(updated.cancellation())
          .isEqualTo(CancellationReason.of(CancellationReasonCode.UNIT_CANCELLED));
    }

    @Test
    void a_move_into_a_slot_stores_both_directions_and_the_new_participants() {
      Appointment booked = fixture.appointment(course(), TOMORROW);
      FreeSlot slot = fixture.slot(fixture.unit, Fixture.CONVERSATION, TOMORROW.plusSeconds(7200));
      Appointment.Moved moved =
          booked
              .moveTo(
                  ActorKind.STAFF,
                  slot.start(),
                  slot.end(),
                  slot.mode(),
                  List.of(fixture.mentor.id()),
                  slot.id(),
                  BookingRules.defaults(),
                  fixture.citizen().zone(),
                  NOW)
              .orElseThrow();

      Appointment old = appointments().update(moved.moved());
      appointments().add(moved.replacement());

      assertThat(appointments().byId(booked.id())).contains(old);
      assertThat(old.replacedBy()).isEqualTo(moved.replacement().id());
      Appointment replacement = appointments().byId(moved.replacement().id()).orElseThrow();
      assertThat(replacement).isEqualTo(moved.replacement());
      assertThat(replacement.replaces()).isEqualTo(booked.id());
      assertThat(replacement.slot()).isEqualTo(slot.id());
      assertThat(replacement.participants()).containsExactly(fixture.mentor.id());
    }

    @Test
    void attendance_marks_round_trip() {
      Appointment booked = fixture.appointment(course(), NOW.minus(Duration.ofHours(2)));

      Appointment attended = appointments().update(booked.markAttended(NOW).orElseThrow());
      Appointment noShow = appointments().update(attended.markNoShow(NOW).orElseThrow());

      assertThat(noShow.version()).isEqualTo(2);
      assertThat(appointments().byId(booked.id())).contains(noShow);
    }

    @Test
    void update_replaces_the_participants() {
      Appointment booked = fixture.appointment(course(), TOMORROW);
      Appointment changed =
          new Appointment(
              booked.id(),
              booked.course(),
              booked.citizen(),
              booked.unit(),
              booked.type(),
              booked.start(),
              booked.end(),
              AppointmentMode.phone(),
              List.of(fixture.mentor.id(), fixture.nurse.id()),
              booked.status(),
              null,
              null,
              null,
              null,
              null,
              booked.bookedAt(),
              NOW,
              booked.version());

      Appointment updated = appointments().update(changed);

      assertThat(appointments().byId(booked.id())).contains(updated);
      assertThat(updated.participants()).containsExactly(fixture.mentor.id(), fixture.nurse.id());
    }

    @Test
    void update_with_a_stale_version_is_a_conflict_and_changes_nothing() {
      Appointment booked = fixture.appointment(course(), TOMORROW);
      Appointment attended =
          appointments().update(booked.markNoShow(TOMORROW.plusSeconds(60)).orElseThrow());

      assertThatThrownBy(
              () ->
                  appointments()
                      .update(booked.markAttended(TOMORROW.plusSeconds(60)).orElseThrow()))
          .isInstanceOf(ConflictException.class)
          .hasMessageContaining(booked.id().toString());
      assertThat(appointments().byId(booked.id())).contains(attended);
    }

    @Test
    void of_two_concurrent_updates_from_the_same_version_the_second_is_a_conflict()
        throws Exception {
      Appointment booked = fixture.appointment(course(), NOW.minus(Duration.ofHours(2)));
      CountDownLatch firstUpdated = new CountDownLatch(1);

      CompletableFuture<Appointment> first =
          CompletableFuture.supplyAsync(
              () ->
                  persistence
                      .transactions()
                      .inTransaction(
                          () -> {
                            Appointment attended =
                                appointments().update(booked.markAttended(NOW).orElseThrow());
                            firstUpdated.countDown();
                            // keep the row locked while the second update waits for it
                            sleep(Duration.ofMillis(300));
                            return attended;
                          }));
      assertThat(firstUpdated.await(30, TimeUnit.SECONDS)).isTrue();
      Throwable second =
          catchThrowable(
              () ->
                  persistence
                      .transactions()
                      .inTransaction(
                          () -> appointments().update(booked.markNoShow(NOW).orElseThrow())));

      assertThat(second).isInstanceOf(ConflictException.class);
      assertThat(appointments().byId(booked.id())).contains(first.get(30, TimeUnit.SECONDS));
    }

    @Test
    void update_of_an_unknown_appointment_is_no_such_entity() {
      Appointment never =
          Fixture.booked(
              course(), TOMORROW, Duration.ofHours(1), AppointmentMode.phone(), List.of());

      assertThatThrownBy(() -> appointments().update(never))
          .isInstanceOf(NoSuchEntityException.class);
      assertThat(appointments().byId(never.id())).isEmpty();
    }

    @Test
    void the_same_id_twice_is_a_conflict_that_keeps_the_first() {
      Appointment booked = fixture.appointment(course(), TOMORROW);
      Appointment again =
          new Appointment(
              booked.id(),
              booked.course(),
              booked.citizen(),
              booked.unit(),
              booked.type(),
              booked.start(),
              booked.end(),
              booked.mode(),
              List.of(fixture.mentor.id()),
              booked.status(),
              null,
              null,
              null,
              null,
              null,
              booked.bookedAt(),
              booked.changedAt(),
              0);

      assertThatThrownBy(() -> appointments().add(again)).isInstanceOf(ConflictException.class);
      assertThat(appointments().byId(booked.id())).contains(booked);
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
