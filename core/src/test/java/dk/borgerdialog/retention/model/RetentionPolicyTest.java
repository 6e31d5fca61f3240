package dk.borgerdialog.retention.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.InvalidInputException;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {
  static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

  @Test
  void standard_holds_every_kinds_default_and_batches_of_500() {
    RetentionPolicy policy = RetentionPolicy.standard();
    for (RetentionKind kind : RetentionKind.values()) {
      assertThat(policy.period(kind)).contains(kind.defaultPeriod());
    }
    assertThat(policy.period(RetentionKind.AUDIT)).contains(Period.ofYears(2));
    assertThat(policy.batchSize()).isEqualTo(500);
  }

  @Test
  void cutoff_counts_months_in_the_zone_across_daylight_saving() {
    // 09:00 in Copenhagen in summer (UTC+2); six months earlier it was winter (UTC+1)
    Instant now = Instant.parse("2026-07-01T07:00:00Z");
    assertThat(RetentionPolicy.standard().cutoff(RetentionKind.NOTIFICATIONS, now, CPH))
        .contains(Instant.parse("2026-01-01T08:00:00Z"));
  }

  @Test
  void a_kind_kept_for_ever_has_no_cutoff() {
    RetentionPolicy policy = RetentionPolicy.standard().keepingForever(RetentionKind.MESSAGES);
    assertThat(policy.cutoff(RetentionKind.MESSAGES, Instant.EPOCH, CPH)).isEmpty();
    assertThat(policy.period(RetentionKind.AUDIT)).isPresent();
  }

  @Test
  void with_rejects_periods_out_of_range_and_changes_nothing() {
    RetentionPolicy policy = RetentionPolicy.standard();
    for (Period bad :
        new Period[] {Period.ZERO, Period.ofDays(-1), Period.of(1, -13, 0), Period.ofYears(101)}) {
      assertThatThrownBy(() -> policy.with(RetentionKind.AUDIT, bad))
          .as(bad.toString())
          .isInstanceOf(InvalidInputException.class);
    }
    assertThatThrownBy(() -> policy.withBatchSize(0)).isInstanceOf(InvalidInputException.class);
    assertThat(policy).isEqualTo(RetentionPolicy.standard());
    assertThat(policy.with(RetentionKind.AUDIT, Period.ofDays(1)).period(RetentionKind.AUDIT))
        .contains(Period.ofDays(1));
  }
}
