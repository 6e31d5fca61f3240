package dk.borgerdialog.network.model;

/** How often a recurring activity repeats; each is one RFC 5545 recurrence rule. */
public enum Frequency {
  /** Every week, on the weekday of the first occurrence. */
  WEEKLY("FREQ=WEEKLY"),
  /** Every second week. */
  BIWEEKLY("FREQ=WEEKLY;INTERVAL=2"),
  /** Every month, on the day of the month of the first occurrence. */
  MONTHLY("FREQ=MONTHLY");

  private final String rule;

  Frequency(String rule) {
    this.rule = rule;
  }

  /**
   * The RFC 5545 rule parts of this frequency, such as {@code FREQ=WEEKLY;INTERVAL=2}.
   *
   * @return the rule parts
   */
  public String rule() {
    return rule;
  }
}
