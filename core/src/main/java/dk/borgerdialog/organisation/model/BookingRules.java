package dk.borgerdialog.organisation.model;

import dk.borgerdialog.common.internal.Check;

/**
 * What a unit lets its citizens do with their appointments.
 *
 * @param deadline how long before the start a citizen may still cancel or move
 * @param citizensMayCancel whether citizens may cancel at all
 * @param citizensMayMove whether citizens may move into an offered free slot
 */
public record BookingRules(
    ChangeDeadline deadline, boolean citizensMayCancel, boolean citizensMayMove) {

  /** The default deadline: 24 hours, counted as one calendar day. */
  public static final ChangeDeadline DEFAULT_DEADLINE = ChangeDeadline.hoursBefore(24);

  /** Validates the rules. */
  public BookingRules {
    Check.notNull("deadline", deadline);
  }

  /**
   * The defaults: citizens may cancel and move up to 24 hours before.
   *
   * @return the default rules
   */
  public static BookingRules defaults() {
    return new BookingRules(DEFAULT_DEADLINE, true, true);
  }
}
