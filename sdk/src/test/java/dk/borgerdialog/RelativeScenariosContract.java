package dk.borgerdialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.access.AuditRecord;
import dk.borgerdialog.access.AuditVerification;
import dk.borgerdialog.access.CorrelationIds;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.access.Purpose;
import dk.borgerdialog.audit.application.AccessLogEntry;
import dk.borgerdialog.audit.application.AccessLogPage;
import dk.borgerdialog.audit.application.ViewingAccessLog;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.contact.application.StartThreadCommand;
import dk.borgerdialog.contact.model.Byline;
import dk.borgerdialog.contact.model.Message;
import dk.borgerdialog.contact.model.MessageId;
import dk.borgerdialog.contact.model.Page;
import dk.borgerdialog.contact.model.Side;
import dk.borgerdialog.material.application.AttachMaterialCommand;
import dk.borgerdialog.material.model.MaterialAttachment;
import dk.borgerdialog.material.model.MaterialItem;
import dk.borgerdialog.material.model.MaterialVariant;
import dk.borgerdialog.material.model.ReleaseRule;
import dk.borgerdialog.material.model.ReleasedItem;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.Centre;
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
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.plan.model.CourseTemplate;
import dk.borgerdialog.relative.application.GrantAccessCommand;
import dk.borgerdialog.relative.application.RevokeGrantCommand;
import dk.borgerdialog.relative.model.LegalBasis;
import dk.borgerdialog.relative.model.RelativeGrant;
import dk.borgerdialog.relative.model.Scope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Karen Holm, her daughter Anna and the home-care group Nord through the SDK, on a real database:
 * grants, expiry and revocation by the clock, Anna acting for Karen, Karen's access log, and a
 * tampered audit trail.
 */
abstract class RelativeScenariosContract {
  static final AppointmentType HOME_VISIT = AppointmentType.of("home_visit");
  static final ExternalRef ANNA_REF = ExternalRef.of("mitid", "anna-holm");

  SettableClock clock;
  DataSource dataSource;
  Borgerdialog dialog;
  JooqPersistence store;

  Unit homeCareNord;
  StaffMember homeCareWorker;
  StaffMember therapist;
  Citizen karen;
  Course homeCare;

  abstract DataSource freshDatabase();

  @BeforeEach
  void setUp() {
    clock = SettableClock.at("2026-12-14T09:00", "Europe/Copenhagen");
    dataSource = freshDatabase();
    dialog = Borgerdialog.builder().dataSource(dataSource).clock(clock).start();
    store = JooqPersistence.create(dataSource);
    SetupOperations setup = dialog.setup();
    Municipality fk = setup.createMunicipality("Frederiksberg Kommune");
    Centre centre = setup.createCentre(fk.id(), "Sundhed og Omsorg");
    homeCareNord =
        setup.createUnit(centre.id(), "Hjemmeplejen Nord", "Hjemmeplejen", BookingRules.defaults());
    Unit rehabilitation =
        setup.createUnit(centre.id(), "Genoptræning", "Genoptræningen", BookingRules.defaults());
    homeCareWorker =
        setup.addStaffMember(
            fk.id(),
            null,
            "Lise Madsen",
            "Social- og sundhedshjælper",
            List.of(new UnitRole(homeCareNord.id(), StaffRole.HOME_CARE_WORKER)));
    therapist =
        setup.addStaffMember(
            fk.id(),
            null,
            "Peter Dahl",
            null,
            List.of(new UnitRole(rehabilitation.id(), StaffRole.THERAPIST)));
    karen = setup.registerCitizen(fk.id(), ExternalRef.of("nexus", "K-84"), null, "Karen Holm");
    CourseTemplate template =
        setup.addCourseTemplate(fk.id(), "Hjemmepleje", CourseKind.HOME_CARE, null);
    homeCare = worker().plan().openCourse(karen.id(), homeCareNord.id(), template.id());
  }

  @AfterEach
  void tearDown() {
    dialog.close();
  }

  Session worker() {
    return dialog.as(Actor.staff(homeCareWorker.id(), AssuranceLevel.SUBSTANTIAL));
  }

