package dk.borgerdialog.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoalTest {

  @Test
  void atLeast_passesFromTheTargetUp() {
    Goal goal = Goal.atLeast(0.7);
    assertThat(goal.isMetBy(0.7)).isTrue();
    assertThat(goal.isMetBy(1.5)).isTrue();
    assertThat(goal.isMetBy(0.699)).isFalse();
    assertThat(goal).hasToString(">=0.7");
  }

  @Test
  void atMost_passesUpToTheTarget() {
    Goal goal = Goal.atMost(2);
    assertThat(goal.isMetBy(2)).isTrue();
    assertThat(goal.isMetBy(0.1)).isTrue();
    assertThat(goal.isMetBy(2.001)).isFalse();
    assertThat(goal).hasToString("<=2");
  }

  @Test
  void notANumber_neverPasses() {
    assertThat(Goal.atLeast(0.5).isMetBy(Double.NaN)).isFalse();
    assertThat(Goal.atMost(1.3).isMetBy(Double.NaN)).isFalse();
  }

  @Test
  void target_mustBePositive() {
    assertThatThrownBy(() -> Goal.atMost(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Goal.atLeast(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void line_hasTheAgreedShape() {
    BenchResult pass = new BenchResult("dispatch", 0.8312, Goal.atLeast(0.7), "a", "b", List.of());
    BenchResult fail = new BenchResult("overview_pg", 3.5, Goal.atMost(1.3), "a", "b", List.of());
    BenchResult broken =
        BenchResult.failed("book", Goal.atLeast(0.4), new IllegalStateException("no database"));

    assertThat(pass.line()).isEqualTo("BENCH dispatch ratio=0.831 goal=>=0.7 PASS");
    assertThat(fail.line()).isEqualTo("BENCH overview_pg ratio=3.500 goal=<=1.3 FAIL");
    assertThat(broken.line()).isEqualTo("BENCH book ratio=NaN goal=>=0.4 FAIL");
    assertThat(broken.notes()).containsExactly("ERROR IllegalStateException: no database");
    assertThat(pass.line()).matches("BENCH \\S+ ratio=\\S+ goal=(>=|<=)\\S+ (PASS|FAIL)");
  }
}
