package dk.borgerdialog.plan.application;

import static dk.borgerdialog.testfixtures.InMemoryPlanWorld.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.access.AuditRecord;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.plan.model.CitizenOverview;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.plan.model.CourseSummary;
import dk.borgerdialog.plan.model.Participant;
import dk.borgerdialog.plan.model.PlanItem;
import dk.borgerdialog.plan.model.UpcomingAppointment;
import dk.borgerdialog.testfixtures.InMemoryPlanWorld;
import org.junit.jupiter.api.Test;

class ViewingOverviewTest {
  private final InMemoryPlanWorld world = InMemoryPlanWorld.create();
  private final InMemoryPlanWorld.Copenhagen cph = world.copenhagen();

  @Test
  void jonas_seesBothCoursesAndHisUpcomingAppointmentsEarliestFirst() {
    Appointment wednesday = world.bookForJonas("2026-01-14T09:00");
    Appointment monday = world.bookForJonas("2026-01-12T09:00");
    Appointment cancelled = world.bookForJonas("2026-01-13T09:00");
    world
        .cancelingAppointments()
        .cancel(
            world.asJonas(),
            new CancelAppointmentCommand(
                cancelled.id(), 0, CancellationReason.of(CancellationReasonCode.ILLNESS)));

    CitizenOverview overview =
        world.viewingOverview().overview(world.asJonas(), cph.jonas().id(), 10);

    assertThat(overview.name()).isEqualTo("Jonas Berg");
    assertThat(overview.zone()).isEqualTo(InMemoryPlanWorld.ZONE);
    assertThat(overview.courses())
        .extracting(CourseSummary::kind)
        .containsExactly(CourseKind.TREATMENT, CourseKind.HOUSING_SUPPORT);
    assertThat(overview.courses().get(0).unitPublicName()).isEqualTo("Borgercenter Nord");
    assertThat(overview.upcoming())
        .extracting(u -> u.appointment().id())
        .containsExactly(monday.id(), wednesday.id());
    UpcomingAppointment next = overview.next().orElseThrow();
    assertThat(next.unitPublicName()).isEqualTo("Borgercenter Nord");
    assertThat(next.participants())
        .containsExactly(new Participant(cph.caseworker().id(), "Mette Jensen", "Sagsbehandler"));
    assertThat(next.changeDeadline(overview.zone())).isEqualTo(local("2026-01-11T21:00"));
    assertThat(next.citizenMayCancel(world.now(), overview.zone())).isTrue();
  }

  @Test
  void upcoming_leavesOutWhatHasEnded_andIsLimited() {
    world.bookForJonas("2026-01-05T11:00");
    Appointment later = world.bookForJonas("2026-01-06T11:00");
    world.bookForJonas("2026-01-07T11:00");
    world.clock().set(local("2026-01-05T12:00"));

    CitizenOverview overview =
        world.viewingOverview().overview(world.asJonas(), cph.jonas().id(), 1);

    assertThat(overview.upcoming())
        .extracting(u -> u.appointment().id())
        .containsExactly(later.id());
  }

  @Test
  void anAppointmentUnderWay_isStillUpcoming() {
    Appointment now = world.bookForJonas("2026-01-05T11:00");
    world.clock().set(local("2026-01-05T11:30"));

    assertThat(world.viewingOverview().overview(world.asJonas(), cph.jonas().id(), 5).upcoming())
        .extracting(u -> u.appointment().id())
        .containsExactly(now.id());
  }

  @Test
  void staff_seeOnlyTheirOwnUnitsCoursesAndAppointments() {
    Appointment treatment = world.bookForJonas("2026-01-12T09:00");

    CitizenOverview byCaseworker =
        world.viewingOverview().overview(world.asCaseworker(), cph.jonas().id(), 10);
    CitizenOverview byHousingAdvisor =
        world.viewingOverview().overview(world.asHousingAdvisor(), cph.jonas().id(), 10);

    assertThat(byCaseworker.courses())
        .extracting(c -> c.course().id())
        .containsExactly(cph.treatmentCourse().id());
    assertThat(byCaseworker.upcoming())
        .extracting(u -> u.appointment().id())
        .containsExactly(treatment.id());
    assertThat(byHousingAdvisor.courses())
        .extracting(c -> c.course().id())
        .containsExactly(cph.housingCourse().id());
    assertThat(byHousingAdvisor.upcoming()).isEmpty();
  }

