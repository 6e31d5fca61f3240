package dk.borgerdialog.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LatenciesTest {

  @Test
  void percentiles_ofOneToHundredMilliseconds() {
    long[] nanos = LongStream.rangeClosed(1, 100).map(ms -> ms * 1_000_000).toArray();
    // shuffled input: the order of measurement must not matter
    long[] reversed = LongStream.rangeClosed(1, 100).map(i -> (101 - i) * 1_000_000).toArray();

    Latencies l = Latencies.ofNanos(reversed);

    assertThat(Latencies.ofNanos(nanos)).isEqualTo(l);
    assertThat(l.count()).isEqualTo(100);
    assertThat(l.p50()).isCloseTo(50, within(1e-9));
    assertThat(l.p95()).isCloseTo(95, within(1e-9));
    assertThat(l.p99()).isCloseTo(99, within(1e-9));
  }

  @Test
  void oneValue_isEveryPercentile() {
    Latencies l = Latencies.ofNanos(new long[] {2_500_000});
    assertThat(l.p50()).isEqualTo(2.5);
    assertThat(l.p99()).isEqualTo(2.5);
  }

  @Test
  void noValues_areRefused() {
    assertThatThrownBy(() -> Latencies.ofNanos(new long[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void percentiles_areOrderedAndWithinTheRange(@ForAll @Size(min = 1, max = 200) long[] values) {
    long[] nanos = LongStream.of(values).map(v -> Math.floorMod(v, 1_000_000_000L)).toArray();
    Latencies l = Latencies.ofNanos(nanos);
    double min = LongStream.of(nanos).min().orElseThrow() / 1e6;
    double max = LongStream.of(nanos).max().orElseThrow() / 1e6;
    assertThat(l.p50()).isBetween(min, max);
    assertThat(l.p50()).isLessThanOrEqualTo(l.p95());
    assertThat(l.p95()).isLessThanOrEqualTo(l.p99());
    assertThat(l.p99()).isLessThanOrEqualTo(max);
  }

  @Test
  void throughput_perSecond() {
    Throughput t = new Throughput(10_000, 2_000_000_000L);
    assertThat(t.perSecond()).isEqualTo(5_000);
    assertThat(t.toString()).isEqualTo("5000.0 ops/s (10000 in 2.000 s)");
  }
}
