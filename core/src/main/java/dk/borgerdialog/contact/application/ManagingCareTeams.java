package dk.borgerdialog.contact.application;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessTarget;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.common.UnableToChangeException;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.contact.model.CareTeamMember;
import dk.borgerdialog.contact.model.CareTeamMemberId;
import dk.borgerdialog.contact.model.CareTeams;
import dk.borgerdialog.contact.model.MessageThread;
import dk.borgerdialog.contact.model.Threads;
import dk.borgerdialog.notification.model.Notice;
import dk.borgerdialog.notification.model.NoticeKind;
import dk.borgerdialog.notification.model.Notifier;
import dk.borgerdialog.organisation.model.Organisations;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.StaffMembers;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.Courses;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Staff run a course's care team: members join and leave, a contact person is replaced (the citizen
 * is told and open threads follow to the successor or the unit inbox), and the citizen reads "my
 * contacts".
 */
public final class ManagingCareTeams {
  private final CareTeams careTeams;
  private final Threads threads;
  private final Courses courses;
  private final Organisations organisations;
  private final StaffMembers staff;
  private final Notifier notifier;
  private final AccessControl access;
  private final Transactions transactions;
  private final Clock clock;

  @Inject
  ManagingCareTeams(
      CareTeams careTeams,
      Threads threads,
      Courses courses,
      Organisations organisations,
      StaffMembers staff,
      Notifier notifier,
      AccessControl access,
      Transactions transactions,
      Clock clock) {
    this.careTeams = careTeams;
    this.threads = threads;
    this.courses = courses;
    this.organisations = organisations;
    this.staff = staff;
    this.notifier = notifier;
    this.access = access;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Adds a member to a course's care team from now on.
   *
   * @param actor staff of the course's unit, or the system
   * @param command the member
   * @return the member
   * @throws NoSuchEntityException if the course or staff member does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the course's unit or the
   *     system
   * @throws UnableToChangeException if the course is closed
   */
  public CareTeamMember join(Actor actor, JoinCareTeamCommand command) {
    Check.notNull("command", command);
    Course course = course(command);
    AccessControl.Grant grant =
        access.authorize(
            actor,
            Operation.MANAGE_CARE_TEAM,
            AccessTarget.of(course.citizen(), course.unit()),
            course.id().value());
    Unit unit =
        organisations
            .unit(course.unit())
            .orElseThrow(() -> new NoSuchEntityException("unit", course.unit()));
    @Nullable StaffMember member =
        command.staffMember() == null
            ? null
            : staff
                .byId(command.staffMember())
                .orElseThrow(
                    () -> new NoSuchEntityException("staff member", command.staffMember()));
    return transactions.inTransaction(
        () -> {
          courses.lockById(course.id()).orElseThrow().acceptsWriting().orElseThrow();
          CareTeamMember added = member(course, unit, member, command, clock.instant());
          careTeams.add(added);
          grant.record();
          return added;
        });
  }

  /**
   * Ends a membership now.
   *
   * @param actor staff of the course's unit, or the system
   * @param member the member
   * @param expectedVersion the version the caller read
   * @return the member, ended
   * @throws NoSuchEntityException if the member does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the course's unit or the
   *     system
   * @throws UnableToChangeException if the member has left already
   * @throws dk.borgerdialog.common.ConflictException if the member changed since it was read
   */
  public CareTeamMember leave(Actor actor, CareTeamMemberId member, long expectedVersion) {
    CareTeamMember current = found(member, expectedVersion);
    AccessControl.Grant grant = grant(actor, current);
    Check.sameVersion("care team member", member, current.version(), expectedVersion);
    return transactions.inTransaction(
        () -> {
          CareTeamMember ended = careTeams.update(ended(current, clock.instant()));
          grant.record();
          return ended;
        });
  }

  /**
   * Replaces a staff member on the care team: their membership ends now, the successor joins in the
   * same role and reachability, the citizen's open threads addressed to the one leaving move to the
   * successor (or, without one, to the unit inbox), and the citizen is told in-app.
   *
   * @param actor staff of the course's unit, or the system
   * @param member the member who leaves; must be a staff member
   * @param expectedVersion the version the caller read
   * @param successor the staff member who takes over, or null to leave it to the unit inbox
   * @return the successor's membership, or the ended one without a successor
   * @throws dk.borgerdialog.common.InvalidInputException naming {@code member} for a unit inbox
   *     member, or {@code successor} if it is the same person
   * @throws NoSuchEntityException if the member or successor does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the course's unit or the
   *     system
   * @throws UnableToChangeException if the member has left already or the course is closed
   * @throws dk.borgerdialog.common.ConflictException if the member changed since it was read
   */
  public CareTeamMember replace(
      Actor actor,
      CareTeamMemberId member,
      long expectedVersion,
      @Nullable StaffMemberId successor) {
    CareTeamMember current = found(member, expectedVersion);
    AccessControl.Grant grant = grant(actor, current);
    Check.sameVersion("care team member", member, current.version(), expectedVersion);
    Check.that(!current.isUnitInbox(), "member", "must be a staff member");
    Check.that(
        successor == null || !successor.equals(current.staffMember()),
        "successor",
        "must be someone else");
    @Nullable StaffMember next =
        successor == null
            ? null
            : staff
                .byId(successor)
                .orElseThrow(() -> new NoSuchEntityException("staff member", successor));
    Unit unit = organisations.unit(current.unit()).orElseThrow();
    return transactions.inTransaction(
        () -> {
          Instant now = clock.instant();
          Course course = courses.lockById(current.course()).orElseThrow();
          course.acceptsWriting().orElseThrow();
          CareTeamMember ended = careTeams.update(ended(current, now));
          CareTeamMember result = ended;
          if (next != null) {
            result =
                member(
                    course,
                    unit,
                    next,
                    new JoinCareTeamCommand(
                        course.id(), next.id(), current.role(), null, null, current.reachability()),
                    now);
            careTeams.add(result);
          }
          StaffMemberId leaving = current.staffMember();
          if (leaving != null) {
            for (MessageThread thread : threads.openAddressedTo(current.citizen(), leaving)) {
              MessageThread locked = threads.lockById(thread.id()).orElseThrow();
              threads.update(locked.handedOverTo(next == null ? null : next.id()));
            }
          }
          notifier.notify(
              new Notice(
                  "contact-changed-" + current.id(),
                  current.citizen(),
                  NoticeKind.CONTACT_CHANGED));
          grant.record();
          return result;
        });
  }

  /**
   * The citizen's care team now, over all their courses: who, what they help with, how to reach
   * them.
   *
   * @param actor the citizen, staff of one of the citizen's courses' units, or the system
   * @param citizen the citizen
   * @return the active members, earliest first
   * @throws dk.borgerdialog.common.AccessDeniedException unless allowed
   */
  public List<CareTeamMember> contacts(Actor actor, CitizenId citizen) {
    Check.notNull("citizen", citizen);
    Set<UnitId> units =
        courses.of(citizen).stream().map(Course::unit).collect(Collectors.toUnmodifiableSet());
    AccessControl.Grant grant =
        access.authorize(
            actor, Operation.VIEW_CONTACTS, new AccessTarget(citizen, units), citizen.value());
    Instant now = clock.instant();
    return transactions.inTransaction(
        () -> {
          grant.record();
          return careTeams.ofCitizen(citizen).stream().filter(m -> m.activeAt(now)).toList();
        });
  }

  /**
   * Every member a course ever had, for staff.
   *
   * @param actor staff of the course's unit, or the system
   * @param course the course
   * @return the members, earliest first
   * @throws NoSuchEntityException if the course does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless allowed
   */
  public List<CareTeamMember> team(Actor actor, dk.borgerdialog.plan.model.CourseId course) {
    Check.notNull("course", course);
    Course found =
        courses.byId(course).orElseThrow(() -> new NoSuchEntityException("course", course));
    AccessControl.Grant grant =
        access.authorize(
            actor,
            Operation.VIEW_CONTACTS,
            AccessTarget.of(found.citizen(), found.unit()),
            course.value());
    return transactions.inTransaction(
        () -> {
          grant.record();
          return careTeams.ofCourse(course);
        });
  }

  /**
   * Sets how soon a unit's inbox answers; response-time insights count open threads waiting longer
   * as overdue.
   *
   * @param actor staff of the unit, or the system
   * @param unit the unit
   * @param expectedReply the time, positive and at most 30 days
   * @throws dk.borgerdialog.common.InvalidInputException naming {@code expectedReply} if out of
   *     range
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit or the system
   */
  public void setExpectedReply(Actor actor, UnitId unit, Duration expectedReply) {
    Check.notNull("unit", unit);
    CareTeamMember.Reachability.writtenWithin(expectedReply);
    AccessControl.Grant grant =
        access.authorize(actor, Operation.MANAGE_CARE_TEAM, AccessTarget.unit(unit), unit.value());
    organisations.unit(unit).orElseThrow(() -> new NoSuchEntityException("unit", unit));
    transactions.inTransaction(
        () -> {
          careTeams.setExpectedReply(unit, expectedReply);
          grant.record();
          return null;
        });
  }

  private Course course(JoinCareTeamCommand command) {
    return courses
        .byId(command.course())
        .orElseThrow(() -> new NoSuchEntityException("course", command.course()));
  }

  // The version is compared after access is decided: someone refused learns nothing of the member,
  // and the refusal is audited.
  private CareTeamMember found(CareTeamMemberId member, long expectedVersion) {
    Check.notNull("member", member);
    Check.that(expectedVersion >= 0, "expectedVersion", "must not be negative");
    return careTeams
        .byId(member)
        .orElseThrow(() -> new NoSuchEntityException("care team member", member));
  }

  private AccessControl.Grant grant(Actor actor, CareTeamMember member) {
    return access.authorize(
        actor,
        Operation.MANAGE_CARE_TEAM,
        AccessTarget.of(member.citizen(), member.unit()),
        member.id().value());
  }

  private static CareTeamMember ended(CareTeamMember member, Instant now) {
    if (member.activeUntil() != null && !member.activeUntil().isAfter(now)) {
      throw new UnableToChangeException("member_left", "The member has left the care team.");
    }
    // a member who leaves the instant they joined was never active: from and until are equal
    return member.leftAt(now.isAfter(member.activeFrom()) ? now : member.activeFrom());
  }

  private static CareTeamMember member(
      Course course,
      Unit unit,
      @Nullable StaffMember member,
      JoinCareTeamCommand command,
      Instant now) {
    String name =
        command.displayName() != null
            ? command.displayName()
            : member != null ? member.name() : unit.publicName();
    String title =
        command.title() != null ? command.title() : member != null ? member.title() : null;
    return new CareTeamMember(
        CareTeamMemberId.random(),
        course.id(),
        course.citizen(),
        course.unit(),
        member == null ? null : member.id(),
        command.role(),
        name,
        title,
        command.reachability(),
        now,
        null,
        0);
  }
}
