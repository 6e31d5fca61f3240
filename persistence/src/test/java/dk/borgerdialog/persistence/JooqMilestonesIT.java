package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.CONVERSATION;
import static dk.borgerdialog.persistence.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.material.model.Milestone;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqMilestonesIT {

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
    Contract(Database database) {
      super(database);
    }

    @Test
    void a_courses_appointments_in_every_status_by_start_and_no_other_courses() {
      Course course = fixture.course(fixture.citizen(), fixture.unit, NOW);
      Course other = fixture.course(fixture.citizen(), fixture.unit, NOW);
      Appointment later = fixture.appointment(course, NOW.plus(Duration.ofDays(3)));
      Appointment earlier = fixture.appointment(course, NOW.plus(Duration.ofDays(1)));
      fixture.appointment(other, NOW.plus(Duration.ofDays(2)));
      Instant attendedAt = earlier.start().plus(Duration.ofMinutes(30));
      Appointment attended =
          persistence.appointments().update(earlier.markAttended(attendedAt).orElseThrow());

      assertThat(persistence.milestones().of(course.id()))
          .containsExactly(
              new Milestone(CONVERSATION, attended.start(), AppointmentStatus.ATTENDED, attendedAt),
              new Milestone(
                  CONVERSATION, later.start(), AppointmentStatus.BOOKED, later.changedAt()));
      assertThat(persistence.milestones().of(CourseId.random())).isEmpty();
    }
  }
}