  Session asKaren() {
    return dialog.as(Actor.citizen(karen.id(), AssuranceLevel.SUBSTANTIAL));
  }

  Session asAnna(RelativeGrant grant) {
    return dialog.as(Actor.relative(grant.relative(), karen.id(), AssuranceLevel.SUBSTANTIAL));
  }

  RelativeGrant karenGrantsAnna(Set<Scope> scopes, Instant expiresAt) {
    return asKaren()
        .relatives()
        .grant(
            GrantAccessCommand.consent(
                karen.id(), ANNA_REF, "Anna Holm", "datter", scopes, expiresAt));
  }

  Appointment visit(String localStart) {
    Instant start =
        java.time.LocalDateTime.parse(localStart)
            .atZone(java.time.ZoneId.of("Europe/Copenhagen"))
            .toInstant();
    return worker()
        .plan()
        .book(
            BookAppointmentCommand.at(
                homeCare.id(),
                HOME_VISIT,
                start,
                start.plus(Duration.ofHours(1)),
                AppointmentMode.inPerson("Smallegade 1, 2000 Frederiksberg"),
                List.of(homeCareWorker.id())));
  }

  @Test
  void anna_cancels_a_visit_for_karen_and_karens_log_shows_who_did_what_and_why() {
    Appointment visit = visit("2026-12-24T10:00");
    RelativeGrant grant = karenGrantsAnna(Set.of(Scope.READ_PLAN, Scope.MANAGE_APPOINTMENTS), null);
    worker().plan().overview(karen.id());
    clock.advance(Duration.ofMinutes(1));
    worker().plan().overview(karen.id());
    clock.advance(Duration.ofMinutes(1));

    Appointment cancelled =
        CorrelationIds.with(
            "req-anna-1",
            () ->
                asAnna(grant)
                    .plan()
                    .cancel(
                        new CancelAppointmentCommand(
                            visit.id(),
                            visit.version(),
                            CancellationReason.of(
                                CancellationReasonCode.HOSPITALISED, "indlagt"))));
    clock.advance(Duration.ofMinutes(1));

    assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
    assertThat(cancelled.cancelledBy()).isEqualTo(ActorKind.RELATIVE);
    assertThat(worker().plan().overview(karen.id()).upcoming()).isEmpty();
    AuditRecord byAnna =
        store.auditLog().about(karen.id(), 10).stream()
            .filter(r -> r.operation() == Operation.CANCEL_APPOINTMENT)
            .findFirst()
            .orElseThrow();
    assertThat(byAnna.actorKind()).isEqualTo(ActorKind.RELATIVE);
    assertThat(byAnna.actorId()).isEqualTo(grant.relative().toString());
    assertThat(byAnna.onBehalfOf()).isEqualTo(karen.id());
    assertThat(byAnna.correlationId()).isEqualTo("req-anna-1");

    AccessLogPage log = asKaren().audit().accessLog(karen.id(), 0);

    assertThat(log.entries())
        .extracting(
            AccessLogEntry::who,
            AccessLogEntry::role,
            AccessLogEntry::operation,
            AccessLogEntry::onBehalfOf,
            AccessLogEntry::purposeText)
        .startsWith(
            // the worker's look after the cancellation, newest first
            org.assertj.core.groups.Tuple.tuple(
                "Lise Madsen",
                "Social- og sundhedshjælper",
                Operation.VIEW_OVERVIEW,
                false,
                Purpose.CARE.text(karen.language())),
            org.assertj.core.groups.Tuple.tuple(
                "Anna Holm",
                "datter",
                Operation.CANCEL_APPOINTMENT,
                true,
                "En pårørende eller fuldmægtig handlede på dine vegne"),
            org.assertj.core.groups.Tuple.tuple(
                "Lise Madsen",
                "Social- og sundhedshjælper",
                Operation.VIEW_OVERVIEW,
                false,
                "Planlægning og udførelse af din indsats"),
            org.assertj.core.groups.Tuple.tuple(
                "Lise Madsen",
                "Social- og sundhedshjælper",
                Operation.VIEW_OVERVIEW,
                false,
                "Planlægning og udførelse af din indsats"),
            org.assertj.core.groups.Tuple.tuple(
                "Karen Holm", null, Operation.GRANT_ACCESS, false, "Du brugte selv Min Dialog"));

    assertThat(log.entries())
        .filteredOn(e -> e.operation() == Operation.BOOK_APPOINTMENT)
        .singleElement()
        .satisfies(e -> assertThat(e.who()).isEqualTo("Lise Madsen"));
    assertThat(log.hasMore()).isFalse();
  }

