package dk.borgerdialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.event.model.EventListener;
import dk.borgerdialog.event.model.PublishedEvent;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.Centre;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitRole;
import dk.borgerdialog.plan.application.BookAppointmentCommand;
import dk.borgerdialog.plan.application.CancelAppointmentCommand;
import dk.borgerdialog.plan.application.MoveAppointmentCommand;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Events to the host end to end through the SDK: recorded with the use case, relayed by
 * db-scheduler after commit to a listener registered on the builder, on a real database.
 */
abstract class OutboxScenariosContract {
  static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
  static final Duration WAIT = Duration.ofSeconds(20);

  SettableClock clock;
  Borgerdialog dialog;
  Recording listener;
  StaffMember nurse;
  Citizen karen;
  Course course;

  abstract DataSource freshDatabase();

  @BeforeEach
  void setUp() {
    clock = SettableClock.at("2026-10-23T12:00", "Europe/Copenhagen");
    listener = new Recording();
    dialog =
        Borgerdialog.builder()
            .dataSource(freshDatabase())
            .clock(clock)
            .reminderPolling(Duration.ofMillis(100))
            .eventListener(listener)
            .start();
    SetupOperations setup = dialog.setup();
    Municipality fk = setup.createMunicipality("Frederiksberg Kommune");
    Centre centre = setup.createCentre(fk.id(), "Sundhed og Omsorg");
    Unit homeCare =
        setup.createUnit(
            centre.id(), "Hjemmeplejen Nord", "Frederiksberg Sundhed", BookingRules.defaults());
    nurse =
        setup.addStaffMember(
            fk.id(),
            null,
            "Lise Sygeplejerske",
            "Sygeplejerske",
            List.of(new UnitRole(homeCare.id(), StaffRole.NURSE)));
    karen = setup.registerCitizen(fk.id(), ExternalRef.of("nexus", "K-84"), null, "Karen Holm");
    course =
        staff()
            .openCourse(
                karen.id(),
                homeCare.id(),
                setup.addCourseTemplate(fk.id(), "Hjemmepleje", CourseKind.HOME_CARE, null).id());
  }

  @AfterEach
  void tearDown() {
    dialog.close();
  }

  @Test
  void book_move_and_cancel_are_delivered_in_order_each_once_after_commit() throws Exception {
    Appointment monday = visit("2026-10-26T10:00");
    Appointment wednesday =
        staff()
            .move(
                MoveAppointmentCommand.toTime(
                    monday.id(),
                    monday.version(),
                    local("2026-10-28T13:00"),
                    local("2026-10-28T13:30")));
    dialog
        .as(Actor.citizen(karen.id(), AssuranceLevel.SUBSTANTIAL))
        .plan()
        .cancel(
            new CancelAppointmentCommand(
                wednesday.id(),
                wednesday.version(),
                CancellationReason.of(CancellationReasonCode.HOSPITALISED, "Indlagt")));

    await("four events", () -> listener.handled().size() >= 4);
    Thread.sleep(500); // several runs: nothing may come twice
    List<PublishedEvent> events = listener.handled();
    assertThat(events)
        .extracting(PublishedEvent::type, PublishedEvent::aggregateId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("appointment.booked", monday.id().value()),
            org.assertj.core.groups.Tuple.tuple("appointment.moved", monday.id().value()),
            org.assertj.core.groups.Tuple.tuple("appointment.booked", wednesday.id().value()),
            org.assertj.core.groups.Tuple.tuple("appointment.cancelled", wednesday.id().value()));
    assertThat(events).extracting(PublishedEvent::id).doesNotHaveDuplicates();
    assertThat(events).extracting(PublishedEvent::sequence).isSorted();
    assertThat(events.get(1).data()).containsKey("replacementId");
  }

  @Test
  void an_event_of_a_refused_move_is_never_delivered() throws Exception {
    Appointment monday = visit("2026-10-26T10:00");
    await("the booking", () -> listener.handled().size() == 1);

    // a version that does not match: the move is refused and its transaction rolled back
    assertThatThrownBy(
            () ->
                staff()
                    .move(
                        MoveAppointmentCommand.toTime(
                            monday.id(),
                            monday.version() + 1,
                            local("2026-10-28T13:00"),
                            local("2026-10-28T13:30"))))
        .isInstanceOf(ConflictException.class);
    Thread.sleep(500);

    assertThat(listener.handled())
        .extracting(PublishedEvent::type)
        .containsExactly("appointment.booked");
  }

  @Test
  void a_listener_that_throws_once_gets_the_event_again_and_nothing_overtakes_it() {
    listener.failNext(1);
    Appointment monday = visit("2026-10-26T10:00");
    Appointment tuesday = visit("2026-10-27T10:00");

    await("both bookings", () -> listener.handled().size() >= 2);

    assertThat(listener.attempts())
        .extracting(PublishedEvent::aggregateId)
        .containsExactly(monday.id().value(), monday.id().value(), tuesday.id().value());
    assertThat(listener.handled())
        .extracting(PublishedEvent::aggregateId)
        .containsExactly(monday.id().value(), tuesday.id().value());
  }

  PlanOperations staff() {
    return dialog.as(Actor.staff(nurse.id(), AssuranceLevel.SUBSTANTIAL)).plan();
  }

  static Instant local(String text) {
    return LocalDateTime.parse(text).atZone(CPH).toInstant();
  }

  Appointment visit(String localStart) {
    Instant start = local(localStart);
    return staff()
        .book(
            BookAppointmentCommand.at(
                course.id(),
                AppointmentType.of("home_visit"),
                start,
                start.plus(Duration.ofMinutes(30)),
                AppointmentMode.inPerson("Solbjergvej 3, 2000 Frederiksberg"),
                List.of(nurse.id())));
  }

  static void await(String what, BooleanSupplier condition) {
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

  /** Records every event offered and every event handled; can fail the next few. */
  static final class Recording implements EventListener {
    private final List<PublishedEvent> attempts = new ArrayList<>();
    private final List<PublishedEvent> handled = new ArrayList<>();
    private int failuresLeft;

    synchronized void failNext(int times) {
      failuresLeft = times;
    }

    @Override
    public synchronized void on(PublishedEvent event) {
      attempts.add(event);
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new IllegalStateException("the host is down (expected by the test)");
      }
      handled.add(event);
    }

    synchronized List<PublishedEvent> attempts() {
      return List.copyOf(attempts);
    }

    synchronized List<PublishedEvent> handled() {
      return List.copyOf(handled);
    }
  }
}
