package dk.borgerdialog.plan.model;

import java.util.Optional;

/** Plan items (a secondary port). */
public interface PlanItems {

  /**
   * Adds a plan item.
   *
   * @param item the item, with version 0
   */
  void add(PlanItem item);

  /**
   * Updates a plan item if the stored version is {@code item.version()}.
   *
   * @param item the revised item
   * @return the item with its new version
   * @throws dk.borgerdialog.common.ConflictException if the stored version differs
   */
  PlanItem update(PlanItem item);

  /**
   * Looks up a plan item.
   *
   * @param id the id
   * @return the item, if any
   */
  Optional<PlanItem> byId(PlanItemId id);
}
