package dk.borgerdialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.notification.model.InAppNotification;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.Centre;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitRole;
import dk.borgerdialog.persistence.JooqPersistence;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.plan.model.CourseTemplate;
import dk.borgerdialog.retention.application.PurgeReport;
import dk.borgerdialog.retention.model.RetentionKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The retention purge through the SDK, on a real database with a settable clock: exactly what is
 * due goes (a second earlier, nothing does), in batches, audited without personal content, once;
 * the audit trail verifies after its oldest records went; a kind kept for ever stays; and the
 * scheduled job purges by itself when the clock says so.
 */
abstract class RetentionScenariosContract {
  static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

  SettableClock clock;
  DataSource dataSource;
  Borgerdialog dialog;
  JooqPersistence store;
  StaffMember worker;
  Citizen karen;
  Instant start;

  abstract DataSource freshDatabase();

  void start(UnaryOperator<Borgerdialog.Builder> settings) {
    clock = SettableClock.at("2026-12-14T09:00", "Europe/Copenhagen");
    start = clock.instant();
    dataSource = freshDatabase();
    dialog = settings.apply(Borgerdialog.builder().dataSource(dataSource).clock(clock)).start();
    store = JooqPersistence.create(dataSource);
    SetupOperations setup = dialog.setup();
    Municipality fk = setup.createMunicipality("Frederiksberg Kommune");
    Centre centre = setup.createCentre(fk.id(), "Sundhed og Omsorg");
    Unit nord =
        setup.createUnit(centre.id(), "Hjemmeplejen Nord", "Hjemmeplejen", BookingRules.defaults());
    worker =
        setup.addStaffMember(
            fk.id(),
            null,
            "Lise Madsen",
            "Social- og sundhedshjælper",
            List.of(new UnitRole(nord.id(), StaffRole.HOME_CARE_WORKER)));
    karen = setup.registerCitizen(fk.id(), ExternalRef.of("nexus", "K-1"), null, "Karen Holm");
    CourseTemplate template =
        setup.addCourseTemplate(fk.id(), "Hjemmepleje", CourseKind.HOME_CARE, null);
    staff().plan().openCourse(karen.id(), nord.id(), template.id());
  }

  @AfterEach
  void tearDown() {
    if (dialog != null) {
      dialog.close();
    }
  }

  Session staff() {
    return dialog.as(Actor.staff(worker.id(), AssuranceLevel.SUBSTANTIAL));
  }

  Session host() {
    return dialog.as(Actor.system("retention-desk"));
  }

  @Test
  void exactly_what_is_due_goes_in_batches_audited_and_a_second_run_purges_nothing()
      throws Exception {
    start(b -> b.noScheduledRetentionPurge().retentionBatchSize(2));
    List<UUID> due = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      due.add(notification(start));
    }
    UUID kept = notification(start.plusSeconds(1));
    Instant dueAt =
        start.atZone(CPH).plus(Borgerdialog.Builder.DEFAULT_NOTIFICATION_RETENTION).toInstant();

    clock.set(dueAt.minusSeconds(1));
    assertThat(host().personalData().purgeExpired().total())
        .as("a second before the due instant")
        .isZero();
    assertThat(notifications()).hasSize(6);

    clock.set(dueAt);
    PurgeReport first = host().personalData().purgeExpired();
    assertThat(first.purged()).containsEntry(RetentionKind.NOTIFICATIONS, 5);
    assertThat(first.total()).isEqualTo(5);
    assertThat(first.batches()).as("5 items in batches of 2").isEqualTo(3);
    assertThat(notifications()).containsExactly(kept);
    long purgeRecords =
        count(
            "SELECT COUNT(*) FROM borgerdialog.audit_record"
                + " WHERE operation = 'PURGE_EXPIRED_DATA' AND citizen_id IS NULL AND entity_id IS NULL");
    assertThat(purgeRecords).as("one audit record per batch").isEqualTo(3);
    assertThat(
            count(
                "SELECT COUNT(*) FROM borgerdialog.audit_record WHERE operation ="
                    + " 'PURGE_EXPIRED_DATA' AND (reason LIKE '%Karen%' OR reason LIKE '%"
                    + karen.id()
                    + "%')"))
        .as("no personal content in the purge's records")
        .isZero();

