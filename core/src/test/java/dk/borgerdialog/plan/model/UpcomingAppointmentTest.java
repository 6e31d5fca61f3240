package dk.borgerdialog.plan.model;

import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.ChangeDeadline;
import dk.borgerdialog.testfixtures.AppointmentFixture;
import dk.borgerdialog.testfixtures.CitizenFixture;
import dk.borgerdialog.testfixtures.CourseFixture;
import dk.borgerdialog.testfixtures.OrganisationFixture;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the overview tells the citizen agrees with what the aggregate will then decide. */
class UpcomingAppointmentTest {
  private static final ZoneId ZONE = CitizenFixture.COPENHAGEN_ZONE;
  private static final Instant NOW = Instant.parse("2026-03-20T09:00:00Z");
  private static final Instant START = Instant.parse("2026-03-30T07:00:00Z");

  private final Course course =
      CourseFixture.activeCourse(
          CitizenFixture.anyCitizenId(),
          OrganisationFixture.anyUnitId(),
          CourseFixture.anyCourseTemplateId(),
          NOW);
  private final Appointment booked = AppointmentFixture.bookedAppointment(course, START, NOW);

  @ParameterizedTest(name = "deadline {0} h")
  @ValueSource(longs = {0, 2, 12, 24, 48})
  void mayCancelAndMayMove_answerAsTheAggregateDecides_aroundTheDeadline(long hours) {
    BookingRules rules = new BookingRules(ChangeDeadline.hoursBefore(hours), true, true);
    UpcomingAppointment upcoming =
        new UpcomingAppointment(booked, "Borgercenter Nord", rules, List.of());
    Instant deadline = upcoming.changeDeadline(ZONE);

    for (Instant now :
        List.of(
            deadline.minusSeconds(1),
            deadline,
            deadline.plusNanos(1),
            START,
            START.plusSeconds(1))) {
      boolean accepted =
          booked.cancel(
                  ActorKind.CITIZEN,
                  CancellationReason.of(CancellationReasonCode.ILLNESS),
                  rules,
                  ZONE,
                  now)
              instanceof dk.borgerdialog.common.Decision.Accepted;
      assertThat(upcoming.citizenMayCancel(now, ZONE))
          .as("may cancel at %s", now)
          .isEqualTo(accepted);
      assertThat(upcoming.citizenMayMove(now, ZONE)).as("may move at %s", now).isEqualTo(accepted);
    }
  }
}
