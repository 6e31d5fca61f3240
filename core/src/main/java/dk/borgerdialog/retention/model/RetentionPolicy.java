package dk.borgerdialog.retention.model;

import dk.borgerdialog.common.internal.Check;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How long each {@link RetentionKind} is kept: a period, or for ever. Immutable.
 *
 * <p>A row is due when its instant plus the period, in the municipality's zone, has passed: it is
 * purged when its instant is at or before the <em>cutoff</em>, now minus the period.
 */
public final class RetentionPolicy {
  /** The longest period that can be set: 100 years. Longer is "keep for ever". */
  public static final Period MAX_PERIOD = Period.ofYears(100);

  /** How many items a purge removes per transaction unless set: 500. */
  public static final int DEFAULT_BATCH_SIZE = 500;

  /** The largest batch size that can be set. */
  public static final int MAX_BATCH_SIZE = 10_000;

  private final Map<RetentionKind, Optional<Period>> periods;
  private final int batchSize;

  private RetentionPolicy(Map<RetentionKind, Optional<Period>> periods, int batchSize) {
    this.periods = Collections.unmodifiableMap(new EnumMap<>(periods));
    this.batchSize = batchSize;
  }

  /**
   * The defaults of every kind ({@link RetentionKind#defaultPeriod()}).
   *
   * @return the standard policy
   */
  public static RetentionPolicy standard() {
    Map<RetentionKind, Optional<Period>> periods = new EnumMap<>(RetentionKind.class);
    for (RetentionKind kind : RetentionKind.values()) {
      periods.put(kind, Optional.of(kind.defaultPeriod()));
    }
    return new RetentionPolicy(periods, DEFAULT_BATCH_SIZE);
  }

  /**
   * This policy with another period for one kind.
   *
   * @param kind the kind
   * @param period positive, at least one day and at most {@link #MAX_PERIOD}
   * @return the new policy
   * @throws dk.borgerdialog.common.InvalidInputException if the kind or period is null, or the
   *     period is out of range
   */
  public RetentionPolicy with(RetentionKind kind, Period period) {
    Check.notNull("kind", kind);
    Check.notNull("period", period);
    Check.that(isValid(period), "period", "must be at least one day and at most 100 years");
    Map<RetentionKind, Optional<Period>> changed = new EnumMap<>(periods);
    changed.put(kind, Optional.of(period));
    return new RetentionPolicy(changed, batchSize);
  }

  /**
   * This policy keeping one kind for ever: it is never purged.
   *
   * @param kind the kind
   * @return the new policy
   * @throws dk.borgerdialog.common.InvalidInputException if the kind is null
   */
  public RetentionPolicy keepingForever(RetentionKind kind) {
    Check.notNull("kind", kind);
    Map<RetentionKind, Optional<Period>> changed = new EnumMap<>(periods);
    changed.put(kind, Optional.empty());
    return new RetentionPolicy(changed, batchSize);
  }

  /**
   * This policy with another batch size: how many items a purge removes per transaction, so that a
   * long purge never holds its locks for long.
   *
   * @param batchSize 1 to {@link #MAX_BATCH_SIZE}
   * @return the new policy
   * @throws dk.borgerdialog.common.InvalidInputException if the size is out of range
   */
  public RetentionPolicy withBatchSize(int batchSize) {
    Check.that(
        batchSize >= 1 && batchSize <= MAX_BATCH_SIZE,
        "batchSize",
        "must be 1 to " + MAX_BATCH_SIZE);
    return new RetentionPolicy(periods, batchSize);
  }

  /**
   * How many items a purge removes per transaction.
   *
   * @return the batch size
   */
  public int batchSize() {
    return batchSize;
  }

  /**
   * Whether a period may be set: it has no negative part, and lasts at least a day and at most 100
   * years (compared with months as 31 days and years as 366).
   *
   * @param period the period
   * @return whether it is valid
   */
  public static boolean isValid(Period period) {
    if (period.isNegative() || period.isZero()) {
      return false;
    }
    if (period.getYears() < 0 || period.getMonths() < 0 || period.getDays() < 0) {
      return false;
    }
    long days = period.getYears() * 366L + period.getMonths() * 31L + period.getDays();
    long shortest = period.getYears() * 365L + period.getMonths() * 28L + period.getDays();
    return shortest >= 1 && days <= MAX_PERIOD.getYears() * 366L;
  }

  /**
   * The period of a kind.
   *
   * @param kind the kind
   * @return the period, or empty if the kind is kept for ever
   */
  public Optional<Period> period(RetentionKind kind) {
    return periods.get(kind);
  }

  /**
   * The cutoff of a kind: rows whose instant is at or before it are due.
   *
   * @param kind the kind
   * @param now the instant of the purge
   * @param zone the zone that years and months are counted in
   * @return now minus the period, or empty if the kind is kept for ever
   */
  public Optional<Instant> cutoff(RetentionKind kind, Instant now, ZoneId zone) {
    return period(kind).map(p -> now.atZone(zone).minus(p).toInstant());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RetentionPolicy p
        && p.periods.equals(periods)
        && p.batchSize == batchSize;
  }

  @Override
  public int hashCode() {
    return periods.hashCode() * 31 + batchSize;
  }

  @Override
  public String toString() {
    return "RetentionPolicy" + periods + ", batch " + batchSize;
  }
}