    PurgeReport second = host().personalData().purgeExpired();
    assertThat(second.total()).as("idempotent").isZero();
    assertThat(second.batches()).isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM borgerdialog.audit_record"
                    + " WHERE operation = 'PURGE_EXPIRED_DATA'"))
        .isEqualTo(purgeRecords);
    assertThat(host().audit().verifyTrail().intact()).isTrue();
    assertThatThrownBy(() -> staff().personalData().purgeExpired())
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void the_oldest_audit_records_go_and_the_trail_still_verifies() throws Exception {
    start(b -> b.noScheduledRetentionPurge().retentionBatchSize(3));
    long atStart = count("SELECT COUNT(*) FROM borgerdialog.audit_record");
    assertThat(atStart).as("the set-up's records").isGreaterThan(3);
    clock.set(start.plusSeconds(1));
    staff().plan().overview(karen.id());
    long later = count("SELECT COUNT(*) FROM borgerdialog.audit_record") - atStart;
    Instant dueAt =
        start.atZone(CPH).plus(Borgerdialog.Builder.DEFAULT_AUDIT_RETENTION).toInstant();

    clock.set(dueAt.minusSeconds(1));
    assertThat(host().personalData().purgeExpired().purged()).containsEntry(RetentionKind.AUDIT, 0);

    clock.set(dueAt);
    PurgeReport report = host().personalData().purgeExpired();

    assertThat(report.purged().get(RetentionKind.AUDIT)).isEqualTo((int) atStart);
    assertThat(
            count("SELECT COUNT(*) FROM borgerdialog.audit_record WHERE occurred_at <= ?", start))
        .isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM borgerdialog.audit_record WHERE occurred_at = ?",
                start.plusSeconds(1)))
        .isEqualTo(later);
    assertThat(host().audit().verifyTrail().intact()).isTrue();
    assertThat(host().personalData().purgeExpired().total()).isZero();
    assertThat(host().audit().verifyTrail().intact()).isTrue();
  }

  @Test
  void a_kind_kept_for_ever_is_left_alone() throws Exception {
    start(
        b ->
            b.noScheduledRetentionPurge()
                .keepForever(RetentionKind.NOTIFICATIONS)
                .keepForever(RetentionKind.AUDIT)
                .retention(RetentionKind.CALENDAR_FEEDS, Period.ofDays(1)));
    notification(start);
    long audit = count("SELECT COUNT(*) FROM borgerdialog.audit_record");
    clock.set(start.plus(Duration.ofDays(3650)));

    PurgeReport report = host().personalData().purgeExpired();

    assertThat(report.purged())
        .doesNotContainKeys(RetentionKind.NOTIFICATIONS, RetentionKind.AUDIT)
        .containsKey(RetentionKind.CALENDAR_FEEDS);
    assertThat(notifications()).hasSize(1);
    assertThat(count("SELECT COUNT(*) FROM borgerdialog.audit_record"))
        .as("nothing purged, nothing recorded")
        .isEqualTo(audit);
  }

  @Test
  void the_scheduled_purge_runs_by_itself_when_the_clock_has_moved() throws Exception {
    start(
        b -> b.reminderPolling(Duration.ofMillis(100)).retentionPurgeInterval(Duration.ofHours(1)));
    UUID due = notification(start);
    // The first run is due at start-up and finds nothing. The next is due an interval after
    // that run ends, by the clock: moving the clock while the first run is still busy would put
    // the next one an interval after the moved time, so wait for the first to finish.
    awaitNextPurgeAfter(start);
    clock.set(
        start
            .atZone(CPH)
            .plus(Borgerdialog.Builder.DEFAULT_NOTIFICATION_RETENTION)
            .toInstant()
            .plus(Duration.ofHours(2)));

    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (notifications().contains(due) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }

    assertThat(notifications()).doesNotContain(due);
    assertThat(
            count(
                "SELECT COUNT(*) FROM borgerdialog.audit_record"
                    + " WHERE operation = 'PURGE_EXPIRED_DATA' AND actor_id = 'retention'"))
        .isPositive();
  }

  void awaitNextPurgeAfter(Instant instant) throws Exception {
    String sql =
        "SELECT COUNT(*) FROM borgerdialog.scheduled_tasks"
            + " WHERE task_name = 'borgerdialog-retention-purge' AND picked = false"
            + " AND execution_time > ?";
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (count(sql, instant) == 0 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(count(sql, instant)).as("the first purge run has ended").isEqualTo(1);
  }

  UUID notification(Instant at) {
    UUID id = UUID.randomUUID();
    store
        .inAppNotifications()
        .addOnce(
            new InAppNotification(
                id,
                karen.id(),
                "test-" + id,
                "Påmindelse",
                "Påmindelse: aftale i morgen",
                at,
                null));
    return id;
  }

  List<UUID> notifications() {
    return store.inAppNotifications().of(karen.id(), 100).stream()
        .map(InAppNotification::id)
        .toList();
  }

  long count(String sql, Object... parameters) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        Object p = parameters[i];
        s.setObject(
            i + 1,
            p instanceof Instant instant
                ? java.time.OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC)
                : p);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
