package dk.borgerdialog.contact.model;

import dk.borgerdialog.organisation.model.StaffMemberId;
import java.util.Optional;

/** The staff members' auto-replies (a secondary port). */
public interface AutoReplies {

  /**
   * Sets a staff member's auto-reply, replacing any before.
   *
   * @param reply the auto-reply
   */
  void set(AutoReply reply);

  /**
   * Removes a staff member's auto-reply.
   *
   * @param staffMember the staff member
   */
  void clear(StaffMemberId staffMember);

  /**
   * A staff member's auto-reply.
   *
   * @param staffMember the staff member
   * @return the auto-reply, or empty
   */
  Optional<AutoReply> of(StaffMemberId staffMember);
}