  @Test
  void the_access_log_pages_newest_first() {
    for (int i = 0; i < ViewingAccessLog.PAGE_SIZE + 5; i++) {
      worker().plan().overview(karen.id());
      clock.advance(Duration.ofSeconds(1));
    }

    AccessLogPage first = asKaren().audit().accessLog(karen.id(), 0);
    AccessLogPage second = asKaren().audit().accessLog(karen.id(), 1);

    assertThat(first.entries()).hasSize(ViewingAccessLog.PAGE_SIZE);
    assertThat(first.hasMore()).isTrue();
    assertThat(first.entries().get(0).at()).isAfter(first.entries().get(1).at());
    // the first page's own look at the log is now the newest record, so the pages overlap by one
    assertThat(second.entries().get(0).at()).isEqualTo(first.entries().get(19).at());
    assertThat(second.entries().get(1).at()).isBefore(first.entries().get(19).at());
    assertThat(second.page()).isEqualTo(1);
    assertThatThrownBy(() -> worker().audit().accessLog(karen.id(), 0))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void an_expired_grant_stops_at_its_expiry_by_the_clock() {
    RelativeGrant grant =
        karenGrantsAnna(Set.of(Scope.READ_PLAN), clock.instant().plus(Duration.ofDays(14)));

    assertThat(asAnna(grant).plan().overview(karen.id()).courses()).hasSize(1);
    clock.advance(Duration.ofDays(14).minusSeconds(1));
    asAnna(grant).plan().overview(karen.id());
    clock.advance(Duration.ofSeconds(1));

    assertThatThrownBy(() -> asAnna(grant).plan().overview(karen.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(store.auditLog().refusals(1))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.actorKind()).isEqualTo(ActorKind.RELATIVE);
              assertThat(r.reason()).contains("no active grant");
            });
  }