  @Test
  void karen_seesHerGoals() {
    CitizenOverview overview =
        world.viewingOverview().overview(world.asKaren(), world.frederiksberg().karen().id(), 10);

    assertThat(overview.courses())
        .filteredOn(c -> c.kind() == CourseKind.REHABILITATION)
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.planItems())
                    .extracting(PlanItem::text)
                    .containsExactly("walk to the baker by myself", "fewer falls"));
  }

  @Test
  void eachRead_isAudited() {
    world.viewingOverview().overview(world.asCaseworker(), cph.jonas().id(), 10);

    assertThat(world.audit().about(cph.jonas().id(), 10))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.operation()).isEqualTo(Operation.VIEW_OVERVIEW);
              assertThat(r.allowed()).isTrue();
              assertThat(r.actorId()).isEqualTo(cph.caseworker().id().toString());
              assertThat(r.entityId()).isEqualTo(cph.jonas().id().value());
            });
  }

  @Test
  void anotherCitizen_isRefused_andKarenCanSeeTheAttempt() {
    CitizenId karen = world.frederiksberg().karen().id();

    assertThatThrownBy(() -> world.viewingOverview().overview(world.asJonas(), karen, 10))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageNotContaining("Karen");

    assertThat(world.audit().about(karen, 10))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.allowed()).isFalse();
              assertThat(r.actorId()).isEqualTo(cph.jonas().id().toString());
              assertThat(r.operation()).isEqualTo(Operation.VIEW_OVERVIEW);
            });
  }

  @Test
  void staffOfAnotherMunicipality_isRefused() {
    assertThatThrownBy(
            () -> world.viewingOverview().overview(world.asHomeCareWorker(), cph.jonas().id(), 10))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(world.audit().refusals(10)).extracting(AuditRecord::allowed).containsExactly(false);
  }

  @Test
  void lowAssurance_isRefused() {
    Actor jonasLow = Actor.citizen(cph.jonas().id(), AssuranceLevel.LOW);
    Actor caseworkerLow = Actor.staff(cph.caseworker().id(), AssuranceLevel.LOW);

    assertThatThrownBy(() -> world.viewingOverview().overview(jonasLow, cph.jonas().id(), 10))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("assurance level SUBSTANTIAL");
    assertThatThrownBy(() -> world.viewingOverview().overview(caseworkerLow, cph.jonas().id(), 10))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(world.audit().refusals(10))
        .extracting(AuditRecord::level)
        .containsOnly(AssuranceLevel.LOW)
        .hasSize(2);
  }

  @Test
  void unknownCitizen_isNoSuchEntityForTheSystem_butNeverConfirmedToOthers() {
    CitizenId nobody = CitizenId.random();

    assertThatThrownBy(() -> world.viewingOverview().overview(world.asSystem(), nobody, 10))
        .isInstanceOf(NoSuchEntityException.class);
    assertThatThrownBy(() -> world.viewingOverview().overview(world.asJonas(), nobody, 10))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> world.viewingOverview().overview(world.asCaseworker(), nobody, 10))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void maxUpcoming_mustBeInRange() {
    for (int bad : new int[] {0, -1, ViewingOverview.MAX_UPCOMING + 1}) {
      assertThatThrownBy(
              () -> world.viewingOverview().overview(world.asJonas(), cph.jonas().id(), bad))
          .isInstanceOfSatisfying(
              InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("maxUpcoming"));
    }
    assertThatThrownBy(() -> world.viewingOverview().overview(world.asJonas(), null, 10))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("citizen"));
    assertThat(world.audit().all()).isEmpty();
  }

  @Test
  void the_citizen_sees_their_newest_in_app_notifications_and_staff_never_do() {
    var karen = world.frederiksberg().karen();
    for (int i = 0; i < 7; i++) {
      world
          .inApp()
          .addOnce(
              new dk.borgerdialog.notification.model.InAppNotification(
                  java.util.UUID.randomUUID(),
                  karen.id(),
                  "key-" + i,
                  "Påmindelse",
                  "Påmindelse: aftale " + i,
                  world.now().plusSeconds(i),
                  null));
    }

    var seenByKaren =
        world
            .viewingOverview()
            .overview(world.asKaren(), karen.id(), ViewingOverview.DEFAULT_UPCOMING);

    assertThat(seenByKaren.notifications())
        .hasSize(ViewingOverview.NOTIFICATIONS)
        .first()
        .extracting(n -> n.idempotencyKey())
        .isEqualTo("key-6");
    assertThat(seenByKaren.unreadNotifications()).isEqualTo(7);
  }
}
