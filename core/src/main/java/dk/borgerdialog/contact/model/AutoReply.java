package dk.borgerdialog.contact.model;

import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.organisation.model.StaffMemberId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A staff member's auto-reply while away: every message a citizen writes to them until a time is
 * answered with the text, naming a substitute.
 *
 * @param staffMember the staff member who is away
 * @param text the reply, such as "I am away until 2 January."
 * @param substitute the staff member who stands in, or null
 * @param until when the auto-reply ends
 */
public record AutoReply(
    StaffMemberId staffMember, String text, @Nullable StaffMemberId substitute, Instant until) {
  /** The longest text. */
  public static final int MAX_TEXT_LENGTH = 1000;

  /** Validates the auto-reply. */
  public AutoReply {
    Check.notNull("staffMember", staffMember);
    text = Message.checkedBody(Check.multilineText("text", text, MAX_TEXT_LENGTH));
    Check.that(!staffMember.equals(substitute), "substitute", "must be someone else");
    Check.notNull("until", until);
  }

  /**
   * Whether the auto-reply answers at an instant.
   *
   * @param at the instant
   * @return true before {@link #until}
   */
  public boolean activeAt(Instant at) {
    return at.isBefore(until);
  }
}
