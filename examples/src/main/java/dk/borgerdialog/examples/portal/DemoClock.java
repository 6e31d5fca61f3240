package dk.borgerdialog.examples.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that runs with a base clock, shifted by an offset the portal sets.
 *
 * <p>The demo data has a history: appointments in the past weeks, marked attended or no-show, and
 * appointments earlier today still to mark. The SDK books only appointments in the future, so the
 * seeding turns this clock back, books, and turns it forward again, as time would have passed.
 */
public final class DemoClock extends Clock {
  private final Clock base;
  private final AtomicReference<Duration> offset;

  private DemoClock(Clock base, AtomicReference<Duration> offset) {
    this.base = Objects.requireNonNull(base);
    this.offset = offset;
  }

  /**
   * A clock that runs as {@code base} until shifted.
   *
   * @param base the base clock: the system clock, or a fixed one in tests
   * @return the clock
   */
  public static DemoClock over(Clock base) {
    return new DemoClock(base, new AtomicReference<>(Duration.ZERO));
  }

  /**
   * Shifts the clock against its base.
   *
   * @param shift how far from the base; negative for the past, zero for the base's time
   */
  public void shift(Duration shift) {
    offset.set(Objects.requireNonNull(shift));
  }

  /**
   * The base clock's instant, whatever the shift.
   *
   * @return the unshifted instant
   */
  public Instant baseInstant() {
    return base.instant();
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new DemoClock(base.withZone(zone), offset);
  }
}
