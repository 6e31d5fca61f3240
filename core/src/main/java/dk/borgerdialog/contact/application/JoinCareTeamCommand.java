package dk.borgerdialog.contact.application;

import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.contact.model.CareTeamMember.Reachability;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.plan.model.CourseId;
import org.jspecify.annotations.Nullable;

/**
 * Adds a member to a course's care team from now on.
 *
 * @param course the course
 * @param staffMember the staff member, or null to add the course's unit (its inbox)
 * @param role what the member helps with: a standard role or a code the municipality added
 * @param displayName the public name, or null for the staff member's name or the unit's public name
 * @param title the public title, or null for the staff member's title
 * @param reachability how to reach the member
 */
public record JoinCareTeamCommand(
    CourseId course,
    @Nullable StaffMemberId staffMember,
    StaffRole role,
    @Nullable String displayName,
    @Nullable String title,
    Reachability reachability) {

  /** Validates the command. */
  public JoinCareTeamCommand {
    Check.notNull("course", course);
    Check.notNull("role", role);
    displayName = Check.optionalText("displayName", displayName, Municipality.MAX_NAME_LENGTH);
    title = Check.optionalText("title", title, Municipality.MAX_NAME_LENGTH);
    Check.notNull("reachability", reachability);
  }

  /**
   * A staff member joins in a role, under their own name and title.
   *
   * @param course the course
   * @param staffMember the staff member
   * @param role the role
   * @param reachability how to reach them
   * @return the command
   */
  public static JoinCareTeamCommand staff(
      CourseId course, StaffMemberId staffMember, StaffRole role, Reachability reachability) {
    return new JoinCareTeamCommand(course, staffMember, role, null, null, reachability);
  }

  /**
   * The course's unit joins as a team (its inbox), under its public name.
   *
   * @param course the course
   * @param role the role
   * @param reachability how to reach the unit
   * @return the command
   */
  public static JoinCareTeamCommand unitInbox(
      CourseId course, StaffRole role, Reachability reachability) {
    return new JoinCareTeamCommand(course, null, role, null, null, reachability);
  }
}
