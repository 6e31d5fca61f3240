package dk.borgerdialog.contact.model;

import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.common.internal.Check;

/**
 * Who wrote a message, as an actor: a citizen, a staff member, or the system (an auto-reply). The
 * {@link Side} of the message says for whom it speaks, so that "written by a relative for the
 * citizen" needs only a new actor kind.
 *
 * @param kind the actor's kind
 * @param id the actor's audit id (a UUID, or the system's name)
 */
public record MessageAuthor(ActorKind kind, String id) {
  /** Validates the author. */
  public MessageAuthor {
    Check.notNull("author.kind", kind);
    id = Check.text("author.id", id, 64);
  }

  /**
   * The author of a message written by an actor.
   *
   * @param actor the actor
   * @return the author
   */
  public static MessageAuthor of(Actor actor) {
    return new MessageAuthor(actor.kind(), actor.auditId());
  }

  /**
   * The system, writing an auto-reply.
   *
   * @return the author
   */
  public static MessageAuthor autoReply() {
    return new MessageAuthor(ActorKind.SYSTEM, "auto-reply");
  }
}
