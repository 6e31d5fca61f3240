package dk.borgerdialog.plan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.Decision;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.UnableToChangeException;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.testfixtures.AppointmentFixture;
import dk.borgerdialog.testfixtures.CitizenFixture;
import dk.borgerdialog.testfixtures.CourseFixture;
import dk.borgerdialog.testfixtures.OrganisationFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The aggregate's rules, as decisions, without any use case around them. */
class AppointmentTest {
  private static final ZoneId ZONE = CitizenFixture.COPENHAGEN_ZONE;
  private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
  private static final Instant START = Instant.parse("2026-01-12T08:00:00Z");
  private static final BookingRules RULES = BookingRules.defaults();
  private static final CancellationReason ILL =
      CancellationReason.of(CancellationReasonCode.ILLNESS);

  private final CitizenId citizen = CitizenFixture.anyCitizenId();
  private final UnitId unit = OrganisationFixture.anyUnitId();
  private final Course course =
      CourseFixture.activeCourse(citizen, unit, CourseFixture.anyCourseTemplateId(), NOW);
  private final StaffMemberId staff = OrganisationFixture.anyStaffMemberId();
  private final Appointment booked =
      AppointmentFixture.bookedAppointment(course, START, NOW, staff);

  private static String rule(Decision<?> decision) {
    assertThat(decision).isInstanceOf(Decision.Refused.class);
    return ((Decision.Refused<?>) decision).rule();
  }

  @Test
  void book_inAnInactiveCourse_isARefusal() {
    Course paused =
        CourseFixture.pausedCourse(citizen, unit, CourseFixture.anyCourseTemplateId(), NOW);

    Decision<Appointment> decision =
        Appointment.book(
            paused,
            AppointmentFixture.CONVERSATION,
            START,
            START.plusSeconds(3600),
            AppointmentFixture.AT_THE_CENTRE,
            List.of(),
            null,
            NOW);

    assertThat(rule(decision)).isEqualTo("course.not-active");
    assertThatThrownBy(decision::orElseThrow)
        .isInstanceOfSatisfying(
            UnableToChangeException.class,
            e -> assertThat(e.rule()).isEqualTo("course.not-active"));
  }

  @Test
  void book_takesTheCoursesCitizenAndUnit_andDropsDuplicateParticipants() {
    Appointment a = AppointmentFixture.bookedAppointment(course, START, NOW, staff, staff);

    assertThat(a.citizen()).isEqualTo(citizen);
    assertThat(a.unit()).isEqualTo(unit);
    assertThat(a.participants()).containsExactly(staff);
    assertThat(a.status()).isEqualTo(AppointmentStatus.BOOKED);
  }

