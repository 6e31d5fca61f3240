package dk.borgerdialog.network.model;

import dk.borgerdialog.common.internal.Check;

/**
 * What taking part costs, in Danish kroner: free, or an amount.
 *
 * @param amountOre the amount in øre (1/100 krone); 0 is free
 */
public record Price(long amountOre) {
  /** The highest price, 100,000 kr. */
  public static final long MAX_ORE = 10_000_000L;

  /** Validates the price. */
  public Price {
    Check.that(amountOre >= 0 && amountOre <= MAX_ORE, "price", "must be 0 to 100000 kr");
  }

  /**
   * Free of charge.
   *
   * @return the price
   */
  public static Price free() {
    return new Price(0);
  }

  /**
   * An amount in kroner and øre.
   *
   * @param kroner the kroner
   * @param ore the øre, 0 to 99
   * @return the price
   */
  public static Price of(long kroner, int ore) {
    Check.that(ore >= 0 && ore <= 99, "price", "øre must be 0 to 99");
    Check.that(kroner >= 0 && kroner <= MAX_ORE / 100, "price", "must be 0 to 100000 kr");
    return new Price(kroner * 100 + ore);
  }

  /**
   * Whether it is free.
   *
   * @return true if free
   */
  public boolean isFree() {
    return amountOre == 0;
  }
}
