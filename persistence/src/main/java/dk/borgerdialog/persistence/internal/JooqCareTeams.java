package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.CARE_TEAM_MEMBER;
import static dk.borgerdialog.persistence.internal.jooq.Tables.UNIT_REPLY_TIME;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.contact.model.CareTeamMember;
import dk.borgerdialog.contact.model.CareTeamMemberId;
import dk.borgerdialog.contact.model.CareTeams;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.persistence.internal.jooq.tables.records.CareTeamMemberRecord;
import dk.borgerdialog.plan.model.CourseId;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** Care teams and units' expected reply times in jOOQ. */
public final class JooqCareTeams implements CareTeams {
  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqCareTeams(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void add(CareTeamMember member) {
    Objects.requireNonNull(member, "member");
    CareTeamMemberRecord row = dsl.newRecord(CARE_TEAM_MEMBER);
    row.setId(member.id().value());
    row.setVersion(member.version());
    write(row, member);
    try {
      dsl.insertInto(CARE_TEAM_MEMBER).set(row).execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "care team member " + member.id() + " already exists");
    }
  }

  @Override
  public CareTeamMember update(CareTeamMember member) {
    Objects.requireNonNull(member, "member");
    CareTeamMemberRecord row = dsl.newRecord(CARE_TEAM_MEMBER);
    write(row, member);
    row.setVersion(member.version() + 1);
    int rows;
    try {
      rows =
          dsl.update(CARE_TEAM_MEMBER)
              .set(row)
              .where(CARE_TEAM_MEMBER.ID.eq(member.id().value()))
              .and(CARE_TEAM_MEMBER.VERSION.eq(member.version()))
              .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "care team member " + member.id() + " was changed concurrently");
    }
    Versions.requireUpdated(
        dsl, rows, CARE_TEAM_MEMBER, CARE_TEAM_MEMBER.ID, member.id().value(), "care team member");
    return byId(member.id()).orElseThrow();
  }

  @Override
  public Optional<CareTeamMember> byId(CareTeamMemberId id) {
    return dsl.selectFrom(CARE_TEAM_MEMBER)
        .where(CARE_TEAM_MEMBER.ID.eq(id.value()))
        .fetchOptional(JooqCareTeams::toMember);
  }

  @Override
  public List<CareTeamMember> ofCourse(CourseId course) {
    return dsl.selectFrom(CARE_TEAM_MEMBER)
        .where(CARE_TEAM_MEMBER.COURSE_ID.eq(course.value()))
        .orderBy(CARE_TEAM_MEMBER.ACTIVE_FROM, CARE_TEAM_MEMBER.ID)
        .fetch(JooqCareTeams::toMember);
  }

  @Override
  public List<CareTeamMember> ofCitizen(CitizenId citizen) {
    return dsl.selectFrom(CARE_TEAM_MEMBER)
        .where(CARE_TEAM_MEMBER.CITIZEN_ID.eq(citizen.value()))
        .orderBy(CARE_TEAM_MEMBER.ACTIVE_FROM, CARE_TEAM_MEMBER.ID)
        .fetch(JooqCareTeams::toMember);
  }

  @Override
  public void setExpectedReply(UnitId unit, Duration expectedReply) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(expectedReply, "expectedReply");
    try {
      dsl.insertInto(UNIT_REPLY_TIME)
          .set(UNIT_REPLY_TIME.UNIT_ID, unit.value())
          .set(UNIT_REPLY_TIME.EXPECTED_REPLY_SECONDS, expectedReply.toSeconds())
          .onConflict(UNIT_REPLY_TIME.UNIT_ID)
          .doUpdate()
          .set(UNIT_REPLY_TIME.EXPECTED_REPLY_SECONDS, expectedReply.toSeconds())
          .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "the reply time of unit " + unit + " was set concurrently");
    }
  }

  @Override
  public Duration expectedReply(UnitId unit) {
    return dsl.select(UNIT_REPLY_TIME.EXPECTED_REPLY_SECONDS)
        .from(UNIT_REPLY_TIME)
        .where(UNIT_REPLY_TIME.UNIT_ID.eq(unit.value()))
        .fetchOptional(r -> Duration.ofSeconds(r.value1()))
        .orElse(DEFAULT_EXPECTED_REPLY);
  }

  private static void write(CareTeamMemberRecord row, CareTeamMember m) {
    row.setCourseId(m.course().value());
    row.setCitizenId(m.citizen().value());
    row.setUnitId(m.unit().value());
    row.setStaffMemberId(m.staffMember() == null ? null : m.staffMember().value());
    row.setRole(m.role().code());
    row.setDisplayName(m.displayName());
    row.setTitle(m.title());
    row.setPhone(m.reachability().phone());
    row.setPhoneHours(m.reachability().phoneHours());
    row.setExpectedReplySeconds(m.reachability().expectedReply().toSeconds());
    row.setActiveFrom(m.activeFrom());
    row.setActiveUntil(m.activeUntil());
  }

  private static CareTeamMember toMember(CareTeamMemberRecord r) {
    return new CareTeamMember(
        new CareTeamMemberId(r.getId()),
        new CourseId(r.getCourseId()),
        new CitizenId(r.getCitizenId()),
        new UnitId(r.getUnitId()),
        r.getStaffMemberId() == null ? null : new StaffMemberId(r.getStaffMemberId()),
        new StaffRole(r.getRole()),
        r.getDisplayName(),
        r.getTitle(),
        new CareTeamMember.Reachability(
            r.getPhone(), r.getPhoneHours(), Duration.ofSeconds(r.getExpectedReplySeconds())),
        r.getActiveFrom(),
        r.getActiveUntil(),
        r.getVersion());
  }
}
