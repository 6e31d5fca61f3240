package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.contact.model.CareTeamMember;
import dk.borgerdialog.contact.model.CareTeamMemberId;
import dk.borgerdialog.contact.model.CareTeams;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.plan.model.Course;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqCareTeamsIT {

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

    CareTeams teams() {
      return persistence.careTeams();
    }

    CareTeamMember member(
        Course course, dk.borgerdialog.organisation.model.@Nullable StaffMemberId staff) {
      return new CareTeamMember(
          CareTeamMemberId.random(),
          course.id(),
          course.citizen(),
          course.unit(),
          staff,
          staff == null ? new StaffRole("home_care_group") : StaffRole.MENTOR,
          staff == null ? "Hjemmeplejen Nord" : "Ali Hassan",
          staff == null ? null : "Mentor",
          new CareTeamMember.Reachability("+4512345678", "Man–tor 9–11", Duration.ofHours(48)),
          NOW,
          null,
          0);
    }

    @Test
    void a_staff_member_and_a_unit_inbox_round_trip_per_course_and_citizen() {
      Citizen citizen = fixture.citizen();
      Course course = fixture.course(citizen, fixture.unit, NOW);
      CareTeamMember mentor = member(course, fixture.mentor.id());
      CareTeamMember inbox = member(course, null);
      teams().add(mentor);
      teams().add(inbox);

      assertThat(teams().byId(mentor.id())).contains(mentor);
      assertThat(teams().ofCourse(course.id())).containsExactlyInAnyOrder(mentor, inbox);
      assertThat(teams().ofCitizen(citizen.id())).containsExactlyInAnyOrder(mentor, inbox);
      assertThat(teams().ofCitizen(fixture.citizen().id())).isEmpty();
      assertThat(teams().byId(inbox.id()).orElseThrow().isUnitInbox()).isTrue();
    }

    @Test
    void leaving_raises_the_version_and_a_stale_update_conflicts() {
      Citizen citizen = fixture.citizen();
      Course course = fixture.course(citizen, fixture.unit, NOW);
      CareTeamMember mentor = member(course, fixture.mentor.id());
      teams().add(mentor);

      CareTeamMember left = teams().update(mentor.leftAt(NOW.plusSeconds(3600)));

      assertThat(left.version()).isEqualTo(1);
      assertThat(left.activeUntil()).isEqualTo(NOW.plusSeconds(3600));
      assertThat(left.activeAt(NOW.plusSeconds(3600))).isFalse();
      assertThatThrownBy(() -> teams().update(mentor.leftAt(NOW.plusSeconds(60))))
          .isInstanceOf(ConflictException.class);
      assertThat(teams().byId(mentor.id())).contains(left);
    }

    @Test
    void a_unit_expects_two_days_until_it_sets_its_own_reply_time() {
      assertThat(teams().expectedReply(fixture.unit.id())).isEqualTo(Duration.ofDays(2));

      teams().setExpectedReply(fixture.unit.id(), Duration.ofHours(8));
      teams().setExpectedReply(fixture.unit.id(), Duration.ofHours(4));

      assertThat(teams().expectedReply(fixture.unit.id())).isEqualTo(Duration.ofHours(4));
      assertThat(teams().expectedReply(fixture.otherUnit.id())).isEqualTo(Duration.ofDays(2));
    }
  }
}
