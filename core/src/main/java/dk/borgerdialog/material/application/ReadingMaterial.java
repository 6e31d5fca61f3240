package dk.borgerdialog.material.application;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessTarget;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.material.model.ItemProgress;
import dk.borgerdialog.material.model.ItemStatus;
import dk.borgerdialog.material.model.MarkdownRenderer;
import dk.borgerdialog.material.model.MaterialItem;
import dk.borgerdialog.material.model.MaterialItemId;
import dk.borgerdialog.material.model.MaterialProgress;
import dk.borgerdialog.material.model.ReleasedItem;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseId;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The citizen reads the material released to them, opens items (each opening counts as a view) and
 * marks them understood; staff see which items were released, seen and understood.
 *
 * <p>Release is evaluated on read, against the injected clock: an item is released once its rule's
 * instant (or its release by hand) has passed. An item that is not released is, for the citizen, as
 * if it did not exist.
 */
public final class ReadingMaterial {
  private final MaterialContext context;
  private final MaterialProgress progress;
  private final MarkdownRenderer renderer;
  private final AccessControl access;
  private final Transactions transactions;
  private final Clock clock;

  @Inject
  ReadingMaterial(
      MaterialContext context,
      MaterialProgress progress,
      MarkdownRenderer renderer,
      AccessControl access,
      Transactions transactions,
      Clock clock) {
    this.context = context;
    this.progress = progress;
    this.renderer = renderer;
    this.access = access;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * The material released in a course, in the citizen's language (Danish where an item has no
   * variant in it), in the order it was attached. Reading the list counts no view.
   *
   * @param actor the citizen, staff of the course's unit, or the system
   * @param course the course
   * @return the released items
   * @throws NoSuchEntityException if the course does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException if the course is another citizen's; the
   *     refusal is audited
   */
  public List<ReleasedItem> released(Actor actor, CourseId course) {
    Check.notNull("course", course);
    Course found = context.course(course);
    AccessControl.Grant grant =
        access.authorize(
            actor,
            Operation.VIEW_MATERIAL,
            AccessTarget.of(found.citizen(), found.unit()),
            found.id().value());
    return transactions.inTransaction(
        () -> {
          List<ReleasedItem> result = releasedIn(found, context.citizenOf(found), clock.instant());
          grant.record();
          return result;
        });
  }

  /**
   * The material released to a citizen in all their courses, course by course (in the order the
   * courses were opened), each in the order it was attached and in the citizen's language. For a
   * reader who may see the citizen's material but not their plan: a relative with the scope {@code
   * READ_MATERIAL}, say. Reading the list counts no view.
   *
   * @param actor the citizen, their relative with {@code READ_MATERIAL}, staff of one of the
   *     citizen's units (who see the courses of their own units only), or the system
   * @param citizen the citizen
   * @return the released items; each names its course
   * @throws NoSuchEntityException if the citizen does not exist (told only to those allowed)
   * @throws dk.borgerdialog.common.AccessDeniedException unless allowed; the refusal is audited
   */
  public List<ReleasedItem> releasedTo(Actor actor, CitizenId citizen) {
    Check.notNull("citizen", citizen);
    List<Course> held = context.coursesOf(citizen);
    Set<UnitId> units = held.stream().map(Course::unit).collect(Collectors.toUnmodifiableSet());
    AccessControl.Grant grant =
        access.authorize(
            actor, Operation.VIEW_MATERIAL, new AccessTarget(citizen, units), citizen.value());
    // staff see the courses of their own units only, as in the overview
    @Nullable Set<UnitId> visible = access.visibleUnits(actor);
    return transactions.inTransaction(
        () -> {
          Citizen found = context.citizen(citizen);
          Instant now = clock.instant();
          List<ReleasedItem> result = new ArrayList<>();
          for (Course course : held) {
            if (visible == null || visible.contains(course.unit())) {
              result.addAll(releasedIn(course, found, now));
            }
          }
          grant.record();
          return List.copyOf(result);
        });
  }

