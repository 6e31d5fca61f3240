package dk.borgerdialog.material.application;

import dk.borgerdialog.access.Actor;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.contact.application.ExchangingMessages;
import dk.borgerdialog.contact.application.StartThreadCommand;
import dk.borgerdialog.contact.model.Message;
import dk.borgerdialog.contact.model.MessageThread;
import dk.borgerdialog.material.model.MaterialItemId;
import dk.borgerdialog.material.model.ReleasedItem;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.plan.model.Courses;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A citizen asks a question about an item of information material: the question opens a message
 * thread with the inbox of the unit that runs the course, tied to the course, with the item's title
 * as its subject.
 */
public final class AskingAboutMaterial {
  private final ReadingMaterial reading;
  private final ExchangingMessages messages;
  private final Courses courses;

  /**
   * Creates the use case.
   *
   * @param reading the material as the citizen sees it
   * @param messages the message threads
   * @param courses the courses
   */
  @Inject
  public AskingAboutMaterial(
      ReadingMaterial reading, ExchangingMessages messages, Courses courses) {
    this.reading = reading;
    this.messages = messages;
    this.courses = courses;
  }

  /**
   * Asks a question about a released item.
   *
   * @param actor the citizen
   * @param course the course the item was released in
   * @param item the item
   * @param question the question, a message body
   * @return the question as the first message of a new thread
   * @throws dk.borgerdialog.common.InvalidInputException if the question breaks a message rule
   * @throws NoSuchEntityException if the course does not exist, or the item is not released in it
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen of the course; audited
   */
  public Message ask(Actor actor, CourseId course, MaterialItemId item, String question) {
    Check.notNull("course", course);
    Check.notNull("item", item);
    List<ReleasedItem> released = reading.released(actor, course);
    ReleasedItem asked =
        released.stream()
            .filter(r -> r.item().equals(item))
            .findFirst()
            .orElseThrow(() -> new NoSuchEntityException("item", item));
    Course found =
        courses.byId(course).orElseThrow(() -> new NoSuchEntityException("course", course));
    return messages.start(
        actor,
        new StartThreadCommand(
            found.citizen(),
            found.unit(),
            null,
            course,
            null,
            subject(asked.title(), asked.language()),
            question,
            List.of()));
  }

  static String subject(String title, Language language) {
    String prefix = language == Language.DA ? "Spørgsmål om: " : "Question about: ";
    String subject = prefix + title.strip();
    return subject.length() <= MessageThread.MAX_SUBJECT_LENGTH
        ? subject
        : subject.substring(0, MessageThread.MAX_SUBJECT_LENGTH - 1) + "…";
  }
}
