package dk.borgerdialog.material.model;

import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.internal.Check;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An item of information material: a text, a link or a video ("Vis Vej"), in Danish and possibly
 * English, attached to a course template or one course, and released by a rule.
 *
 * <p>An item is identified by its id and, in a course, by the course's id: a question about it can
 * later open a message thread tied to the course and the item.
 *
 * @param id the id
 * @param attachment the template or course it belongs to
 * @param kind text, link or video
 * @param duration a video's duration, or null for a text or link
 * @param variants one per language, Danish required, sorted by language
 * @param release when it is released
 * @param createdAt when it was attached
 * @param version the optimistic version
 */
public record MaterialItem(
    MaterialItemId id,
    MaterialAttachment attachment,
    MaterialKind kind,
    @Nullable Duration duration,
    List<MaterialVariant> variants,
    ReleaseRule release,
    Instant createdAt,
    long version) {

  /** The longest video accepted. */
  public static final Duration MAX_DURATION = Duration.ofHours(10);

  /** Validates the item. */
  public MaterialItem {
    Check.notNull("id", id);
    Check.notNull("attachment", attachment);
    variants = validated(kind, duration, variants);
    Check.notNull("release", release);
    Check.notNull("createdAt", createdAt);
  }

  /**
   * Checks that the parts fit the kind: the rules an item and the command that adds it share.
   *
   * @param kind the kind
   * @param duration the duration
   * @param variants the variants
   * @return the variants, sorted by language
   * @throws dk.borgerdialog.common.InvalidInputException naming the field that is wrong
   */
  public static List<MaterialVariant> validated(
      @Nullable MaterialKind kind,
      @Nullable Duration duration,
      @Nullable List<MaterialVariant> variants) {
    Check.notNull("kind", kind);
    List<MaterialVariant> checked = Check.list("variants", variants);
    Set<Language> languages = EnumSet.noneOf(Language.class);
    for (MaterialVariant variant : checked) {
      Check.that(languages.add(variant.language()), "variants", "must have one per language");
      switch (kind) {
        case TEXT -> {
          Check.that(variant.body() != null, "body", "is required for a text");
          Check.that(
              variant.url() == null && variant.captions() == null && variant.transcript() == null,
              "url",
              "must be absent for a text");
        }
        case LINK -> {
          Check.that(variant.url() != null, "url", "is required for a link");
          Check.that(
              variant.captions() == null && variant.transcript() == null,
              "captions",
              "must be absent for a link");
        }
        case VIDEO -> {
          Check.that(variant.url() != null, "url", "is required for a video");
          Check.that(
              variant.captions() != null || variant.transcript() != null,
              "captions",
              "a video needs captions or a transcript");
        }
      }
    }
    Check.that(languages.contains(Language.DA), "variants", "must include Danish");
    if (kind == MaterialKind.VIDEO) {
      Check.notNull("duration", duration);
      Check.that(
          !duration.isNegative() && !duration.isZero() && duration.compareTo(MAX_DURATION) <= 0,
          "duration",
          "must be positive and at most " + MAX_DURATION.toHours() + " hours");
    } else {
      Check.that(duration == null, "duration", "is only for a video");
    }
    return checked.stream().sorted(Comparator.comparing(MaterialVariant::language)).toList();
  }

  /**
   * The variant in a language, falling back to Danish.
   *
   * @param language the language wanted
   * @return the variant
   */
  public MaterialVariant in(Language language) {
    MaterialVariant danish = variants.get(0);
    for (MaterialVariant variant : variants) {
      if (variant.language() == language) {
        return variant;
      }
      if (variant.language() == Language.DA) {
        danish = variant;
      }
    }
    return danish;
  }

  /** Shows ids and the kind only. */
  @Override
  public String toString() {
    return "MaterialItem[id=" + id + ", kind=" + kind + ", version=" + version + "]";
  }
}
