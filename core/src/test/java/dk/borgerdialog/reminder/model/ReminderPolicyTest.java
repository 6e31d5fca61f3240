package dk.borgerdialog.reminder.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.InvalidInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class ReminderPolicyTest {

  private static AbstractThrowableAssert<?, ? extends Throwable> assertRejected(
      List<Duration> offsets) {
    return assertThatThrownBy(() -> new ReminderPolicy(offsets, false))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("offsets"));
  }

  @Test
  void default_is24hAnd2hKeepingQuietHours() {
    assertThat(ReminderPolicy.DEFAULT.offsets())
        .containsExactly(Duration.ofHours(24), Duration.ofHours(2));
    assertThat(ReminderPolicy.DEFAULT.critical()).isFalse();
  }

  @Test
  void offsets_areOrderedLongestFirst() {
    ReminderPolicy policy =
        new ReminderPolicy(
            List.of(
                Duration.ofMinutes(45),
                Duration.ofHours(72),
                Duration.ofHours(2),
                Duration.ofHours(24)),
            true);

    assertThat(policy.offsets())
        .containsExactly(
            Duration.ofHours(72),
            Duration.ofHours(24),
            Duration.ofHours(2),
            Duration.ofMinutes(45));
    assertThat(policy.critical()).isTrue();
  }

  @Test
  void offsets_areACopy() {
    List<Duration> offsets = new ArrayList<>(List.of(Duration.ofHours(2)));
    ReminderPolicy policy = new ReminderPolicy(offsets, false);

    offsets.add(Duration.ofHours(24));

    assertThat(policy.offsets()).containsExactly(Duration.ofHours(2));
    assertThatThrownBy(() -> policy.offsets().add(Duration.ofHours(1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void hoursBefore_keepsQuietHours() {
    assertThat(ReminderPolicy.hoursBefore(2, 72, 24))
        .isEqualTo(
            new ReminderPolicy(
                List.of(Duration.ofHours(72), Duration.ofHours(24), Duration.ofHours(2)), false));
  }

  @Test
  void offsets_fromOneMinuteToThirtyDays_areAccepted() {
    assertThat(new ReminderPolicy(List.of(Duration.ofMinutes(1), Duration.ofDays(30)), false))
        .isNotNull();
  }

  @Test
  void offsets_missing_namesOffsets() {
    assertRejected(null);
  }

  @Test
  void offsets_withNull_namesOffsets() {
    assertRejected(Arrays.asList(Duration.ofHours(2), null));
  }

  @Test
  void offsets_zeroNegativeOrUnderAMinute_nameOffsets() {
    assertRejected(List.of(Duration.ZERO));
    assertRejected(List.of(Duration.ofHours(-2)));
    assertRejected(List.of(Duration.ofSeconds(59)));
  }

  @Test
  void offsets_overThirtyDays_namesOffsets() {
    assertRejected(List.of(Duration.ofDays(30).plusSeconds(1)));
  }

  @Test
  void offsets_twice_namesOffsets() {
    assertRejected(List.of(Duration.ofHours(2), Duration.ofMinutes(120)));
  }

  @Test
  void offsets_moreThanFive_namesOffsets() {
    assertRejected(
        List.of(
            Duration.ofHours(1),
            Duration.ofHours(2),
            Duration.ofHours(3),
            Duration.ofHours(4),
            Duration.ofHours(5),
            Duration.ofHours(6)));
  }

  @Test
  void hoursBefore_zero_namesOffsets() {
    assertThatThrownBy(() -> ReminderPolicy.hoursBefore(0))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("offsets"));
  }
}
