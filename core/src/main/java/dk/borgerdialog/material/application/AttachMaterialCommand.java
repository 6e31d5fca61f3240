package dk.borgerdialog.material.application;

import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.material.model.MaterialAttachment;
import dk.borgerdialog.material.model.MaterialItem;
import dk.borgerdialog.material.model.MaterialKind;
import dk.borgerdialog.material.model.MaterialVariant;
import dk.borgerdialog.material.model.ReleaseRule;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Attach an item of information material to a course template or a course.
 *
 * @param attachment the template or course
 * @param kind text, link or video
 * @param duration a video's duration, or null
 * @param variants one per language, Danish required
 * @param release when it is released
 */
public record AttachMaterialCommand(
    MaterialAttachment attachment,
    MaterialKind kind,
    @Nullable Duration duration,
    List<MaterialVariant> variants,
    ReleaseRule release) {

  /** Validates the command. */
  public AttachMaterialCommand {
    Check.notNull("attachment", attachment);
    variants = MaterialItem.validated(kind, duration, variants);
    Check.notNull("release", release);
  }

  /**
   * A text item.
   *
   * @param attachment the template or course
   * @param release when it is released
   * @param variants one per language, made with {@link MaterialVariant#text}
   * @return the command
   */
  public static AttachMaterialCommand text(
      MaterialAttachment attachment, ReleaseRule release, MaterialVariant... variants) {
    return new AttachMaterialCommand(
        attachment, MaterialKind.TEXT, null, List.of(variants), release);
  }

  /**
   * A link item.
   *
   * @param attachment the template or course
   * @param release when it is released
   * @param variants one per language, made with {@link MaterialVariant#link}
   * @return the command
   */
  public static AttachMaterialCommand link(
      MaterialAttachment attachment, ReleaseRule release, MaterialVariant... variants) {
    return new AttachMaterialCommand(
        attachment, MaterialKind.LINK, null, List.of(variants), release);
  }

  /**
   * A video item.
   *
   * @param attachment the template or course
   * @param duration the video's duration
   * @param release when it is released
   * @param variants one per language, made with {@link MaterialVariant#video}
   * @return the command
   */
  public static AttachMaterialCommand video(
      MaterialAttachment attachment,
      Duration duration,
      ReleaseRule release,
      MaterialVariant... variants) {
    return new AttachMaterialCommand(
        attachment, MaterialKind.VIDEO, duration, List.of(variants), release);
  }
}