  private List<ReleasedItem> releasedIn(Course found, Citizen citizen, Instant now) {
    List<MaterialItem> shown = new ArrayList<>();
    List<Instant> at = new ArrayList<>();
    for (Map.Entry<MaterialItem, Optional<Instant>> e :
        context.releases(found, citizen).entrySet()) {
      if (MaterialContext.releasedBy(e.getValue(), now)) {
        shown.add(e.getKey());
        at.add(e.getValue().orElseThrow());
      }
    }
    Map<MaterialItemId, ItemProgress> done =
        progress.of(citizen.id(), shown.stream().map(MaterialItem::id).toList());
    List<ReleasedItem> result = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      MaterialItem item = shown.get(i);
      result.add(
          ReleasedItem.of(
              item,
              found.id(),
              citizen.language(),
              renderer,
              at.get(i),
              done.getOrDefault(item.id(), ItemProgress.none(citizen.id(), item.id()))));
    }
    return List.copyOf(result);
  }

  /**
   * Opens a released item. When the citizen opens it, the view is counted (re-watching counts) and
   * the time kept; staff and the system may open it without counting.
   *
   * @param actor the citizen, staff of the course's unit, or the system
   * @param course the course
   * @param item the item
   * @return the item as shown, with the progress after this view
   * @throws NoSuchEntityException if the course does not exist, or the item is not released in it
   * @throws dk.borgerdialog.common.AccessDeniedException if the course is another citizen's; the
   *     refusal is audited
   */
  public ReleasedItem open(Actor actor, CourseId course, MaterialItemId item) {
    return act(actor, course, item, Operation.VIEW_MATERIAL, true);
  }

  /**
   * Marks a released item understood by the citizen. Marking it again keeps the first time.
   *
   * @param actor the citizen
   * @param course the course
   * @param item the item
   * @return the item as shown, with the progress after the mark
   * @throws NoSuchEntityException if the course does not exist, or the item is not released in it
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen of the course; the
   *     refusal is audited
   */
  public ReleasedItem markUnderstood(Actor actor, CourseId course, MaterialItemId item) {
    return act(actor, course, item, Operation.MARK_MATERIAL_UNDERSTOOD, false);
  }

  /**
   * For staff: every item of a course, whether it is released, and whether the citizen saw and
   * understood it.
   *
   * @param actor staff of the course's unit or the system
   * @param course the course
   * @return one status per item, in the order they were attached
   * @throws NoSuchEntityException if the course does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless staff of the course's unit or the
   *     system; the refusal is audited
   */
  public List<ItemStatus> progress(Actor actor, CourseId course) {
    Check.notNull("course", course);
    Course found = context.course(course);
    AccessControl.Grant grant =
        access.authorize(
            actor,
            Operation.VIEW_MATERIAL_PROGRESS,
            AccessTarget.of(found.citizen(), found.unit()),
            found.id().value());
    return transactions.inTransaction(
        () -> {
          Citizen citizen = context.citizenOf(found);
          Instant now = clock.instant();
          Map<MaterialItem, Optional<Instant>> releases = context.releases(found, citizen);
          Map<MaterialItemId, Instant> byHand = context.releasedByHand(found.id());
          Map<MaterialItemId, ItemProgress> done =
              progress.of(citizen.id(), releases.keySet().stream().map(MaterialItem::id).toList());
          List<ItemStatus> result = new ArrayList<>();
          for (Map.Entry<MaterialItem, Optional<Instant>> e : releases.entrySet()) {
            MaterialItem item = e.getKey();
            boolean released = MaterialContext.releasedBy(e.getValue(), now);
            Instant hand = byHand.get(item.id());
            result.add(
                new ItemStatus(
                    item.id(),
                    item.in(dk.borgerdialog.common.Language.DA).title(),
                    item.kind(),
                    item.release(),
                    released ? e.getValue().orElseThrow() : null,
                    hand != null && !hand.isAfter(now),
                    done.getOrDefault(item.id(), ItemProgress.none(citizen.id(), item.id()))));
          }
          grant.record();
          return List.copyOf(result);
        });
  }

  private ReleasedItem act(
      Actor actor, CourseId course, MaterialItemId item, Operation operation, boolean view) {
    Check.notNull("course", course);
    Check.notNull("item", item);
    Course found = context.course(course);
    AccessControl.Grant grant =
        access.authorize(
            actor, operation, AccessTarget.of(found.citizen(), found.unit()), item.value());
    return transactions.inTransaction(
        () -> {
          Citizen citizen = context.citizenOf(found);
          Instant now = clock.instant();
          for (Map.Entry<MaterialItem, Optional<Instant>> e :
              context.releases(found, citizen).entrySet()) {
            if (e.getKey().id().equals(item) && MaterialContext.releasedBy(e.getValue(), now)) {
              ItemProgress after;
              if (!view) {
                after = progress.markUnderstood(citizen.id(), item, now);
              } else if (actor instanceof Actor.Citizen) {
                after = progress.recordView(citizen.id(), item, now);
              } else {
                after =
                    progress
                        .of(citizen.id(), List.of(item))
                        .getOrDefault(item, ItemProgress.none(citizen.id(), item));
              }
              grant.record();
              return ReleasedItem.of(
                  e.getKey(),
                  found.id(),
                  citizen.language(),
                  renderer,
                  e.getValue().orElseThrow(),
                  after);
            }
          }
          throw new NoSuchEntityException("released material item", item);
        });
  }
}
