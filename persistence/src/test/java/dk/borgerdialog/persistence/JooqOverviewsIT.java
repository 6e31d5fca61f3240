package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.notification.model.InAppNotification;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.plan.model.CitizenOverview;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.plan.model.CourseSummary;
import dk.borgerdialog.plan.model.Overviews;
import dk.borgerdialog.plan.model.Participant;
import dk.borgerdialog.plan.model.PlanItem;
import dk.borgerdialog.plan.model.PlanItemId;
import dk.borgerdialog.plan.model.PlanItemKind;
import dk.borgerdialog.plan.model.Preference;
import dk.borgerdialog.plan.model.PreferenceId;
import dk.borgerdialog.plan.model.PreferenceKind;
import dk.borgerdialog.plan.model.UpcomingAppointment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqOverviewsIT {

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
    private static final Duration HOUR = Duration.ofHours(1);

    private final Database database;

    Contract(Database database) {
      super(database);
      this.database = database;
    }

    /** A citizen with two courses, their plans, and appointments of every kind. */
    final class Story {
      final Citizen citizen = fixture.englishCitizen();
      final Course older = fixture.course(citizen, fixture.unit, NOW.minus(Duration.ofDays(60)));
      final Course newer =
          fixture.course(citizen, fixture.otherUnit, NOW.minus(Duration.ofDays(5)));
      final PlanItem wayForward = item(older, PlanItemKind.WAY_FORWARD, 1);
      final PlanItem task = item(older, PlanItemKind.TASK, 2);
      final PlanItem laterGoal = item(older, PlanItemKind.GOAL, 3);
      final PlanItem earlierGoal = item(older, PlanItemKind.GOAL, 0);
      final Preference preference = preference(older, 0);
      final Appointment ended = add(booked(older, NOW.minus(Duration.ofDays(1)), List.of()));
      final Appointment inProgress =
          add(booked(older, NOW.minus(Duration.ofMinutes(30)), List.of(fixture.nurse)));
      final Appointment later = add(booked(newer, NOW.plus(Duration.ofDays(3)), List.of()));
      final Appointment soon =
          add(booked(older, NOW.plus(Duration.ofDays(1)), List.of(fixture.mentor, fixture.nurse)));
      final Appointment cancelled =
          add(
              booked(older, NOW.plus(Duration.ofDays(2)), List.of())
                  .cancel(
                      ActorKind.CITIZEN,
                      CancellationReason.of(CancellationReasonCode.ILLNESS),
                      BookingRules.defaults(),
                      citizen.zone(),
                      NOW)
                  .orElseThrow());
      final Appointment othersAppointment =
          fixture.appointment(
              fixture.course(fixture.citizen(), fixture.unit, NOW), NOW.plus(Duration.ofHours(5)));

      Story() {
        persistence
            .preferences()
            .add(
                new Preference(
                    PreferenceId.random(),
                    newer.id(),
                    citizen.id(),
                    PreferenceKind.WHAT_MATTERS,
                    "Min datter",
                    NOW));
      }
    }

    @Test
    void the_overview_holds_the_citizen_the_courses_with_their_plans_and_what_is_to_come() {
      Story story = new Story();

      CitizenOverview overview =
          persistence.overviews().of(story.citizen.id(), NOW, 10, null).orElseThrow();

      assertThat(overview.citizen()).isEqualTo(story.citizen.id());
      assertThat(overview.name()).isEqualTo(story.citizen.name());
      assertThat(overview.language()).isEqualTo(story.citizen.language());
      assertThat(overview.zone()).isEqualTo(story.citizen.zone());
      assertThat(overview.courses())
          .extracting(CourseSummary::course)
          .containsExactly(story.older, story.newer);
      CourseSummary older = overview.courses().get(0);
      assertThat(older.templateName()).isEqualTo(fixture.template.name());
      assertThat(older.kind()).isEqualTo(CourseKind.TREATMENT);
      assertThat(older.unitPublicName()).isEqualTo(fixture.unit.publicName());
      assertThat(older.planItems())
          .containsExactly(story.earlierGoal, story.laterGoal, story.task, story.wayForward);
      assertThat(older.preferences()).containsExactly(story.preference);
      assertThat(overview.courses().get(1).unitPublicName())
          .isEqualTo(fixture.otherUnit.publicName());
      assertThat(overview.courses().get(1).planItems()).isEmpty();
      assertThat(overview.courses().get(1).preferences()).hasSize(1);

      assertThat(overview.upcoming())
          .extracting(UpcomingAppointment::appointment)
          .containsExactly(story.inProgress, story.soon, story.later);
      UpcomingAppointment soon = overview.upcoming().get(1);
      assertThat(soon.unitPublicName()).isEqualTo(fixture.unit.publicName());
      assertThat(soon.rules()).isEqualTo(fixture.unit.rules());
      assertThat(soon.participants())
          .containsExactly(participant(fixture.mentor), participant(fixture.nurse));
      UpcomingAppointment later = overview.upcoming().get(2);
      assertThat(later.rules()).isEqualTo(fixture.otherUnit.rules());
      assertThat(later.participants()).isEmpty();
      assertThat(overview.next()).map(UpcomingAppointment::appointment).contains(story.inProgress);
    }

    @Test
    void the_upcoming_appointments_are_limited_to_the_earliest() {
      Story story = new Story();

      CitizenOverview overview =
          persistence.overviews().of(story.citizen.id(), NOW, 2, null).orElseThrow();

      assertThat(overview.upcoming())
          .extracting(UpcomingAppointment::appointment)
          .containsExactly(story.inProgress, story.soon);
      assertThat(
              persistence.overviews().of(story.citizen.id(), NOW, 0, null).orElseThrow().upcoming())
          .isEmpty();
    }

    @Test
    void only_the_given_units_are_shown() {
      Story story = new Story();

      CitizenOverview overview =
          persistence
              .overviews()
              .of(story.citizen.id(), NOW, 10, Set.of(fixture.otherUnit.id()))
              .orElseThrow();

      assertThat(overview.courses()).extracting(CourseSummary::course).containsExactly(story.newer);
      assertThat(overview.upcoming())
          .extracting(UpcomingAppointment::appointment)
          .containsExactly(story.later);
    }

    @Test
    void no_units_shows_the_citizen_only() {
      Story story = new Story();

      CitizenOverview overview =
          persistence.overviews().of(story.citizen.id(), NOW, 10, Set.of()).orElseThrow();

      assertThat(overview.name()).isEqualTo(story.citizen.name());
      assertThat(overview.courses()).isEmpty();
      assertThat(overview.upcoming()).isEmpty();
    }

    @Test
    void a_citizen_without_courses_has_an_empty_overview_and_an_unknown_one_none() {
      Citizen citizen = fixture.citizen();

      CitizenOverview overview =
          persistence.overviews().of(citizen.id(), NOW, 10, null).orElseThrow();

      assertThat(overview.courses()).isEmpty();
      assertThat(overview.upcoming()).isEmpty();
      assertThat(overview.next()).isEmpty();
      assertThat(persistence.overviews().of(CitizenId.random(), NOW, 10, null)).isEmpty();
    }

    @Test
    void one_read_names_the_units_of_all_courses_and_brings_the_newest_notifications() {
      Story story = new Story();
      List<InAppNotification> added = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        InAppNotification n =
            new InAppNotification(
                java.util.UUID.randomUUID(),
                story.citizen.id(),
                "key-" + i,
                "Påmindelse",
                "Du har en aftale",
                NOW.minus(Duration.ofMinutes(10 - i)),
                i == 0 ? NOW : null);
        persistence.inAppNotifications().addOnce(n);
        added.add(n);
      }

      Overviews.Read read =
          persistence
              .overviews()
              .read(story.citizen.id(), NOW, 10, Set.of(fixture.otherUnit.id()), 2)
              .orElseThrow();
      Overviews.Read none =
          persistence.overviews().read(story.citizen.id(), NOW, 10, Set.of(), 0).orElseThrow();

      assertThat(read.courseUnits())
          .containsExactlyInAnyOrder(fixture.unit.id(), fixture.otherUnit.id());
      assertThat(read.overview().courses())
          .extracting(CourseSummary::course)
          .containsExactly(story.newer);
      assertThat(read.overview().notifications()).containsExactly(added.get(3), added.get(2));
      assertThat(read.overview().unreadNotifications()).isEqualTo(3);
      assertThat(none.courseUnits())
          .containsExactlyInAnyOrder(fixture.unit.id(), fixture.otherUnit.id());
      assertThat(none.overview().courses()).isEmpty();
      assertThat(none.overview().notifications()).isEmpty();
      assertThat(none.overview().unreadNotifications()).isZero();
      assertThat(persistence.overviews().read(CitizenId.random(), NOW, 10, null, 5)).isEmpty();
    }

    @Test
    void the_number_of_queries_does_not_grow_with_the_data() {
      CountingDataSource counting = new CountingDataSource(dataSource);
      JooqPersistence counted = JooqPersistence.create(counting.dataSource());
      Citizen small = fixture.citizen();
      fixture.appointment(fixture.course(small, fixture.unit, NOW), NOW.plus(HOUR));
      Story large = new Story();
      for (int i = 0; i < 4; i++) {
        Course course = fixture.course(large.citizen, fixture.unit, NOW.plusSeconds(i));
        item(course, PlanItemKind.TASK, i);
        preference(course, i);
        for (int j = 0; j < 3; j++) {
          add(
              booked(
                  course,
                  NOW.plus(Duration.ofDays(i + 1)).plusSeconds(j),
                  List.of(fixture.nurse, fixture.mentor)));
        }
      }

      counting.reset();
      counted.overviews().of(small.id(), NOW, 100, null).orElseThrow();
      int forSmall = counting.statements();
      counting.reset();
      CitizenOverview big =
          counted.overviews().of(large.citizen.id(), NOW, 100, null).orElseThrow();
      int forLarge = counting.statements();

      assertThat(big.courses()).hasSize(6);
      assertThat(big.upcoming()).hasSize(15);
      // one statement on PostgreSQL; on H2 the citizen, courses, plan items, preferences, upcoming
      // appointments and participants one query each
      assertThat(forLarge).isEqualTo(database == Database.POSTGRES ? 1 : 6);
      assertThat(forSmall).isLessThanOrEqualTo(forLarge);
    }

    PlanItem item(Course course, PlanItemKind kind, int minutes) {
      PlanItem item =
          new PlanItem(
              PlanItemId.random(),
              course.id(),
              kind,
              kind + " " + minutes,
              fixture.nurse.id(),
              NOW.minus(Duration.ofDays(1)).plus(Duration.ofMinutes(minutes)),
              0);
      persistence.planItems().add(item);
      return item;
    }

    Preference preference(Course course, int minutes) {
      Preference preference =
          new Preference(
              PreferenceId.random(),
              course.id(),
              course.citizen(),
              PreferenceKind.PREFERRED_TIME,
              "Om formiddagen",
              NOW.minus(Duration.ofDays(1)).plus(Duration.ofMinutes(minutes)));
      persistence.preferences().add(preference);
      return preference;
    }

    Appointment booked(Course course, Instant start, List<StaffMember> participants) {
      return Fixture.booked(
          course,
          start,
          HOUR,
          AppointmentMode.phone(),
          participants.stream().map(StaffMember::id).toList());
    }

    Appointment add(Appointment appointment) {
      persistence.appointments().add(appointment);
      return appointment;
    }

    static Participant participant(StaffMember member) {
      return new Participant(member.id(), member.name(), member.title());
    }
  }
}
