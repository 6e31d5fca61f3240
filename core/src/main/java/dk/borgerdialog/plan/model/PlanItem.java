package dk.borgerdialog.plan.model;

import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.organisation.model.StaffMemberId;
import java.time.Instant;

/**
 * A goal, task or the way forward, written by staff in a course's plan.
 *
 * @param id the id
 * @param course the course
 * @param kind the kind
 * @param text the text, plain, line breaks allowed
 * @param author the staff member who wrote it last
 * @param writtenAt when it was written last
 * @param version the optimistic version
 */
public record PlanItem(
    PlanItemId id,
    CourseId course,
    PlanItemKind kind,
    String text,
    StaffMemberId author,
    Instant writtenAt,
    long version) {

  /** The longest text accepted. */
  public static final int MAX_TEXT_LENGTH = 2000;

  /** Validates the plan item. */
  public PlanItem {
    Check.notNull("id", id);
    Check.notNull("course", course);
    Check.notNull("kind", kind);
    text = Check.multilineText("text", text, MAX_TEXT_LENGTH);
    Check.notNull("author", author);
    Check.notNull("writtenAt", writtenAt);
  }

  /**
   * This item with a revised text.
   *
   * @param newText the text
   * @param by the staff member revising it
   * @param now the current instant
   * @return the revised item, same version
   */
  public PlanItem revise(String newText, StaffMemberId by, Instant now) {
    return new PlanItem(id, course, kind, newText, by, now, version);
  }

  /** Shows ids and the kind only: the text is personal. */
  @Override
  public String toString() {
    return "PlanItem[id="
        + id
        + ", course="
        + course
        + ", kind="
        + kind
        + ", version="
        + version
        + "]";
  }
}
