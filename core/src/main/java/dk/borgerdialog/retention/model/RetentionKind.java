package dk.borgerdialog.retention.model;

import java.time.Period;

/**
 * A kind of data with a retention period: how long it is kept after the instant it is measured
 * from. Purges run the kinds in this order.
 */
public enum RetentionKind {
  /**
   * Message threads with their messages and attachments: kept for the period after the thread's
   * last message and, for a thread about a course, after the course closed, whichever is later. A
   * thread about a course that is not closed is kept.
   */
  MESSAGES(Period.ofYears(5)),

  /**
   * In-app notifications (from their creation) and the delivery of notices on e-mail and SMS with
   * their attempts (from their creation, once no longer pending).
   */
  NOTIFICATIONS(Period.ofMonths(6)),

  /** Signups for one occurrence of an activity, with waiting-list entries: after the occurrence. */
  SIGNUPS(Period.ofYears(1)),

  /** Revoked calendar feeds: after their revocation. */
  CALENDAR_FEEDS(Period.ofDays(30)),

  /**
   * Closed courses with everything on them (appointments with participants, reminders and delivery
   * attempts, plan items, preferences, the care team, releases and the course's own material):
   * after the course closed. Threads about the course that are kept lose their link to it.
   */
  CLOSED_COURSES(Period.ofYears(5)),

  /**
   * Audit records: after they were written. The oldest records go first, so that the rest of the
   * hash chain stays verifiable from an anchor.
   */
  AUDIT(Period.ofYears(2));

  private final Period defaultPeriod;

  RetentionKind(Period defaultPeriod) {
    this.defaultPeriod = defaultPeriod;
  }

  /**
   * How long this kind is kept unless the host says otherwise.
   *
   * @return the default retention period
   */
  public Period defaultPeriod() {
    return defaultPeriod;
  }
}
