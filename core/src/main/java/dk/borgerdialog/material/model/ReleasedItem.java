package dk.borgerdialog.material.model;

import dk.borgerdialog.common.Language;
import dk.borgerdialog.plan.model.CourseId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An item as a citizen sees it in one course: in their language (Danish if the item has no variant
 * in it), with a text rendered to sanitised HTML, and their own progress.
 *
 * @param item the item's id; with the course, what a question about it refers to
 * @param course the course it was released in
 * @param kind text, link or video
 * @param language the language shown
 * @param title the title
 * @param html a text rendered to sanitised HTML, or null for a link or video
 * @param description a link's or video's description, plain text, or null
 * @param url a link's or video's address, or null for a text
 * @param duration a video's duration, or null
 * @param captions a video's captions, or null
 * @param transcript a video's transcript, or null
 * @param releasedAt when it was released
 * @param progress the citizen's views and "understood" mark
 */
public record ReleasedItem(
    MaterialItemId item,
    CourseId course,
    MaterialKind kind,
    Language language,
    String title,
    @Nullable String html,
    @Nullable String description,
    @Nullable URI url,
    @Nullable Duration duration,
    @Nullable URI captions,
    @Nullable String transcript,
    Instant releasedAt,
    ItemProgress progress) {

  /**
   * The item as shown.
   *
   * @param item the item
   * @param course the course
   * @param language the citizen's language
   * @param renderer the Markdown renderer
   * @param releasedAt when it was released
   * @param progress the citizen's progress
   * @return the item as shown
   */
  public static ReleasedItem of(
      MaterialItem item,
      CourseId course,
      Language language,
      MarkdownRenderer renderer,
      Instant releasedAt,
      ItemProgress progress) {
    MaterialVariant v = item.in(language);
    boolean text = item.kind() == MaterialKind.TEXT;
    String body = v.body();
    return new ReleasedItem(
        item.id(),
        course,
        item.kind(),
        v.language(),
        v.title(),
        text && body != null ? renderer.toSafeHtml(body) : null,
        text ? null : body,
        v.url(),
        item.duration(),
        v.captions(),
        v.transcript(),
        releasedAt,
        progress);
  }

  /** Shows ids and the kind only. */
  @Override
  public String toString() {
    return "ReleasedItem[item=" + item + ", course=" + course + ", kind=" + kind + "]";
  }
}
