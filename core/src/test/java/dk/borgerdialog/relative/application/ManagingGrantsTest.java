package dk.borgerdialog.relative.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.access.AuditRecord;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.UnableToChangeException;
import dk.borgerdialog.plan.application.CancelAppointmentCommand;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.relative.model.LegalBasis;
import dk.borgerdialog.relative.model.RelativeGrant;
import dk.borgerdialog.relative.model.Scope;
import dk.borgerdialog.testfixtures.InMemoryPlanWorld;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ManagingGrantsTest {
  private static final ExternalRef ANNA = ExternalRef.of("mitid", "anna-holm");

  private final InMemoryPlanWorld world = InMemoryPlanWorld.create();
  private final InMemoryPlanWorld.Frederiksberg fb = world.frederiksberg();
  private final ManagingGrants grants =
      new ManagingGrants(
          world.relatives(),
          world.grants(),
          world.citizens(),
          world.courses(),
          world.accessControl(),
          world.transactions(),
          world.clock());

  private RelativeGrant karenGrantsAnna(Set<Scope> scopes) {
    return grants.grant(
        world.asKaren(),
        GrantAccessCommand.consent(fb.karen().id(), ANNA, "Anna Holm", "datter", scopes, null));
  }

  private Actor asAnna(RelativeGrant grant) {
    return Actor.relative(grant.relative(), fb.karen().id(), AssuranceLevel.SUBSTANTIAL);
  }

  @Test
  void karen_grantsAnna_whoThenCancelsAVisit_recordedAsDoneByAnnaForKaren() {
    Appointment visit = world.bookForKaren("2026-01-08T10:00");
    RelativeGrant grant = karenGrantsAnna(Set.of(Scope.READ_PLAN, Scope.MANAGE_APPOINTMENTS));

    Appointment cancelled =
        world
            .cancelingAppointments()
            .cancel(
                asAnna(grant),
                new CancelAppointmentCommand(
                    visit.id(),
                    visit.version(),
                    CancellationReason.of(CancellationReasonCode.HOSPITALISED)));

    assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
    assertThat(cancelled.cancelledBy()).isEqualTo(ActorKind.RELATIVE);
    AuditRecord record = world.audit().about(fb.karen().id(), 1).get(0);
    assertThat(record.operation()).isEqualTo(Operation.CANCEL_APPOINTMENT);
    assertThat(record.actorKind()).isEqualTo(ActorKind.RELATIVE);
    assertThat(record.actorId()).isEqualTo(grant.relative().toString());
    assertThat(record.onBehalfOf()).isEqualTo(fb.karen().id());
    assertThat(world.viewingOverview().overview(asAnna(grant), fb.karen().id(), 5).courses())
        .isNotEmpty();
  }

  @Test
  void aRelative_isBoundByTheDeadlineForCitizens() {
    Appointment visit = world.bookForKaren("2026-01-05T20:00");
    RelativeGrant grant = karenGrantsAnna(Set.of(Scope.MANAGE_APPOINTMENTS));

    assertThatThrownBy(
            () ->
                world
                    .cancelingAppointments()
                    .cancel(
                        asAnna(grant),
                        new CancelAppointmentCommand(
                            visit.id(),
                            visit.version(),
                            CancellationReason.of(CancellationReasonCode.ILLNESS))))
        .isInstanceOf(UnableToChangeException.class);
  }

  @Test
  void revocation_andExpiry_takeEffectAtOnce() {
    RelativeGrant grant = karenGrantsAnna(Set.of(Scope.READ_PLAN));
    world.viewingOverview().overview(asAnna(grant), fb.karen().id(), 5);

    grants.revoke(world.asKaren(), new RevokeGrantCommand(grant.id(), 0, null));

    assertThatThrownBy(() -> world.viewingOverview().overview(asAnna(grant), fb.karen().id(), 5))
        .isInstanceOf(AccessDeniedException.class);

    RelativeGrant expiring =
        grants.grant(
            world.asKaren(),
            GrantAccessCommand.consent(
                fb.karen().id(),
                ANNA,
                "Anna Holm",
                "datter",
                Set.of(Scope.READ_PLAN),
                world.now().plus(Duration.ofDays(7))));
    world.viewingOverview().overview(asAnna(expiring), fb.karen().id(), 5);
    world.clock().advance(Duration.ofDays(7));
    assertThatThrownBy(() -> world.viewingOverview().overview(asAnna(expiring), fb.karen().id(), 5))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void staff_registerAPowerOfAttorney_andRevokeOnlyWithAReason() {
    RelativeGrant grant =
        grants.grant(
            world.asHomeCareWorker(),
            new GrantAccessCommand(
                fb.karen().id(),
                ANNA,
                "Anna Holm",
                "datter",
                Set.of(Scope.READ_PLAN),
                LegalBasis.powerOfAttorney("FULDMAGT-2026-17"),
                null));

    assertThat(grant.basis().reference()).isEqualTo("FULDMAGT-2026-17");
    assertThatThrownBy(
            () ->
                grants.revoke(world.asHomeCareWorker(), new RevokeGrantCommand(grant.id(), 0, " ")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("reason");
    RelativeGrant revoked =
        grants.revoke(
            world.asHomeCareWorker(),
            new RevokeGrantCommand(grant.id(), 0, "Fuldmagten er tilbagekaldt"));
    assertThat(revoked.revokedAt()).isEqualTo(world.now());
    assertThat(revoked.revokeReason()).isEqualTo("Fuldmagten er tilbagekaldt");
  }

  @Test
  void consent_isTheCitizensAlone_andACitizenCannotRegisterAProxy() {
    assertThatThrownBy(
            () ->
                grants.grant(
                    world.asHomeCareWorker(),
                    GrantAccessCommand.consent(
                        fb.karen().id(), ANNA, "Anna", "datter", Set.of(Scope.READ_PLAN), null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                grants.grant(
                    world.asKaren(),
                    new GrantAccessCommand(
                        fb.karen().id(),
                        ANNA,
                        "Anna",
                        "datter",
                        Set.of(Scope.READ_PLAN),
                        LegalBasis.guardianship("VÆRGEMÅL-1"),
                        null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(world.grants().ofCitizen(fb.karen().id())).isEmpty();
  }

  @Test
  void citizenAndRelative_seeTheirGrants() {
    RelativeGrant grant = karenGrantsAnna(Set.of(Scope.READ_PLAN));

    assertThat(grants.ofCitizen(world.asKaren(), fb.karen().id())).containsExactly(grant);
    assertThat(grants.mine(asAnna(grant))).containsExactly(grant);
    assertThatThrownBy(() -> grants.ofCitizen(world.asJonas(), fb.karen().id()))
        .isInstanceOf(AccessDeniedException.class);
  }
}