  @Test
  void tooManyParticipants_isInvalidInput() {
    StaffMemberId[] many = new StaffMemberId[Appointment.MAX_PARTICIPANTS + 1];
    for (int i = 0; i < many.length; i++) {
      many[i] = StaffMemberId.random();
    }
    assertThatThrownBy(() -> AppointmentFixture.bookedAppointment(course, START, NOW, many))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("participants"));
  }

  @Test
  void cancel_byCitizenAfterTheDeadline_isARefusal_byStaffItIsNot() {
    Instant late = START.minus(Duration.ofHours(2));

    assertThat(rule(booked.cancel(ActorKind.CITIZEN, ILL, RULES, ZONE, late)))
        .isEqualTo("appointment.deadline-passed");
    assertThat(booked.cancel(ActorKind.STAFF, ILL, RULES, ZONE, late).orElseThrow().status())
        .isEqualTo(AppointmentStatus.CANCELLED);
    assertThat(booked.cancel(ActorKind.SYSTEM, ILL, RULES, ZONE, late).orElseThrow().cancelledBy())
        .isEqualTo(ActorKind.SYSTEM);
  }

  @Test
  void cancel_keepsTheVersion_forTheRepositoryToCheck() {
    Appointment cancelled = booked.cancel(ActorKind.CITIZEN, ILL, RULES, ZONE, NOW).orElseThrow();

    assertThat(cancelled.version()).isEqualTo(booked.version());
    assertThat(cancelled.changedAt()).isEqualTo(NOW);
    assertThat(cancelled.bookedAt()).isEqualTo(booked.bookedAt());
  }

  @Test
  void moveTo_marksTheOldMovedAndBooksAReplacement() {
    Instant newStart = START.plus(Duration.ofDays(2));

    Appointment.Moved moved =
        booked
            .moveTo(
                ActorKind.CITIZEN,
                newStart,
                newStart.plusSeconds(3600),
                AppointmentMode.phone(),
                List.of(staff),
                FreeSlotId.random(),
                RULES,
                ZONE,
                NOW)
            .orElseThrow();

    assertThat(moved.moved().status()).isEqualTo(AppointmentStatus.MOVED);
    assertThat(moved.moved().replacedBy()).isEqualTo(moved.replacement().id());
    assertThat(moved.replacement().replaces()).isEqualTo(booked.id());
    assertThat(moved.replacement().version()).isZero();
    assertThat(moved.replacement().bookedAt()).isEqualTo(NOW);
  }

  @Test
  void moveTo_whereTheUnitDoesNotOfferIt_isARefusalForCitizensOnly() {
    BookingRules noMoves = OrganisationFixture.citizensMayNotMove();
    Instant newStart = START.plus(Duration.ofDays(2));

    assertThat(
            rule(
                booked.moveTo(
                    ActorKind.CITIZEN,
                    newStart,
                    newStart.plusSeconds(3600),
                    AppointmentMode.phone(),
                    List.of(),
                    null,
                    noMoves,
                    ZONE,
                    NOW)))
        .isEqualTo("appointment.change-not-offered");
    assertThat(
            booked
                .moveTo(
                    ActorKind.STAFF,
                    newStart,
                    newStart.plusSeconds(3600),
                    AppointmentMode.phone(),
                    List.of(),
                    null,
                    noMoves,
                    ZONE,
                    NOW)
                .orElseThrow()
                .replacement()
                .start())
        .isEqualTo(newStart);
  }

  @Test
  void marks_onlyOnceStarted_andOnlyWhenBookedOrMarked() {
    assertThat(rule(booked.markAttended(START.minusNanos(1)))).isEqualTo("appointment.not-started");
    Appointment noShow = booked.markNoShow(START).orElseThrow();
    assertThat(noShow.status()).isEqualTo(AppointmentStatus.NO_SHOW);
    assertThat(noShow.markAttended(START.plusSeconds(60)).orElseThrow().status())
        .isEqualTo(AppointmentStatus.ATTENDED);

    Appointment cancelled = booked.cancel(ActorKind.STAFF, ILL, RULES, ZONE, NOW).orElseThrow();
    assertThat(rule(cancelled.markAttended(START))).isEqualTo("appointment.not-booked");
  }

  @Test
  void noChange_toAnAttendedAppointment() {
    Appointment attended = booked.markAttended(START).orElseThrow();

    assertThat(rule(attended.cancel(ActorKind.STAFF, ILL, RULES, ZONE, NOW)))
        .isEqualTo("appointment.not-booked");
  }

  @Test
  void theRecord_keepsItsInvariants() {
    assertThatThrownBy(
            () ->
                new Appointment(
                    booked.id(),
                    booked.course(),
                    booked.citizen(),
                    booked.unit(),
                    booked.type(),
                    booked.start(),
                    booked.end(),
                    booked.mode(),
                    booked.participants(),
                    AppointmentStatus.CANCELLED,
                    null,
                    null,
                    null,
                    null,
                    null,
                    NOW,
                    NOW,
                    0))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("cancellation"));
    assertThatThrownBy(
            () ->
                new Appointment(
                    booked.id(),
                    booked.course(),
                    booked.citizen(),
                    booked.unit(),
                    booked.type(),
                    booked.start(),
                    booked.end(),
                    booked.mode(),
                    booked.participants(),
                    AppointmentStatus.MOVED,
                    null,
                    null,
                    null,
                    null,
                    null,
                    NOW,
                    NOW,
                    0))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("replacedBy"));
  }

  @Test
  void freeSlot_isOfferedOnlyForItsUnitAndType_whileOpenAndAhead() {
    FreeSlot slot = AppointmentFixture.openSlot(unit, START.plus(Duration.ofDays(1)), NOW);
    FreeSlot elsewhere =
        AppointmentFixture.openSlot(
            OrganisationFixture.anyUnitId(), START.plus(Duration.ofDays(1)), NOW);
    FreeSlot homeVisit =
        AppointmentFixture.openSlot(
            unit, AppointmentFixture.HOME_VISIT, null, START.plus(Duration.ofDays(1)), NOW);

    assertThat(slot.offeredFor(booked, NOW).orElseThrow()).isEqualTo(slot);
    assertThat(rule(elsewhere.offeredFor(booked, NOW))).isEqualTo("slot.not-offered");
    assertThat(rule(homeVisit.offeredFor(booked, NOW))).isEqualTo("slot.not-offered");
    assertThat(rule(slot.offeredFor(booked, slot.start()))).isEqualTo("slot.past");
  }
}
