package dk.borgerdialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.insight.model.UnitInsights;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.Centre;
import dk.borgerdialog.organisation.model.ChangeDeadline;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitRole;
import dk.borgerdialog.persistence.JooqPersistence;
import dk.borgerdialog.plan.application.BookAppointmentCommand;
import dk.borgerdialog.plan.application.CancelAppointmentCommand;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.reminder.model.Reminder;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import dk.borgerdialog.reminder.model.ReminderStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A week of a treatment unit through the SDK: bookings, a cancellation and its rebooking, a
 * reminder delivered by the scheduler, attendance marked after the clock moved, and the figures and
 * unmarked list staff read, on a real database.
 */
abstract class InsightScenariosContract {
  static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
  static final AppointmentType CONVERSATION = AppointmentType.of("conversation");
  static final Duration WAIT = Duration.ofSeconds(20);

  SettableClock clock;
  Borgerdialog dialog;
  JooqPersistence store;
  Unit treatment;
  StaffMember caseworker;
  StaffMember housingAdvisor;
  Citizen jonas;
  Course jonasCourse;
  Course otherCourse;

  abstract DataSource freshDatabase();

  @BeforeEach
  void setUp() {
    // Sunday 22 November 2026, 20:00 in Copenhagen
    clock = SettableClock.at("2026-11-22T20:00", "Europe/Copenhagen");
    DataSource dataSource = freshDatabase();
    dialog =
        Borgerdialog.builder()
            .dataSource(dataSource)
            .clock(clock)
            .reminderPolling(Duration.ofMillis(100))
            .start();
    store = JooqPersistence.create(dataSource);

    SetupOperations setup = dialog.setup();
    Municipality kk = setup.createMunicipality("Københavns Kommune");
    Centre centre = setup.createCentre(kk.id(), "Borgercenter Voksne");
    treatment =
        setup.createUnit(
            centre.id(),
            "Ambulant rusmiddelbehandling",
            "Borgercenter Nord",
            new BookingRules(ChangeDeadline.hoursBefore(12), true, true));
    Unit housing =
        setup.createUnit(
            centre.id(), "Bostøtte Nord", "Borgercenter Nord", BookingRules.defaults());
    caseworker =
        setup.addStaffMember(
            kk.id(),
            null,
            "Mette Sørensen",
            "Centerleder",
            List.of(new UnitRole(treatment.id(), StaffRole.CASEWORKER)));
    housingAdvisor =
        setup.addStaffMember(
            kk.id(),
            null,
            "Ali Hassan",
            "Boligrådgiver",
            List.of(new UnitRole(housing.id(), StaffRole.HOUSING_ADVISOR)));
    jonas = setup.registerCitizen(kk.id(), ExternalRef.of("sensum", "J-1"), null, "Jonas Berg");
    Citizen other =
        setup.registerCitizen(kk.id(), ExternalRef.of("sensum", "O-2"), null, "Other Citizen");
    var template = setup.addCourseTemplate(kk.id(), "Samtaleforløb", CourseKind.TREATMENT, null);
    jonasCourse = staff().openCourse(jonas.id(), treatment.id(), template.id());
    otherCourse = staff().openCourse(other.id(), treatment.id(), template.id());
    dialog
        .as(Actor.system("policy"))
        .reminders()
        .setReminderPolicy(treatment.id(), ReminderPolicy.hoursBefore(24));
  }

  @AfterEach
  void tearDown() {
    dialog.close();
  }

  Session asCaseworker() {
    return dialog.as(Actor.staff(caseworker.id(), AssuranceLevel.SUBSTANTIAL));
  }

  PlanOperations staff() {
    return asCaseworker().plan();
  }

  static Instant local(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(CPH).toInstant();
  }

  Appointment bookFor(Course course, String localStart) {
    Instant start = local(localStart);
    return staff()
        .book(
            BookAppointmentCommand.at(
                course.id(),
                CONVERSATION,
                start,
                start.plus(Duration.ofHours(1)),
                AppointmentMode.phone(),
                List.of(caseworker.id())));
  }

  List<Reminder> reminders(Appointment appointment) {
    return store.reminders().of(appointment.id());
  }

