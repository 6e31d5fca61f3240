package dk.borgerdialog.internal;

import dk.borgerdialog.MaterialOperations;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.contact.model.Message;
import dk.borgerdialog.material.application.AskingAboutMaterial;
import dk.borgerdialog.material.application.AttachMaterialCommand;
import dk.borgerdialog.material.application.AttachingMaterial;
import dk.borgerdialog.material.application.ReadingMaterial;
import dk.borgerdialog.material.model.ItemStatus;
import dk.borgerdialog.material.model.MaterialItem;
import dk.borgerdialog.material.model.MaterialItemId;
import dk.borgerdialog.material.model.ReleasedItem;
import dk.borgerdialog.plan.model.CourseId;
import java.time.Instant;
import java.util.List;

/** {@link MaterialOperations} bound to one actor. */
final class ActorMaterialOperations implements MaterialOperations {
  private final Actor actor;
  private final AttachingMaterial attaching;
  private final ReadingMaterial reading;
  private final AskingAboutMaterial asking;

  ActorMaterialOperations(
      Actor actor,
      AttachingMaterial attaching,
      ReadingMaterial reading,
      AskingAboutMaterial asking) {
    this.actor = actor;
    this.attaching = attaching;
    this.reading = reading;
    this.asking = asking;
  }

  @Override
  public Message ask(CourseId course, MaterialItemId item, String question) {
    return asking.ask(actor, course, item, question);
  }

  @Override
  public MaterialItem attach(AttachMaterialCommand command) {
    return attaching.attach(actor, command);
  }

  @Override
  public Instant release(CourseId course, MaterialItemId item) {
    return attaching.releaseByHand(actor, course, item);
  }

  @Override
  public List<ReleasedItem> released(CourseId course) {
    return reading.released(actor, course);
  }

  @Override
  public List<ReleasedItem> releasedTo(dk.borgerdialog.citizen.model.CitizenId citizen) {
    return reading.releasedTo(actor, citizen);
  }

  @Override
  public ReleasedItem open(CourseId course, MaterialItemId item) {
    return reading.open(actor, course, item);
  }

  @Override
  public ReleasedItem markUnderstood(CourseId course, MaterialItemId item) {
    return reading.markUnderstood(actor, course, item);
  }

  @Override
  public List<ItemStatus> progress(CourseId course) {
    return reading.progress(actor, course);
  }
}
