package dk.borgerdialog.contact.model;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.CourseId;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One member of a course's care team, as the citizen sees it in "my contacts": a staff member, or
 * the unit itself (its inbox), in a role, with a public name and title, how to reach them, and the
 * period in which they are on the team.
 *
 * <p>The role is a {@link StaffRole} code: the standard roles (caseworker, contact person, mentor
 * …) or any code a municipality adds.
 *
 * @param id the member's id
 * @param course the course
 * @param citizen the course's citizen
 * @param unit the course's unit
 * @param staffMember the staff member, or null if the member is the unit inbox
 * @param role what the member helps with
 * @param displayName the public name shown to the citizen
 * @param title the public title, or null
 * @param reachability how to reach the member
 * @param activeFrom when the member joined
 * @param activeUntil when the member left, or null while on the team
 * @param version the optimistic version
 */
public record CareTeamMember(
    CareTeamMemberId id,
    CourseId course,
    CitizenId citizen,
    UnitId unit,
    @Nullable StaffMemberId staffMember,
    StaffRole role,
    String displayName,
    @Nullable String title,
    Reachability reachability,
    Instant activeFrom,
    @Nullable Instant activeUntil,
    long version) {

  /** Validates the member. */
  public CareTeamMember {
    Check.notNull("id", id);
    Check.notNull("course", course);
    Check.notNull("citizen", citizen);
    Check.notNull("unit", unit);
    Check.notNull("role", role);
    displayName = Check.text("displayName", displayName, Municipality.MAX_NAME_LENGTH);
    title = Check.optionalText("title", title, Municipality.MAX_NAME_LENGTH);
    Check.notNull("reachability", reachability);
    Check.notNull("activeFrom", activeFrom);
    if (activeUntil != null) {
      Check.that(!activeUntil.isBefore(activeFrom), "activeUntil", "must not be before activeFrom");
    }
  }

  /**
   * Whether the member is on the team at an instant.
   *
   * @param at the instant
   * @return true from {@code activeFrom} until, not including, {@code activeUntil}
   */
  public boolean activeAt(Instant at) {
    return !at.isBefore(activeFrom) && (activeUntil == null || at.isBefore(activeUntil));
  }

  /**
   * Whether the member is the unit inbox rather than a person.
   *
   * @return true for the unit inbox
   */
  public boolean isUnitInbox() {
    return staffMember == null;
  }

  /**
   * The member, having left the team at an instant.
   *
   * @param at when the member left
   * @return the member with {@code activeUntil} set
   */
  public CareTeamMember leftAt(Instant at) {
    return new CareTeamMember(
        id,
        course,
        citizen,
        unit,
        staffMember,
        role,
        displayName,
        title,
        reachability,
        activeFrom,
        at,
        version);
  }

  /**
   * How to reach a member of the care team.
   *
   * @param phone a phone number in E.164 form, or null
   * @param phoneHours when the phone is answered, in words such as "Mon–Thu 9–11", or null
   * @param expectedReply how soon a written message is answered
   */
  public record Reachability(
      @Nullable String phone, @Nullable String phoneHours, Duration expectedReply) {
    /** The longest text of phone hours. */
    public static final int MAX_PHONE_HOURS_LENGTH = 200;

    /** Validates the reachability. */
    public Reachability {
      phone = Check.optionalText("phone", phone, 16) == null ? null : Check.phone("phone", phone);
      phoneHours = Check.optionalText("phoneHours", phoneHours, MAX_PHONE_HOURS_LENGTH);
      Check.notNull("expectedReply", expectedReply);
      Check.that(
          !expectedReply.isNegative() && !expectedReply.isZero(),
          "expectedReply",
          "must be positive");
      Check.that(
          expectedReply.compareTo(Duration.ofDays(30)) <= 0,
          "expectedReply",
          "must be at most 30 days");
    }

    /**
     * Written messages only, answered within a time.
     *
     * @param expectedReply how soon a message is answered
     * @return the reachability
     */
    public static Reachability writtenWithin(Duration expectedReply) {
      return new Reachability(null, null, expectedReply);
    }
  }
}