  static void await(String what, java.util.function.BooleanSupplier condition) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  @Test
  void staff_see_the_weeks_figures_and_what_is_left_to_mark() {
    Appointment reminded = bookFor(jonasCourse, "2026-11-24T09:00");
    Appointment cancelled = bookFor(jonasCourse, "2026-11-25T09:00");
    bookFor(otherCourse, "2026-11-25T13:00"); // still ahead at the end
    clock.set(local("2026-11-22T20:05"));
    dialog
        .as(Actor.citizen(jonas.id(), AssuranceLevel.SUBSTANTIAL))
        .plan()
        .cancel(
            new CancelAppointmentCommand(
                cancelled.id(),
                cancelled.version(),
                CancellationReason.of(CancellationReasonCode.ILLNESS)));
    clock.set(local("2026-11-22T20:10"));
    bookFor(jonasCourse, "2026-11-26T09:00"); // the rebooking

    // Monday 09:00: the 24-hour reminder of Tuesday 09:00 goes out in the app
    clock.set(local("2026-11-23T09:00"));
    await("the reminder is sent", () -> reminders(reminded).get(0).status() == ReminderStatus.SENT);
    // booked less than 24 hours ahead: no reminder
    Appointment unreminded = bookFor(otherCourse, "2026-11-24T08:00");
    Appointment unmarked = bookFor(otherCourse, "2026-11-24T09:30");
    assertThat(reminders(unreminded)).isEmpty();

    clock.set(local("2026-11-24T12:00"));
    assertThat(asCaseworker().insights().unmarkedAppointments(treatment.id()))
        .extracting(Appointment::id)
        .containsExactly(unreminded.id(), reminded.id(), unmarked.id());
    staff().markAttended(reminded.id(), reminded.version());
    staff().markNoShow(unreminded.id(), unreminded.version());

    UnitInsights week =
        asCaseworker()
            .insights()
            .insights(treatment.id(), local("2026-11-23T00:00"), local("2026-11-30T00:00"));

    assertThat(week.appointments()).isEqualTo(6);
    assertThat(week.attended()).isEqualTo(1);
    assertThat(week.noShows()).isEqualTo(1);
    assertThat(week.noShowRate()).isEqualTo(0.5);
    assertThat(week.cancellations()).isEqualTo(1);
    assertThat(week.cancellationsByReason()).containsEntry(CancellationReasonCode.ILLNESS, 1L);
    assertThat(week.rebooked()).isEqualTo(1);
    assertThat(week.markedWithReminder()).isEqualTo(1);
    assertThat(week.noShowRateWithReminder()).isEqualTo(0.0);
    assertThat(week.markedWithoutReminder()).isEqualTo(1);
    assertThat(week.noShowRateWithoutReminder()).isEqualTo(1.0);
    assertThat(week.noShowRateByReminderOffset()).containsExactly(entry(Duration.ofHours(24), 0.0));
    assertThat(asCaseworker().insights().unmarkedAppointments(treatment.id()))
        .extracting(Appointment::id)
        .containsExactly(unmarked.id());
  }

  @Test
  void citizens_and_staff_of_other_units_are_refused_and_a_long_period_is_invalid() {
    Instant from = local("2026-01-01T00:00");
    Instant to = local("2026-02-01T00:00");
    InsightOperations asJonas =
        dialog.as(Actor.citizen(jonas.id(), AssuranceLevel.SUBSTANTIAL)).insights();
    InsightOperations asHousing =
        dialog.as(Actor.staff(housingAdvisor.id(), AssuranceLevel.SUBSTANTIAL)).insights();

    assertThatThrownBy(() -> asJonas.insights(treatment.id(), from, to))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> asJonas.unmarkedAppointments(treatment.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> asHousing.insights(treatment.id(), from, to))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(dialog.as(Actor.system("reports")).insights().insights(treatment.id(), from, to))
        .extracting(UnitInsights::appointments)
        .isEqualTo(0L);
    assertThatThrownBy(
            () ->
                asCaseworker()
                    .insights()
                    .insights(treatment.id(), from, from.plus(Duration.ofDays(367))))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("to"));
  }
}
