package dk.borgerdialog.plan.application;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessTarget;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.PlanItem;
import dk.borgerdialog.plan.model.PlanItemId;
import dk.borgerdialog.plan.model.PlanItems;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/** Staff write and revise goals, tasks and the way forward in a course's plan. */
public final class WritingPlanItems {
  private final Lookups lookups;
  private final PlanItems items;
  private final AccessControl access;
  private final Transactions transactions;
  private final Clock clock;

  @Inject
  WritingPlanItems(
      Lookups lookups,
      PlanItems items,
      AccessControl access,
      Transactions transactions,
      Clock clock) {
    this.lookups = lookups;
    this.items = items;
    this.access = access;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Writes a new plan item.
   *
   * @param actor the staff member writing
   * @param command what to write
   * @return the plan item
   * @throws dk.borgerdialog.common.InvalidInputException if a field is wrong
   * @throws NoSuchEntityException if the course does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless a staff member of the course's unit
   * @throws dk.borgerdialog.common.UnableToChangeException if the course is closed
   */
  public PlanItem write(Actor actor, WritePlanItemCommand command) {
    Check.notNull("command", command);
    Course course = lookups.course(command.course());
    AccessControl.Grant grant =
        access.authorize(
            actor,
            Operation.WRITE_PLAN_ITEM,
            AccessTarget.of(course.citizen(), course.unit()),
            course.id().value());
    Actor.Staff author = (Actor.Staff) actor;
    return transactions.inTransaction(
        () -> {
          lookups.lockedCourse(course.id()).acceptsWriting().orElseThrow();
          PlanItem item =
              new PlanItem(
                  PlanItemId.random(),
                  course.id(),
                  command.kind(),
                  command.text(),
                  author.id(),
                  clock.instant(),
                  0);
          items.add(item);
          grant.record();
          return item;
        });
  }

  /**
   * Revises a plan item's text.
   *
   * @param actor the staff member revising
   * @param item the plan item
   * @param expectedVersion the version the caller read
   * @param text the new text
   * @return the revised plan item
   * @throws dk.borgerdialog.common.InvalidInputException if the text is wrong or the version
   *     negative
   * @throws NoSuchEntityException if the plan item does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless a staff member of the course's unit
   * @throws dk.borgerdialog.common.UnableToChangeException if the course is closed
   * @throws ConflictException if someone else revised it since it was read
   */
  public PlanItem revise(Actor actor, PlanItemId item, long expectedVersion, String text) {
    Check.notNull("item", item);
    Check.that(expectedVersion >= 0, "expectedVersion", "must not be negative");
    String checkedText = Check.multilineText("text", text, PlanItem.MAX_TEXT_LENGTH);
    PlanItem current =
        items.byId(item).orElseThrow(() -> new NoSuchEntityException("plan item", item));
    Course course = lookups.course(current.course());
    AccessControl.Grant grant =
        access.authorize(
            actor,
            Operation.WRITE_PLAN_ITEM,
            AccessTarget.of(course.citizen(), course.unit()),
            item.value());
    Check.sameVersion("plan item", item, current.version(), expectedVersion);
    Actor.Staff author = (Actor.Staff) actor;
    return transactions.inTransaction(
        () -> {
          lookups.lockedCourse(course.id()).acceptsWriting().orElseThrow();
          Instant now = clock.instant();
          PlanItem saved = items.update(current.revise(checkedText, author.id(), now));
          grant.record();
          return saved;
        });
  }
}
