package dk.borgerdialog.retention.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessPolicy;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.access.AuditRecord;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.retention.model.ExpiredData;
import dk.borgerdialog.retention.model.RetentionKind;
import dk.borgerdialog.retention.model.RetentionPolicy;
import dk.borgerdialog.testfixtures.DirectTransactions;
import dk.borgerdialog.testfixtures.InMemoryAuditLog;
import dk.borgerdialog.testfixtures.InMemoryRelativeGrants;
import dk.borgerdialog.testfixtures.InMemoryStaffMembers;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PurgingExpiredDataTest {
  static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
  static final Actor SYSTEM = Actor.system("retention");

  final SettableClock clock = SettableClock.at("2026-12-14T09:00", "Europe/Copenhagen");
  final InMemoryAuditLog audit = new InMemoryAuditLog();
  final DirectTransactions transactions = new DirectTransactions();
  final AccessControl access =
      new AccessControl(
          AccessPolicy.standard(),
          new InMemoryStaffMembers(),
          new InMemoryRelativeGrants(),
          audit,
          transactions,
          clock);

  /** Items of one kind, each with its instant; fails on the given call, counting from 1. */
  static final class FakeKind implements ExpiredData {
    final RetentionKind kind;
    final List<Instant> items = new ArrayList<>();
    final List<Instant> cutoffs = new ArrayList<>();
    int failOnCall;
    int calls;

    FakeKind(RetentionKind kind) {
      this.kind = kind;
    }

    @Override
    public RetentionKind kind() {
      return kind;
    }

    @Override
    public int purge(Instant cutoff, int limit) {
      calls++;
      cutoffs.add(cutoff);
      if (calls == failOnCall) {
        throw new IllegalStateException("the node died");
      }
      List<Instant> due =
          items.stream().filter(i -> !i.isAfter(cutoff)).sorted().limit(limit).toList();
      due.forEach(items::remove);
      return due.size();
    }
  }

  PurgingExpiredData purging(RetentionPolicy policy, ExpiredData... kinds) {
    return PurgingExpiredData.of(List.of(kinds), policy, access, audit, transactions, clock, CPH);
  }

  List<AuditRecord> purgeRecords() {
    return audit.all().stream().filter(r -> r.operation() == Operation.PURGE_EXPIRED_DATA).toList();
  }

  @Test
  void an_interrupted_purge_keeps_its_committed_batches_and_the_next_run_goes_on() {
    FakeKind notifications = new FakeKind(RetentionKind.NOTIFICATIONS);
    Instant cutoff = clock.instant().atZone(CPH).minus(Period.ofMonths(6)).toInstant();
    for (int i = 0; i < 7; i++) {
      notifications.items.add(cutoff.minus(Duration.ofHours(i)));
    }
    notifications.items.add(cutoff.plusSeconds(1));
    notifications.failOnCall = 2;
    PurgingExpiredData purging =
        purging(RetentionPolicy.standard().withBatchSize(3), notifications);

    assertThatThrownBy(() -> purging.purgeDue(SYSTEM)).isInstanceOf(IllegalStateException.class);
    assertThat(notifications.items).hasSize(5);
    assertThat(purgeRecords()).hasSize(1);

    PurgeReport resumed = purging.purgeDue(SYSTEM);
    assertThat(resumed.purged()).containsEntry(RetentionKind.NOTIFICATIONS, 4);
    assertThat(resumed.batches()).isEqualTo(2);
    assertThat(notifications.items).containsExactly(cutoff.plusSeconds(1));
    assertThat(purgeRecords()).hasSize(3);
    assertThat(purgeRecords())
        .allSatisfy(
            r -> {
              assertThat(r.citizen()).isNull();
              assertThat(r.entityId()).isNull();
              assertThat(r.actorId()).isEqualTo("retention");
              assertThat(r.reason()).startsWith("retention NOTIFICATIONS: ");
            });

    PurgeReport again = purging.purgeDue(SYSTEM);
    assertThat(again.total()).isZero();
    assertThat(purgeRecords()).as("nothing purged, nothing recorded").hasSize(3);
  }

  @Test
  void kinds_run_in_the_enums_order_with_their_cutoffs_and_one_kept_for_ever_is_never_asked() {
    FakeKind auditTrail = new FakeKind(RetentionKind.AUDIT);
    FakeKind messages = new FakeKind(RetentionKind.MESSAGES);
    FakeKind feeds = new FakeKind(RetentionKind.CALENDAR_FEEDS);
    List<RetentionKind> order = new ArrayList<>();
    ExpiredData recordingAudit = recording(auditTrail, order);
    ExpiredData recordingMessages = recording(messages, order);
    PurgingExpiredData purging =
        purging(
            RetentionPolicy.standard().keepingForever(RetentionKind.CALENDAR_FEEDS),
            recordingAudit,
            feeds,
            recordingMessages);

    PurgeReport report = purging.purgeDue(SYSTEM);

    assertThat(order).containsExactly(RetentionKind.MESSAGES, RetentionKind.AUDIT);
    assertThat(feeds.calls).isZero();
    assertThat(report.purged()).containsOnlyKeys(RetentionKind.MESSAGES, RetentionKind.AUDIT);
    assertThat(auditTrail.cutoffs).containsExactly(Instant.parse("2024-12-14T08:00:00Z"));
    assertThat(messages.cutoffs).containsExactly(Instant.parse("2021-12-14T08:00:00Z"));
  }

  @Test
  void only_the_system_may_purge_and_a_refusal_purges_nothing() {
    FakeKind notifications = new FakeKind(RetentionKind.NOTIFICATIONS);
    notifications.items.add(Instant.EPOCH);
    PurgingExpiredData purging = purging(RetentionPolicy.standard(), notifications);

    assertThatThrownBy(
            () ->
                purging.purgeDue(
                    Actor.staff(new StaffMemberId(UUID.randomUUID()), AssuranceLevel.HIGH)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(notifications.items).hasSize(1);
    assertThat(audit.refusals(10)).hasSize(1);
  }

  private static ExpiredData recording(FakeKind kind, List<RetentionKind> order) {
    return new ExpiredData() {
      @Override
      public RetentionKind kind() {
        return kind.kind();
      }

      @Override
      public int purge(Instant cutoff, int limit) {
        order.add(kind.kind());
        return kind.purge(cutoff, limit);
      }
    };
  }
}
