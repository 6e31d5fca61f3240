package dk.borgerdialog.contact.model;

import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.internal.Check;
import org.jspecify.annotations.Nullable;

/**
 * Who wrote a message, as a reader is shown it: "Written by Anna Jensen, datter, for Karen Jensen"
 * when a relative wrote for the citizen, the name of the citizen or staff member otherwise, and
 * "Automatic reply" for an auto-reply.
 *
 * <p>Names are resolved when the message is read, from the people as they are now: a relative's
 * relation is the one written in their most recent grant from the citizen. A name that can no
 * longer be found (an erased citizen, a deleted staff member) shows as the kind of author only.
 *
 * @param kind the author's kind
 * @param name the author's name, or null if unknown
 * @param relation how a relative is related to the citizen, as written in the grant, or null
 * @param onBehalfOf the name of the citizen a relative wrote for, or null
 */
public record Byline(
    ActorKind kind, @Nullable String name, @Nullable String relation, @Nullable String onBehalfOf) {

  /** Validates the byline. */
  public Byline {
    Check.notNull("kind", kind);
  }

  /**
   * The byline as text.
   *
   * @param language the reader's language
   * @return such as "Skrevet af Anna Jensen, datter, for Karen Jensen"
   */
  public String text(Language language) {
    boolean da = language == Language.DA;
    if (kind == ActorKind.SYSTEM) {
      return da ? "Automatisk svar" : "Automatic reply";
    }
    StringBuilder text = new StringBuilder(da ? "Skrevet af " : "Written by ");
    if (name != null) {
      text.append(name);
    } else {
      text.append(unknown(da));
    }
    if (kind == ActorKind.RELATIVE) {
      if (relation != null) {
        text.append(", ").append(relation);
      }
      if (onBehalfOf != null) {
        text.append(", for ").append(onBehalfOf);
      }
    }
    return text.toString();
  }

  private String unknown(boolean da) {
    return switch (kind) {
      case CITIZEN -> da ? "borgeren" : "the citizen";
      case STAFF -> da ? "en medarbejder" : "a staff member";
      case RELATIVE -> da ? "en pårørende" : "a relative";
      case SYSTEM -> da ? "systemet" : "the system";
    };
  }
}
