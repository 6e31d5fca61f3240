package dk.borgerdialog.plan.application;

import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.plan.model.Preference;
import dk.borgerdialog.plan.model.PreferenceKind;

/**
 * State a preference in a course.
 *
 * @param course the course
 * @param kind the kind
 * @param text the text
 */
public record StatePreferenceCommand(CourseId course, PreferenceKind kind, String text) {

  /** Validates the command. */
  public StatePreferenceCommand {
    Check.notNull("course", course);
    Check.notNull("kind", kind);
    text = Check.multilineText("text", text, Preference.MAX_TEXT_LENGTH);
  }

  /** Shows the course and kind only: the text is personal. */
  @Override
  public String toString() {
    return "StatePreferenceCommand[course=" + course + ", kind=" + kind + "]";
  }
}
