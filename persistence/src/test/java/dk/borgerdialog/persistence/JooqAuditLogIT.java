package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.access.AuditLog;
import dk.borgerdialog.access.AuditRecord;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.citizen.model.CitizenId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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

    Contract(Database database) {
      super(database);
    }

    /** Refusals are read across all citizens, so each test gets a database to itself. */
    @BeforeEach
    void freshLog() {
      log = freshPersistence().auditLog();
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
