package dk.borgerdialog.material.application;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessTarget;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.material.model.MaterialAttachment;
import dk.borgerdialog.material.model.MaterialItem;
import dk.borgerdialog.material.model.MaterialItemId;
import dk.borgerdialog.material.model.MaterialItems;
import dk.borgerdialog.material.model.MaterialProgress;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.plan.model.CourseTemplates;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Staff attach information material to a course and release items by hand; the host attaches
 * material to course templates.
 */
public final class AttachingMaterial {
  private final MaterialContext context;
  private final CourseTemplates templates;
  private final MaterialItems items;
  private final MaterialProgress progress;
  private final AccessControl access;
  private final Transactions transactions;
  private final Clock clock;

  @Inject
  AttachingMaterial(
      MaterialContext context,
      CourseTemplates templates,
      MaterialItems items,
      MaterialProgress progress,
      AccessControl access,
      Transactions transactions,
      Clock clock) {
    this.context = context;
    this.templates = templates;
    this.items = items;
    this.progress = progress;
    this.access = access;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Attaches an item to a course template or a course.
   *
   * <p>Material of a course template is organisational: by the standard policy only the system
   * actor attaches it. Material of one course is attached by staff of the course's unit.
   *
   * @param actor the staff member or the system
   * @param command what to attach
   * @return the item
   * @throws InvalidInputException if a field is wrong
   * @throws NoSuchEntityException if the template or course does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the policy allows it
   */
  public MaterialItem attach(Actor actor, AttachMaterialCommand command) {
    Check.notNull("command", command);
    AccessTarget target;
    if (command.attachment() instanceof MaterialAttachment.ToCourse c) {
      Course course = context.course(c.course());
      target = AccessTarget.of(course.citizen(), course.unit());
    } else {
      MaterialAttachment.ToTemplate t = (MaterialAttachment.ToTemplate) command.attachment();
      templates
          .byId(t.template())
          .orElseThrow(() -> new NoSuchEntityException("course template", t.template()));
      target = AccessTarget.organisation();
    }
    MaterialItem item =
        new MaterialItem(
            MaterialItemId.random(),
            command.attachment(),
            command.kind(),
            command.duration(),
            command.variants(),
            command.release(),
            clock.instant(),
            0);
    AccessControl.Grant grant =
        access.authorize(actor, Operation.MANAGE_MATERIAL, target, item.id().value());
    return transactions.inTransaction(
        () -> {
          items.add(item);
          grant.record();
          return item;
        });
  }

  /**
   * Releases an item of a course to the citizen now, whatever its rule says. Releasing an item
   * already released by hand keeps the first time.
   *
   * @param actor the staff member or the system
   * @param course the course
   * @param item an item of the course
   * @return the instant it was released by hand
   * @throws InvalidInputException naming {@code item} if the item is not material of the course
   * @throws NoSuchEntityException if the course does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the course's unit or the
   *     system
   */
  public Instant releaseByHand(Actor actor, CourseId course, MaterialItemId item) {
    Check.notNull("course", course);
    Check.notNull("item", item);
    Course found = context.course(course);
    AccessControl.Grant grant =
        access.authorize(
            actor,
            Operation.MANAGE_MATERIAL,
            AccessTarget.of(found.citizen(), found.unit()),
            item.value());
    boolean ofCourse =
        items.ofCourse(found.id(), found.template()).stream().anyMatch(i -> i.id().equals(item));
    if (!ofCourse) {
      throw new InvalidInputException("item", "must be material of the course");
    }
    @Nullable StaffMemberId by = actor instanceof Actor.Staff s ? s.id() : null;
    return transactions.inTransaction(
        () -> {
          Instant at = progress.releaseByHand(found.id(), item, by, clock.instant());
          grant.record();
          return at;
        });
  }
}
