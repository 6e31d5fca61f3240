package dk.borgerdialog.plan.application;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.citizen.model.Citizens;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.organisation.model.Organisations;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.StaffMembers;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.plan.model.Appointments;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.plan.model.Courses;
import jakarta.inject.Inject;
import java.util.Collection;

/** Loads what the use cases act on, or throws {@link NoSuchEntityException}. */
final class Lookups {
  private final Appointments appointments;
  private final Courses courses;
  private final Organisations organisations;
  private final Citizens citizens;
  private final StaffMembers staff;

  @Inject
  Lookups(
      Appointments appointments,
      Courses courses,
      Organisations organisations,
      Citizens citizens,
      StaffMembers staff) {
    this.appointments = appointments;
    this.courses = courses;
    this.organisations = organisations;
    this.citizens = citizens;
    this.staff = staff;
  }

  Appointment appointment(AppointmentId id) {
    return appointments.byId(id).orElseThrow(() -> new NoSuchEntityException("appointment", id));
  }

  Course course(CourseId id) {
    return courses.byId(id).orElseThrow(() -> new NoSuchEntityException("course", id));
  }

  /** The course, locked until the transaction ends: its state is decided on a fresh read. */
  Course lockedCourse(CourseId id) {
    return courses.lockById(id).orElseThrow(() -> new NoSuchEntityException("course", id));
  }

  Unit unit(UnitId id) {
    return organisations.unit(id).orElseThrow(() -> new NoSuchEntityException("unit", id));
  }

  Citizen citizen(CitizenId id) {
    return citizens.byId(id).orElseThrow(() -> new NoSuchEntityException("citizen", id));
  }

  /** The courses, in one read; throws for the first id that names none. */
  java.util.Map<CourseId, Course> courses(Collection<CourseId> ids) {
    java.util.Map<CourseId, Course> found = courses.byIds(ids);
    requireAll(ids, found, "course");
    return found;
  }

  /** The courses, locked until the transaction ends, each once, in the order of their ids. */
  java.util.Map<CourseId, Course> lockedCourses(Collection<CourseId> ids) {
    java.util.Map<CourseId, Course> found = courses.lockAllById(ids);
    requireAll(ids, found, "course");
    return found;
  }

  /** The citizens, in one read; throws for the first id that names none. */
  java.util.Map<CitizenId, Citizen> citizens(Collection<CitizenId> ids) {
    java.util.Map<CitizenId, Citizen> found = citizens.byIds(ids);
    requireAll(ids, found, "citizen");
    return found;
  }

  /** The units each staff member holds a role in, read fresh, in one read. */
  java.util.Map<StaffMemberId, java.util.Set<UnitId>> unitsOf(Collection<StaffMemberId> members) {
    return staff.unitsOfAll(members);
  }

  private static <K> void requireAll(Collection<K> ids, java.util.Map<K, ?> found, String entity) {
    for (K id : ids) {
      if (!found.containsKey(id)) {
        throw new NoSuchEntityException(entity, id);
      }
    }
  }

  /** Requires every staff member to hold a role in the unit. */
  void requireStaffOf(UnitId unit, Collection<StaffMemberId> members, String field) {
    for (StaffMemberId member : members) {
      // the units alone, in one statement: the same answer as the member's roles, read fresh
      if (!staff.unitsOf(member).contains(unit)) {
        throw new dk.borgerdialog.common.InvalidInputException(
            field, "must be staff members of the unit");
      }
    }
  }
}
