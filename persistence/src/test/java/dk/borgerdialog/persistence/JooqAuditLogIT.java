package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.access.AuditChain;
import dk.borgerdialog.access.AuditLog;
import dk.borgerdialog.access.AuditRecord;
import dk.borgerdialog.access.AuditVerification;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.access.Purpose;
import dk.borgerdialog.citizen.model.CitizenId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqAuditLogIT {

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
    private AuditLog log;
    private JooqPersistence own;

    Contract(Database database) {
      super(database);
    }

    /** Refusals are read across all citizens, so each test gets a database to itself. */
    @BeforeEach
    void freshLog() {
      own = freshPersistence();
      log = own.auditLog();
    }

    @Test
    void records_about_a_citizen_newest_first_with_every_field() {
      CitizenId citizen = CitizenId.random();
      AuditRecord oldest = record(citizen, NOW.minusSeconds(120), Operation.VIEW_OVERVIEW, true);
      AuditRecord newest = record(citizen, NOW, Operation.CANCEL_APPOINTMENT, false);
      AuditRecord middle =
          new AuditRecord(
              UUID.randomUUID(),
              NOW.minusSeconds(60),
              ActorKind.SYSTEM,
              "nightly-import",
              AssuranceLevel.HIGH,
              citizen,
              Operation.ADMINISTER,
              null,
              true,
              null);
      log.append(oldest);
      log.append(newest);
      log.append(middle);
      log.append(record(CitizenId.random(), NOW, Operation.VIEW_OVERVIEW, true));

      assertThat(log.about(citizen, 10)).containsExactly(newest, middle, oldest);
      assertThat(log.about(citizen, 2)).containsExactly(newest, middle);
      assertThat(log.about(citizen, 0)).isEmpty();
      assertThat(log.about(CitizenId.random(), 10)).isEmpty();
    }

    @Test
    void records_at_the_same_instant_come_newest_appended_first() {
      CitizenId citizen = CitizenId.random();
      List<AuditRecord> appended = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        AuditRecord record = record(citizen, NOW, Operation.VIEW_OVERVIEW, true);
        log.append(record);
        appended.add(0, record);
      }

      assertThat(log.about(citizen, 10)).containsExactlyElementsOf(appended);
    }

    @Test
    void refusals_newest_first_including_those_about_no_citizen() {
      AuditRecord allowed = record(CitizenId.random(), NOW, Operation.VIEW_OVERVIEW, true);
      AuditRecord older =
          record(CitizenId.random(), NOW.minusSeconds(30), Operation.BOOK_APPOINTMENT, false);
      AuditRecord organisational =
          new AuditRecord(
              UUID.randomUUID(),
              NOW,
              ActorKind.CITIZEN,
              UUID.randomUUID().toString(),
              AssuranceLevel.LOW,
              null,
              Operation.ADMINISTER,
              null,
              false,
              "not allowed for citizen");
      log.append(allowed);
      log.append(organisational);
      log.append(older);

      assertThat(log.refusals(10)).containsExactly(organisational, older);
      assertThat(log.refusals(1)).containsExactly(organisational);
    }

    @Test
    void every_operation_actor_kind_and_level_is_stored() {
      CitizenId citizen = CitizenId.random();
      List<AuditRecord> appended = new ArrayList<>();
      Instant at = NOW;
      for (Operation operation : Operation.values()) {
        for (ActorKind kind : ActorKind.values()) {
          for (AssuranceLevel level : AssuranceLevel.values()) {
            at = at.plusSeconds(1);
            AuditRecord record =
                new AuditRecord(
                    UUID.randomUUID(),
                    at,
                    kind,
                    "actor",
                    level,
                    citizen,
                    operation,
                    UUID.randomUUID(),
                    true,
                    null);
            log.append(record);
            appended.add(0, record);
          }
        }
      }

      assertThat(log.about(citizen, appended.size())).containsExactlyElementsOf(appended);
    }

    @Test
    void a_record_for_someone_else_keeps_on_behalf_of_purpose_and_correlation_id() {
      CitizenId karen = CitizenId.random();
      AuditRecord byAnna =
          new AuditRecord(
              UUID.randomUUID(),
              NOW,
              ActorKind.RELATIVE,
              UUID.randomUUID().toString(),
              AssuranceLevel.SUBSTANTIAL,
              karen,
              Operation.CANCEL_APPOINTMENT,
              UUID.randomUUID(),
              true,
              null,
              karen,
              Purpose.ON_YOUR_BEHALF,
              "req-4711");
      log.append(byAnna);

      assertThat(log.about(karen, 1)).containsExactly(byAnna);
    }

    @Test
    void the_access_log_pages_allowed_records_newest_first() {
      CitizenId citizen = CitizenId.random();
      List<AuditRecord> allowed = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        AuditRecord r = record(citizen, NOW.plusSeconds(i), Operation.VIEW_OVERVIEW, true);
        log.append(r);
        allowed.add(0, r);
      }
      log.append(record(citizen, NOW.plusSeconds(10), Operation.VIEW_OVERVIEW, false));

      assertThat(log.accessesTo(citizen, 0, 2)).containsExactlyElementsOf(allowed.subList(0, 2));
      assertThat(log.accessesTo(citizen, 2, 2)).containsExactlyElementsOf(allowed.subList(2, 4));
      assertThat(log.accessesTo(citizen, 4, 2)).containsExactly(allowed.get(4));
      assertThat(log.accessesTo(citizen, 6, 2)).isEmpty();
    }

    @Test
    void an_untouched_chain_verifies() {
      assertThat(log.verify()).isEqualTo(AuditVerification.intact(0));
      for (int i = 0; i < 7; i++) {
        log.append(record(CitizenId.random(), NOW.plusSeconds(i), Operation.VIEW_OVERVIEW, i > 0));
      }

      assertThat(log.verify()).isEqualTo(AuditVerification.intact(7));
    }

    @Test
    void a_changed_record_is_detected() throws SQLException {
      List<AuditRecord> records = appendSome(5);

      sql(
          "UPDATE borgerdialog.audit_record SET actor_id = 'someone-else' WHERE id = ?",
          records.get(2).id());

      AuditVerification result = log.verify();
      assertThat(result.intact()).isFalse();
      assertThat(result.firstBroken()).isEqualTo(records.get(2).id());
      assertThat(result.recordsChecked()).isEqualTo(2);
    }

    @Test
    void a_changed_record_with_its_hashes_recomputed_breaks_the_next_link() throws SQLException {
      List<AuditRecord> records = appendSome(5);
      AuditRecord original = records.get(1);
      AuditRecord forged =
          new AuditRecord(
              original.id(),
              original.at(),
              original.actorKind(),
              "someone-else",
              original.level(),
              original.citizen(),
              original.operation(),
              original.entityId(),
              original.allowed(),
              original.reason());
      String contentHash = AuditChain.contentHash(forged);

      sql(
          "UPDATE borgerdialog.audit_record SET actor_id = 'someone-else', content_hash = '"
              + contentHash
              + "', chain_hash = '"
              + AuditChain.link(chainHashOf(records.get(0)), contentHash)
              + "' WHERE id = ?",
          original.id());

      AuditVerification result = log.verify();
      assertThat(result.intact()).isFalse();
      assertThat(result.firstBroken()).isEqualTo(records.get(2).id());
    }

    @Test
    void a_deleted_record_is_detected() throws SQLException {
      List<AuditRecord> records = appendSome(5);

      sql("DELETE FROM borgerdialog.audit_record WHERE id = ?", records.get(3).id());

      AuditVerification result = log.verify();
      assertThat(result.intact()).isFalse();
      assertThat(result.firstBroken()).isEqualTo(records.get(4).id());
    }

    @Test
    void deleting_the_last_records_is_detected_by_the_head() throws SQLException {
      List<AuditRecord> records = appendSome(5);

      sql("DELETE FROM borgerdialog.audit_record WHERE id = ?", records.get(4).id());

      AuditVerification result = log.verify();
      assertThat(result.intact()).isFalse();
      assertThat(result.firstBroken()).isNull();
      assertThat(result.problem()).contains("last records were deleted");
    }

    @Test
    void concurrent_appends_form_one_chain() throws Exception {
      int threads = 6;
      int each = 20;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < each; i++) {
                    // each append in a transaction that also does other work, as a use case does
                    own.transactions()
                        .inTransaction(
                            () -> {
                              log.append(
                                  record(CitizenId.random(), NOW, Operation.VIEW_OVERVIEW, true));
                              return null;
                            });
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();

      assertThat(log.verify()).isEqualTo(AuditVerification.intact((long) threads * each));
    }

    @Test
    void a_transaction_takes_the_chain_lock_only_at_its_end() throws Exception {
      ExecutorService pool = Executors.newSingleThreadExecutor();
      CountDownLatch appended = new CountDownLatch(1);
      CountDownLatch finish = new CountDownLatch(1);
      AuditRecord slow = record(CitizenId.random(), NOW, Operation.VIEW_OVERVIEW, true);
      Future<?> open =
          pool.submit(
              () ->
                  own.transactions()
                      .inTransaction(
                          () -> {
                            log.append(slow);
                            appended.countDown();
                            // the rest of a long use case, after it recorded its audit
                            await(finish);
                            return null;
                          }));
      await(appended);

      // another transaction appends and commits while the first is still open
      AuditRecord quick = record(CitizenId.random(), NOW, Operation.VIEW_OVERVIEW, true);
      log.append(quick);
      assertThat(log.verify()).isEqualTo(AuditVerification.intact(1));

      finish.countDown();
      open.get(30, TimeUnit.SECONDS);
      pool.shutdown();
      assertThat(log.verify()).isEqualTo(AuditVerification.intact(2));
      assertThat(chainHashOf(slow))
          .isEqualTo(AuditChain.link(chainHashOf(quick), AuditChain.contentHash(slow)));
    }

    @Test
    void records_of_failed_work_or_a_rolled_back_savepoint_are_never_written() {
      AuditRecord kept = record(CitizenId.random(), NOW, Operation.VIEW_OVERVIEW, true);
      AuditRecord ofSavepoint = record(CitizenId.random(), NOW, Operation.VIEW_OVERVIEW, true);
      AuditRecord ofFailure = record(CitizenId.random(), NOW, Operation.VIEW_OVERVIEW, true);

      own.transactions()
          .inTransaction(
              () -> {
                log.append(kept);
                try {
                  own.transactions()
                      .inTransaction(
                          () -> {
                            log.append(ofSavepoint);
                            throw new IllegalStateException("the savepoint's work fails");
                          });
                } catch (IllegalStateException expected) {
                  // the outer work goes on
                }
                return null;
              });
      try {
        own.transactions()
            .inTransaction(
                () -> {
                  log.append(ofFailure);
                  throw new IllegalStateException("the work fails");
                });
      } catch (IllegalStateException expected) {
        // nothing of it is written
      }

      assertThat(log.verify()).isEqualTo(AuditVerification.intact(1));
      assertThat(log.about(kept.citizen(), 10)).containsExactly(kept);
      assertThat(log.about(ofSavepoint.citizen(), 10)).isEmpty();
      assertThat(log.about(ofFailure.citizen(), 10)).isEmpty();
    }

    private static void await(CountDownLatch latch) {
      try {
        assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    private List<AuditRecord> appendSome(int count) {
      List<AuditRecord> records = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        AuditRecord r =
            record(CitizenId.random(), NOW.plusSeconds(i), Operation.VIEW_OVERVIEW, true);
        log.append(r);
        records.add(r);
      }
      assertThat(log.verify().intact()).isTrue();
      return records;
    }

    private String chainHashOf(AuditRecord record) throws SQLException {
      try (Connection c = own.transactionalDataSource().getConnection();
          PreparedStatement s =
              c.prepareStatement("SELECT chain_hash FROM borgerdialog.audit_record WHERE id = ?")) {
        s.setObject(1, record.id());
        try (ResultSet rs = s.executeQuery()) {
          assertThat(rs.next()).isTrue();
          return rs.getString(1);
        }
      }
    }

    private void sql(String statement, UUID id) throws SQLException {
      try (Connection c = own.transactionalDataSource().getConnection();
          PreparedStatement s = c.prepareStatement(statement)) {
        s.setObject(1, id);
        assertThat(s.executeUpdate()).isEqualTo(1);
      }
    }

    private static AuditRecord record(
        CitizenId citizen, Instant at, Operation operation, boolean allowed) {
      return new AuditRecord(
          UUID.randomUUID(),
          at,
          ActorKind.STAFF,
          UUID.randomUUID().toString(),
          AssuranceLevel.SUBSTANTIAL,
          citizen,
          operation,
          UUID.randomUUID(),
          allowed,
          allowed ? null : "not the staff member's unit");
    }
  }
}
