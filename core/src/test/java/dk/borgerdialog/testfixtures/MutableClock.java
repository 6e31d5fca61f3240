package dk.borgerdialog.testfixtures;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test sets or advances it.
 *
 * <p>All copies made with {@link #withZone} share the same instant, so a use case that received the
 * clock sees every change the test makes.
 */
public final class MutableClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * A clock standing at an instant.
   *
   * @param start the instant
   * @param zone the clock's zone
   * @return the clock
   */
  public static MutableClock at(Instant start, ZoneId zone) {
    return new MutableClock(new AtomicReference<>(Objects.requireNonNull(start)), zone);
  }

  /**
   * A clock standing at a local time in a zone.
   *
   * @param local the local date and time
   * @param zone the zone, also the clock's zone
   * @return the clock
   */
  public static MutableClock at(LocalDateTime local, ZoneId zone) {
    return at(local.atZone(zone).toInstant(), zone);
  }

  /**
   * Sets the clock.
   *
   * @param instant the new instant
   */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant));
  }

  /**
   * Sets the clock to a local time in the clock's zone.
   *
   * @param local the local date and time; in a gap it is shifted forward, in an overlap the earlier
   *     offset is taken
   */
  public void set(LocalDateTime local) {
    set(local.atZone(zone).toInstant());
  }

  /**
   * Moves the clock on, or back for a negative amount.
   *
   * @param amount how far
   */
  public void advance(Duration amount) {
    now.updateAndGet(i -> i.plus(amount));
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return new MutableClock(now, newZone);
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
