package dk.borgerdialog.contact.model;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.CourseId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The care teams of courses, and each unit's expected reply time (a secondary port). */
public interface CareTeams {

  /** A unit's expected reply time when it set none. */
  Duration DEFAULT_EXPECTED_REPLY = Duration.ofDays(2);

  /**
   * Adds a member.
   *
   * @param member the member, version 0
   */
  void add(CareTeamMember member);

  /**
   * Updates a member if its version is still the one read, and raises the version.
   *
   * @param member the member as read and changed
   * @return the member as stored
   * @throws dk.borgerdialog.common.ConflictException if the member changed since it was read
   */
  CareTeamMember update(CareTeamMember member);

  /**
   * A member.
   *
   * @param id the id
   * @return the member, or empty
   */
  Optional<CareTeamMember> byId(CareTeamMemberId id);

  /**
   * Every member a course ever had, earliest first.
   *
   * @param course the course
   * @return the members
   */
  List<CareTeamMember> ofCourse(CourseId course);

  /**
   * Every member of a citizen's courses, earliest first.
   *
   * @param citizen the citizen
   * @return the members
   */
  List<CareTeamMember> ofCitizen(CitizenId citizen);

  /**
   * Sets how soon a unit's inbox answers.
   *
   * @param unit the unit
   * @param expectedReply the time
   */
  void setExpectedReply(UnitId unit, Duration expectedReply);

  /**
   * How soon a unit's inbox answers.
   *
   * @param unit the unit
   * @return the time, or {@link #DEFAULT_EXPECTED_REPLY}
   */
  Duration expectedReply(UnitId unit);
}
