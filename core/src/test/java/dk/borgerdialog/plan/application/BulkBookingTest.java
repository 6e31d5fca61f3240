package dk.borgerdialog.plan.application;

import static dk.borgerdialog.testfixtures.AppointmentFixture.AT_THE_CENTRE;
import static dk.borgerdialog.testfixtures.AppointmentFixture.CONVERSATION;
import static dk.borgerdialog.testfixtures.InMemoryPlanWorld.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.access.AuditRecord;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.UnableToChangeException;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentBooked;
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.plan.model.CourseState;
import dk.borgerdialog.plan.model.FreeSlot;
import dk.borgerdialog.reminder.model.Reminder;
import dk.borgerdialog.testfixtures.InMemoryPlanWorld;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkBookingTest {
  private final InMemoryPlanWorld world = InMemoryPlanWorld.create();
  private final InMemoryPlanWorld.Copenhagen cph = world.copenhagen();

  private static BookAppointmentCommand at(
      CourseId course, Instant start, List<StaffMemberId> participants) {
    return BookAppointmentCommand.at(
        course, CONVERSATION, start, start.plus(Duration.ofHours(1)), AT_THE_CENTRE, participants);
  }

  /** A week of daily meetings at 09:00 for Jonas and for another citizen of the same unit. */
  private List<BookAppointmentCommand> week(InMemoryPlanWorld world, Course other) {
    InMemoryPlanWorld.Copenhagen cph = world.copenhagen();
    List<BookAppointmentCommand> bookings = new ArrayList<>();
    for (int day = 12; day <= 16; day++) {
      Instant start = local("2026-01-" + day + "T09:00");
      bookings.add(at(cph.treatmentCourse().id(), start, List.of(cph.caseworker().id())));
      bookings.add(at(other.id(), start.plusSeconds(3600), List.of(cph.caseworker().id())));
    }
    return bookings;
  }

  @Test
  void bookAll_booksEveryAppointmentWithEventsRemindersAndOneAuditRecordPerCourse() {
    Course other = world.anotherCitizenInTreatment("Mads Lund").course();
    List<BookAppointmentCommand> bookings = week(world, other);

    List<Appointment> booked = world.bookingAppointments().bookAll(world.asCaseworker(), bookings);

    assertThat(booked).hasSize(10);
    for (int i = 0; i < booked.size(); i++) {
      Appointment appointment = booked.get(i);
      assertThat(world.reload(appointment)).isEqualTo(appointment);
      assertThat(appointment.course()).isEqualTo(bookings.get(i).course());
      assertThat(appointment.start()).isEqualTo(bookings.get(i).start());
      assertThat(appointment.status()).isEqualTo(AppointmentStatus.BOOKED);
      assertThat(appointment.participants()).containsExactly(cph.caseworker().id());
      assertThat(world.events().typesFor(appointment.id().value()))
          .containsExactly("appointment.booked");
    }
    assertThat(world.events().all(AppointmentBooked.class)).hasSize(10);
    assertThat(world.audit().all())
        .extracting(AuditRecord::entityId)
        .containsExactlyInAnyOrder(cph.treatmentCourse().id().value(), other.id().value());
    assertThat(world.audit().all())
        .allSatisfy(
            r -> {
              assertThat(r.allowed()).isTrue();
              assertThat(r.operation()).isEqualTo(Operation.BOOK_APPOINTMENT);
            });
    assertThat(world.transactions().started()).isEqualTo(1);
  }

  @Test
  void bookAll_plansTheSameRemindersAsBookingOneByOne() {
    Course other = world.anotherCitizenInTreatment("Mads Lund").course();
    world.bookingAppointments().bookAll(world.asCaseworker(), week(world, other));

    InMemoryPlanWorld single = InMemoryPlanWorld.create();
    Course singleOther = single.anotherCitizenInTreatment("Mads Lund").course();
    for (BookAppointmentCommand command : week(single, singleOther)) {
      single.bookingAppointments().book(single.asCaseworker(), command);
    }

    assertThat(world.reminders().all()).isNotEmpty();
    assertThat(dueTimes(world.reminders().all())).isEqualTo(dueTimes(single.reminders().all()));
    assertThat(world.reminderScheduler().scheduled()).hasSameSizeAs(world.reminders().all());
  }

  private static List<String> dueTimes(List<Reminder> reminders) {
    return reminders.stream()
        .map(r -> r.appointmentStart() + " " + r.offset() + " " + r.dueAt())
        .sorted()
        .toList();
  }

  @Test
  void bookAll_moreThanTheMost_isInvalidInputNamingBookings() {
    BookAppointmentCommand one =
        at(cph.treatmentCourse().id(), local("2026-01-12T09:00"), List.of());
    List<BookAppointmentCommand> tooMany =
        Collections.nCopies(BookingAppointments.MAX_BULK + 1, one);

    assertThatThrownBy(() -> world.bookingAppointments().bookAll(world.asCaseworker(), tooMany))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("bookings"));
    assertThat(world.snapshot().appointments()).isEmpty();
    assertThat(world.transactions().started()).isZero();
  }

  @Test
  void bookAll_theMost_isAllowed() {
    List<BookAppointmentCommand> most = new ArrayList<>();
    for (int i = 0; i < BookingAppointments.MAX_BULK; i++) {
      most.add(
          at(
              cph.treatmentCourse().id(),
              local("2026-01-12T09:00").plus(Duration.ofHours(i)),
              List.of()));
    }

    assertThat(world.bookingAppointments().bookAll(world.asCaseworker(), most))
        .hasSize(BookingAppointments.MAX_BULK);
  }

  @Test
  void bookAll_none_isInvalidInputNamingBookings() {
    assertThatThrownBy(() -> world.bookingAppointments().bookAll(world.asCaseworker(), List.of()))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("bookings"));
  }

  @Test
  void bookAll_aNullBooking_isInvalidInputNamingItsIndex() {
    List<BookAppointmentCommand> bookings =
        Arrays.asList(at(cph.treatmentCourse().id(), local("2026-01-12T09:00"), List.of()), null);

    assertThatThrownBy(() -> world.bookingAppointments().bookAll(world.asCaseworker(), bookings))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("bookings[1]"));
    assertThat(world.snapshot().appointments()).isEmpty();
  }

  @Test
  void bookAll_aFreeSlot_isInvalidInputNamingItsSlot() {
    FreeSlot slot = world.offerTreatmentSlot("2026-01-13T10:00");
    InMemoryPlanWorld.Snapshot before = world.snapshot();
    List<BookAppointmentCommand> bookings =
        List.of(
            at(cph.treatmentCourse().id(), local("2026-01-12T09:00"), List.of()),
            BookAppointmentCommand.intoSlot(cph.treatmentCourse().id(), CONVERSATION, slot.id()));

    assertThatThrownBy(() -> world.bookingAppointments().bookAll(world.asCaseworker(), bookings))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("bookings[1].slot"));
    assertThat(world.snapshot()).isEqualTo(before);
  }

  @Test
  void bookAll_oneStartInThePast_isInvalidInputNamingItsIndexAndNothingIsWritten() {
    List<BookAppointmentCommand> bookings =
        List.of(
            at(cph.treatmentCourse().id(), local("2026-01-12T09:00"), List.of()),
            at(cph.treatmentCourse().id(), local("2026-01-13T09:00"), List.of()),
            at(cph.treatmentCourse().id(), local("2026-01-05T09:00"), List.of()));
    InMemoryPlanWorld.Snapshot before = world.snapshot();

    assertThatThrownBy(() -> world.bookingAppointments().bookAll(world.asCaseworker(), bookings))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("bookings[2].start");
              assertThat(e.rule()).isEqualTo("must be in the future");
            });
    assertThat(world.snapshot()).isEqualTo(before);
    assertThat(world.reminders().all()).isEmpty();
    assertThat(world.reminderScheduler().scheduled()).isEmpty();
  }

  @Test
  void bookAll_aParticipantFromAnotherUnit_isInvalidInputNamingItsIndexAndNothingIsWritten() {
    List<BookAppointmentCommand> bookings =
        List.of(
            at(
                cph.treatmentCourse().id(),
                local("2026-01-12T09:00"),
                List.of(cph.caseworker().id())),
            at(
                cph.treatmentCourse().id(),
                local("2026-01-13T09:00"),
                List.of(cph.caseworker().id(), cph.housingAdvisor().id())));
    InMemoryPlanWorld.Snapshot before = world.snapshot();

    assertThatThrownBy(() -> world.bookingAppointments().bookAll(world.asCaseworker(), bookings))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("bookings[1].participants"));
    assertThat(world.snapshot()).isEqualTo(before);
  }

  @Test
  void bookAll_anUnknownCourse_isNoSuchEntityAndNothingIsWritten() {
    List<BookAppointmentCommand> bookings =
        List.of(
            at(cph.treatmentCourse().id(), local("2026-01-12T09:00"), List.of()),
            at(CourseId.random(), local("2026-01-13T09:00"), List.of()));
    InMemoryPlanWorld.Snapshot before = world.snapshot();

    assertThatThrownBy(() -> world.bookingAppointments().bookAll(world.asCaseworker(), bookings))
        .isInstanceOfSatisfying(
            NoSuchEntityException.class, e -> assertThat(e.entity()).isEqualTo("course"));
    assertThat(world.snapshot()).isEqualTo(before);
  }

  @Test
  void bookAll_aPausedCourse_isRefusedNamingTheBookingAndNothingIsWritten() {
    Course other = world.anotherCitizenInTreatment("Mads Lund").course();
    world.managingCourses().changeState(world.asCaseworker(), other.id(), 0, CourseState.PAUSED);
    InMemoryPlanWorld.Snapshot before = world.snapshot();

    assertThatThrownBy(
            () -> world.bookingAppointments().bookAll(world.asCaseworker(), week(world, other)))
        .isInstanceOfSatisfying(
            UnableToChangeException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("course.not-active");
              assertThat(e.getMessage()).startsWith("bookings[1]: ");
            });
    assertThat(world.snapshot()).isEqualTo(before);
    assertThat(world.reminders().all()).isEmpty();
  }

  @Test
  void bookAll_aCourseOfAnotherUnit_isRefusedAuditedAndNothingIsWritten() {
    List<BookAppointmentCommand> bookings =
        List.of(
            at(cph.treatmentCourse().id(), local("2026-01-12T09:00"), List.of()),
            at(cph.housingCourse().id(), local("2026-01-13T09:00"), List.of()));
    InMemoryPlanWorld.Snapshot before = world.snapshot();

    assertThatThrownBy(() -> world.bookingAppointments().bookAll(world.asCaseworker(), bookings))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(world.snapshot().appointments()).isEqualTo(before.appointments());
    assertThat(world.snapshot().events()).isEqualTo(before.events());
    assertThat(world.reminders().all()).isEmpty();
    assertThat(world.audit().all())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.allowed()).isFalse();
              assertThat(r.operation()).isEqualTo(Operation.BOOK_APPOINTMENT);
              assertThat(r.entityId()).isEqualTo(cph.housingCourse().id().value());
            });
  }
}