  @Test
  void a_revocation_takes_effect_at_once_and_a_scope_not_granted_is_refused() {
    Appointment visit = visit("2026-12-24T10:00");
    RelativeGrant grant = karenGrantsAnna(Set.of(Scope.READ_PLAN), null);
    asAnna(grant).plan().overview(karen.id());
    assertThatThrownBy(
            () ->
                asAnna(grant)
                    .plan()
                    .cancel(
                        new CancelAppointmentCommand(
                            visit.id(),
                            visit.version(),
                            CancellationReason.of(CancellationReasonCode.ILLNESS))))
        .isInstanceOf(AccessDeniedException.class);

    asKaren().relatives().revoke(new RevokeGrantCommand(grant.id(), 0, null));

    assertThatThrownBy(() -> asAnna(grant).plan().overview(karen.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(asAnna(grant).relatives().myGrants())
        .singleElement()
        .satisfies(g -> assertThat(g.revokedAt()).isEqualTo(clock.instant()));
    assertThat(asKaren().relatives().grantsOf(karen.id())).hasSize(1);
  }

  @Test
  void staff_register_a_power_of_attorney_and_revoke_it_with_a_reason() {
    RelativeGrant registered =
        worker()
            .relatives()
            .grant(
                new GrantAccessCommand(
                    karen.id(),
                    ANNA_REF,
                    "Anna Holm",
                    "datter",
                    Set.of(Scope.READ_PLAN),
                    LegalBasis.powerOfAttorney("FM-2026-117"),
                    null));
    assertThat(asAnna(registered).plan().overview(karen.id()).courses()).hasSize(1);
    assertThatThrownBy(
            () ->
                dialog
                    .as(Actor.staff(therapist.id(), AssuranceLevel.SUBSTANTIAL))
                    .relatives()
                    .revoke(new RevokeGrantCommand(registered.id(), 0, "not my unit")))
        .isInstanceOf(AccessDeniedException.class);

    RelativeGrant revoked =
        worker()
            .relatives()
            .revoke(new RevokeGrantCommand(registered.id(), 0, "Fuldmagten er tilbagekaldt"));

    assertThat(revoked.revokeReason()).isEqualTo("Fuldmagten er tilbagekaldt");
    assertThat(store.relativeGrants().byId(registered.id())).contains(revoked);
    assertThatThrownBy(() -> asAnna(registered).plan().overview(karen.id()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void a_tampered_audit_record_is_detected() throws Exception {
    worker().plan().overview(karen.id());
    Session host = dialog.as(Actor.system("audit-check"));
    AuditVerification before = host.audit().verifyTrail();
    assertThat(before.intact()).isTrue();
    assertThat(before.recordsChecked()).isPositive();

    AuditRecord read =
        store.auditLog().about(karen.id(), 10).stream()
            .filter(r -> r.operation() == Operation.VIEW_OVERVIEW)
            .findFirst()
            .orElseThrow();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE borgerdialog.audit_record SET operation = 'VIEW_FREE_SLOTS' WHERE id = ?")) {
      s.setObject(1, read.id());
      assertThat(s.executeUpdate()).isEqualTo(1);
    }

    AuditVerification after = host.audit().verifyTrail();
    assertThat(after.intact()).isFalse();
    assertThat(after.firstBroken()).isEqualTo(read.id());
    assertThatThrownBy(() -> worker().audit().verifyTrail())
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void anna_writes_to_the_home_care_inbox_for_karen_and_the_message_says_so() {
    RelativeGrant grant = karenGrantsAnna(Set.of(Scope.READ_MESSAGES, Scope.WRITE_MESSAGES), null);
    StartThreadCommand toInbox =
        new StartThreadCommand(
            karen.id(),
            homeCareNord.id(),
            null,
            homeCare.id(),
            null,
            "Nøgleboks",
            "Mor er hos mig i weekenden, så I behøver ikke komme lørdag.",
            List.of());

    Message written = asAnna(grant).contacts().startThread(toInbox);

    assertThat(written.author().kind()).isEqualTo(ActorKind.RELATIVE);
    assertThat(written.side()).isEqualTo(Side.CITIZEN);
    // staff see it unread in the inbox, with who wrote it for whom
    assertThat(worker().inbox().unread(homeCareNord.id())).isEqualTo(1);
    Page<Message> page = worker().contacts().messages(written.thread(), null, 10);
    Map<MessageId, Byline> bylines = worker().contacts().bylines(written.thread(), page.items());
    assertThat(bylines.get(written.id()).text(Language.EN))
        .isEqualTo("Written by Anna Holm, datter, for Karen Holm");
    assertThat(bylines.get(written.id()).text(Language.DA))
        .isEqualTo("Skrevet af Anna Holm, datter, for Karen Holm");
    Message answer =
        worker().contacts().write(written.thread(), "Tak, vi kommer igen mandag.", List.of());
    assertThat(worker().contacts().bylines(written.thread(), List.of(answer)).get(answer.id()))
        .isEqualTo(new Byline(ActorKind.STAFF, "Lise Madsen", null, null));

    // Anna reads the answer; Karen's own unread count is hers, not changed by Anna's reading
    assertThat(asAnna(grant).contacts().unread()).isEqualTo(1);
    assertThat(asAnna(grant).contacts().messages(written.thread(), null, 10).items())
        .extracting(Message::body)
        .containsExactly("Tak, vi kommer igen mandag.", written.body());
    assertThat(asKaren().contacts().unread()).isEqualTo(1);

    // and it is all recorded as done by Anna for Karen
    List<AuditRecord> byAnna =
        store.auditLog().about(karen.id(), 50).stream()
            .filter(r -> r.actorKind() == ActorKind.RELATIVE && r.allowed())
            .toList();
    assertThat(byAnna)
        .extracting(AuditRecord::operation)
        .contains(Operation.WRITE_MESSAGE, Operation.READ_MESSAGES);
    assertThat(byAnna).allSatisfy(r -> assertThat(r.onBehalfOf()).isEqualTo(karen.id()));
  }

  @Test
  void reading_messages_is_not_writing_them_and_a_revoked_grant_stops_both_at_once() {
    RelativeGrant readOnly = karenGrantsAnna(Set.of(Scope.READ_MESSAGES), null);
    Message fromKaren =
        asKaren()
            .contacts()
            .startThread(
                new StartThreadCommand(
                    karen.id(),
                    homeCareNord.id(),
                    null,
                    homeCare.id(),
                    null,
                    "Hjælpemidler",
                    "Kan I se på min rollator?",
                    List.of()));

    assertThat(asAnna(readOnly).contacts().threads(karen.id(), null, 10).items()).hasSize(1);
    assertThat(asAnna(readOnly).contacts().contacts(karen.id())).isNotNull();
    assertThatThrownBy(
            () -> asAnna(readOnly).contacts().write(fromKaren.thread(), "Hej", List.of()))
        .isInstanceOf(AccessDeniedException.class);
    // a relative never reads a unit's inbox, whatever the scope
    assertThatThrownBy(() -> asAnna(readOnly).inbox().inbox(homeCareNord.id(), null, 10))
        .isInstanceOf(AccessDeniedException.class);

    asKaren().relatives().revoke(new RevokeGrantCommand(readOnly.id(), readOnly.version(), null));

    assertThatThrownBy(() -> asAnna(readOnly).contacts().messages(fromKaren.thread(), null, 10))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(
            store.auditLog().about(karen.id(), 50).stream()
                .filter(r -> r.actorKind() == ActorKind.RELATIVE && !r.allowed())
                .map(AuditRecord::operation))
        .containsExactlyInAnyOrder(Operation.WRITE_MESSAGE, Operation.READ_MESSAGES);
  }

  @Test
  void anna_reads_karens_material_without_counting_as_karens_view() {
    RelativeGrant grant = karenGrantsAnna(Set.of(Scope.READ_MATERIAL), null);
    MaterialItem item =
        dialog
            .as(Actor.system("host"))
            .material()
            .attach(
                AttachMaterialCommand.text(
                    MaterialAttachment.course(homeCare.id()),
                    ReleaseRule.atStart(),
                    MaterialVariant.text(
                        Language.DA, "Sådan kommer hjemmeplejen", "Vi ringer på og venter."),
                    MaterialVariant.text(
                        Language.EN, "How home care visits", "We ring the bell and wait.")));

    // without the plan, Anna finds Karen's material through Karen herself
    assertThatThrownBy(() -> asAnna(grant).plan().overview(karen.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(asAnna(grant).material().releasedTo(karen.id()))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.item()).isEqualTo(item.id());
              assertThat(i.course()).isEqualTo(homeCare.id());
            });
    ReleasedItem seenByAnna = asAnna(grant).material().open(homeCare.id(), item.id());

    assertThat(seenByAnna.title()).isEqualTo("Sådan kommer hjemmeplejen");
    assertThat(seenByAnna.progress().views()).isZero();
    assertThatThrownBy(() -> asAnna(grant).material().markUnderstood(homeCare.id(), item.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(asKaren().material().open(homeCare.id(), item.id()).progress().views()).isEqualTo(1);
    assertThat(asKaren().material().releasedTo(karen.id()))
        .singleElement()
        .satisfies(i -> assertThat(i.progress().views()).isEqualTo(1));
    // a revoked grant stops the list at once
    asKaren().relatives().revoke(new RevokeGrantCommand(grant.id(), grant.version(), null));
    assertThatThrownBy(() -> asAnna(grant).material().releasedTo(karen.id()))
        .isInstanceOf(AccessDeniedException.class);
  }
}
