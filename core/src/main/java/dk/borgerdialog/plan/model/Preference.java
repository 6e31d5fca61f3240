package dk.borgerdialog.plan.model;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.internal.Check;
import java.time.Instant;

/**
 * A preference the citizen states in a course, for staff to read.
 *
 * @param id the id
 * @param course the course
 * @param citizen the citizen who stated it
 * @param kind the kind
 * @param text the text, plain, line breaks allowed
 * @param statedAt when it was stated
 */
public record Preference(
    PreferenceId id,
    CourseId course,
    CitizenId citizen,
    PreferenceKind kind,
    String text,
    Instant statedAt) {

  /** The longest text accepted. */
  public static final int MAX_TEXT_LENGTH = 1000;

  /** Validates the preference. */
  public Preference {
    Check.notNull("id", id);
    Check.notNull("course", course);
    Check.notNull("citizen", citizen);
    Check.notNull("kind", kind);
    text = Check.multilineText("text", text, MAX_TEXT_LENGTH);
    Check.notNull("statedAt", statedAt);
  }

  /** Shows ids and the kind only: the text is personal. */
  @Override
  public String toString() {
    return "Preference[id=" + id + ", course=" + course + ", kind=" + kind + "]";
  }
}
