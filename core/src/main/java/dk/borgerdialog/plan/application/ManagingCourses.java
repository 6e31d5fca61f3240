package dk.borgerdialog.plan.application;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessTarget;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.Decision;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.plan.model.CourseState;
import dk.borgerdialog.plan.model.CourseTemplate;
import dk.borgerdialog.plan.model.CourseTemplateId;
import dk.borgerdialog.plan.model.CourseTemplates;
import dk.borgerdialog.plan.model.Courses;
import jakarta.inject.Inject;
import java.time.Clock;

/** Staff open a citizen's course in their unit, and pause, resume or close it. */
public final class ManagingCourses {
  private final Lookups lookups;
  private final Courses courses;
  private final CourseTemplates templates;
  private final AccessControl access;
  private final Transactions transactions;
  private final Clock clock;

  @Inject
  ManagingCourses(
      Lookups lookups,
      Courses courses,
      CourseTemplates templates,
      AccessControl access,
      Transactions transactions,
      Clock clock) {
    this.lookups = lookups;
    this.courses = courses;
    this.templates = templates;
    this.access = access;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Opens a course for a citizen in a unit.
   *
   * @param actor staff of the unit, or the system
   * @param citizen the citizen
   * @param unit the unit
   * @param template the course template, of the unit's municipality
   * @return the active course
   * @throws InvalidInputException if the template belongs to another municipality
   * @throws NoSuchEntityException if the citizen (in the unit's municipality), unit or template
   *     does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit or the system
   */
  public Course open(Actor actor, CitizenId citizen, UnitId unit, CourseTemplateId template) {
    Check.notNull("citizen", citizen);
    Check.notNull("unit", unit);
    Check.notNull("template", template);
    Citizen person = lookups.citizen(citizen);
    Unit owner = lookups.unit(unit);
    CourseTemplate type =
        templates
            .byId(template)
            .orElseThrow(() -> new NoSuchEntityException("course template", template));
    AccessControl.Grant grant =
        access.authorize(actor, Operation.MANAGE_COURSE, AccessTarget.of(citizen, unit), null);
    if (!person.municipality().equals(owner.municipality())) {
      // another municipality's citizen is, to this unit's staff, no citizen at all
      throw new NoSuchEntityException("citizen", citizen);
    }
    Check.that(
        type.municipality().equals(owner.municipality()),
        "template",
        "must belong to the unit's municipality");
    return transactions.inTransaction(
        () -> {
          Course course = Course.open(citizen, unit, template, clock.instant());
          courses.add(course);
          grant.record();
          return course;
        });
  }

  /**
   * Changes a course's state: pause, resume or close.
   *
   * @param actor staff of the course's unit, or the system
   * @param course the course
   * @param expectedVersion the version the caller read
   * @param state the new state
   * @return the changed course
   * @throws InvalidInputException if a field is missing or the version negative
   * @throws NoSuchEntityException if the course does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the unit or the system
   * @throws dk.borgerdialog.common.UnableToChangeException if the change is not possible from the
   *     course's state
   * @throws ConflictException if it changed since it was read
   */
  public Course changeState(Actor actor, CourseId course, long expectedVersion, CourseState state) {
    Check.notNull("course", course);
    Check.notNull("state", state);
    Check.that(expectedVersion >= 0, "expectedVersion", "must not be negative");
    Course current = lookups.course(course);
    AccessControl.Grant grant =
        access.authorize(
            actor,
            Operation.MANAGE_COURSE,
            AccessTarget.of(current.citizen(), current.unit()),
            course.value());
    Check.sameVersion("course", course, current.version(), expectedVersion);
    return transactions.inTransaction(
        () -> {
          Decision<Course> decision =
              switch (state) {
                case PAUSED -> current.pause();
                case ACTIVE -> current.resume();
                case CLOSED -> current.close(clock.instant());
              };
          Course saved = courses.update(decision.orElseThrow());
          grant.record();
          return saved;
        });
  }
}
