package dk.borgerdialog.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it. Thread-safe.
 *
 * <p>Borgerdialog reads all time from an injected {@link Clock}; pass this one to control time in
 * tests and simulations (deadlines, daylight-saving changes), as in {@code
 * Borgerdialog.builder().clock(clock)}.
 *
 * <pre>{@code
 * SettableClock clock = SettableClock.at("2026-10-24T20:00", "Europe/Copenhagen");
 * clock.advance(Duration.ofHours(12));
 * }</pre>
 */
public final class SettableClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private SettableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * A clock at an instant, in UTC.
   *
   * @param instant the instant
   * @return the clock
   */
  public static SettableClock at(Instant instant) {
    return new SettableClock(
        new AtomicReference<>(Objects.requireNonNull(instant)), ZoneOffset.UTC);
  }

  /**
   * A clock at an instant, in a zone.
   *
   * @param instant the instant
   * @param zone the zone
   * @return the clock
   */
  public static SettableClock at(Instant instant, ZoneId zone) {
    return new SettableClock(
        new AtomicReference<>(Objects.requireNonNull(instant)), Objects.requireNonNull(zone));
  }

  /**
   * A clock at a local date and time in a zone, such as {@code at("2026-03-29T01:30",
   * "Europe/Copenhagen")}.
   *
   * @param localDateTime an ISO local date and time
   * @param zone the zone's id
   * @return the clock, in that zone
   */
  public static SettableClock at(String localDateTime, String zone) {
    ZoneId id = ZoneId.of(zone);
    Instant instant = LocalDateTime.parse(localDateTime).atZone(id).toInstant();
    return new SettableClock(new AtomicReference<>(instant), id);
  }

  /**
   * Sets the time.
   *
   * @param instant the new instant; it may be earlier than the current one
   */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant));
  }

  /**
   * Moves the time by a duration; a negative duration moves it back.
   *
   * @param duration the duration
   * @return the new instant
   */
  public Instant advance(Duration duration) {
    Objects.requireNonNull(duration);
    return now.updateAndGet(i -> i.plus(duration));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return new SettableClock(now, newZone);
  }

  @Override
  public String toString() {
    return "SettableClock[" + now.get() + ", " + zone + "]";
  }
}
