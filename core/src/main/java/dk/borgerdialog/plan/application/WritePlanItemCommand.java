package dk.borgerdialog.plan.application;

import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.plan.model.PlanItem;
import dk.borgerdialog.plan.model.PlanItemKind;

/**
 * Write a goal, task or the way forward in a course's plan.
 *
 * @param course the course
 * @param kind the kind
 * @param text the text
 */
public record WritePlanItemCommand(CourseId course, PlanItemKind kind, String text) {

  /** Validates the command. */
  public WritePlanItemCommand {
    Check.notNull("course", course);
    Check.notNull("kind", kind);
    text = Check.multilineText("text", text, PlanItem.MAX_TEXT_LENGTH);
  }

  /** Shows the course and kind only: the text is personal. */
  @Override
  public String toString() {
    return "WritePlanItemCommand[course=" + course + ", kind=" + kind + "]";
  }
}
