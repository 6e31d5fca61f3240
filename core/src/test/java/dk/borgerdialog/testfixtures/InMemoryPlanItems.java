package dk.borgerdialog.testfixtures;

import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.plan.model.PlanItem;
import dk.borgerdialog.plan.model.PlanItemId;
import dk.borgerdialog.plan.model.PlanItems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Plan items in a map, with optimistic versions. */
public final class InMemoryPlanItems implements PlanItems {
  private final Map<PlanItemId, PlanItem> store = new LinkedHashMap<>();

  @Override
  public synchronized void add(PlanItem item) {
    Versioned.add(store, item.id(), item, item.version(), "plan item");
  }

  @Override
  public synchronized PlanItem update(PlanItem item) {
    return Versioned.update(
        store,
        item.id(),
        item,
        PlanItem::version,
        i ->
            new PlanItem(
                i.id(), i.course(), i.kind(), i.text(), i.author(), i.writtenAt(), i.version() + 1),
        "plan item");
  }

  @Override
  public synchronized Optional<PlanItem> byId(PlanItemId id) {
    return Optional.ofNullable(store.get(id));
  }

  /**
   * A course's plan items as the overview lists them: goals, then tasks, then the way forward, each
   * oldest first (in the order they were added).
   *
   * @param course the course
   * @return the items
   */
  public synchronized List<PlanItem> of(CourseId course) {
    List<PlanItem> result = new ArrayList<>();
    for (PlanItem item : store.values()) {
      if (item.course().equals(course)) {
        result.add(item);
      }
    }
    result.sort(Comparator.comparing(PlanItem::kind));
    return List.copyOf(result);
  }

  /**
   * Every plan item, in the order they were added.
   *
   * @return the items
   */
  public synchronized List<PlanItem> all() {
    return List.copyOf(store.values());
  }
}
